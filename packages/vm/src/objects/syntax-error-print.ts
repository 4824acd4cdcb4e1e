/**
 * The `File "...", line N` / source line / caret block printed before an uncaught SyntaxError,
 * read from the exception's members. Mirrors CPython 3.8 Python/pythonrun.c `print_exception`
 * (its `print_file_and_line` branch) and `parse_syntax_error`.
 * @module
 */
import { strText } from '../runtime/abstract-object.ts';
import { PyRaise, clearRaise } from '../runtime/errors.ts';
import type { PyObject } from '../runtime/object.ts';
import { setSyntaxErrorDetail, type SyntaxErrorDetail } from '../runtime/print-exception.ts';
import { syntaxErrorBlockPieces } from '../source/format-syntax-error.ts';
import { PyBaseException } from './exception-object.ts';
import * as E from './exceptions.ts';
import { PyInt } from './int.ts';
import { None } from './singletons.ts';
import { PyStr } from './str.ts';

/** `_PyLong_AsInt` of a member, or null where CPython's conversion fails. */
function asInt(o: PyObject | undefined): number | null {
  if (!(o instanceof PyInt)) return null;
  const v = o.big;
  return v >= -(2n ** 31n) && v < 2n ** 31n ? Number(v) : null;
}

/** `parse_syntax_error` then the block `print_exception` writes; null when parsing fails. */
export function syntaxErrorDetailOf(value: PyObject): SyntaxErrorDetail | null {
  if (!(value instanceof PyBaseException) || !value.type.isSubtype(E.SyntaxError)) return null;
  const message = value.msg ?? None;
  const f = value.extra.get('filename') ?? None;
  const lineno = asInt(value.extra.get('lineno') ?? None);
  if (lineno === null) return null;
  const o = value.extra.get('offset') ?? None;
  const offset = o === None ? -1 : asInt(o);
  if (offset === null) return null;
  const t = value.extra.get('text') ?? None;
  let filename: string;
  try {
    filename = f === None ? '<string>' : strText(f);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return null;
  }
  if (t !== None && !(t instanceof PyStr)) {
    // `print_error_text` fails on it (PyUnicode_AsUTF8), after the file line is out.
    return { pieces: [`  File "${filename}", line ${lineno}\n`], message, aborted: true };
  }
  const pieces = syntaxErrorBlockPieces({ type: 'SyntaxError', msg: '', filename, lineno, offset, text: t instanceof PyStr ? t.value : null });
  return { pieces, message };
}

setSyntaxErrorDetail(syntaxErrorDetailOf);
