/**
 * SyntaxError objects made from the compiler's diagnostics (import of a module that does not
 * compile, `compile()`, `exec()`), with the `File/line/caret` block printed before the message.
 * Mirrors CPython 3.8 Objects/exceptions.c `SyntaxError_init` and Python/pythonrun.c
 * `print_error_text`.
 * @module
 */
import { newInt } from '../objects/int.ts';
import * as E from '../objects/exceptions.ts';
import { exceptionTypes } from '../objects/exceptions.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { formatSyntaxError } from '../source/format-syntax-error.ts';
import { PyRaise, newExceptionStealing, raiseValue } from './errors.ts';
import { incref, type PyObject } from './object.ts';
import { setSyntaxErrorDetail } from './print-exception.ts';

const diagnostics = new WeakMap<PyObject, Diagnostic>();

/** The SyntaxError (or IndentationError, TabError) for a compile diagnostic, raised. */
export function syntaxErrorFromDiagnostic(d: Diagnostic): PyRaise {
  const type = exceptionTypes.get(d.type) ?? E.SyntaxError;
  const details = newTupleStealing([
    newStr(d.filename),
    d.lineno === null ? incref(None) : newInt(d.lineno),
    d.offset === null ? incref(None) : newInt(d.offset),
    d.text === null ? incref(None) : newStr(d.text),
  ]);
  const e = newExceptionStealing(type, [newStr(d.msg), details]);
  diagnostics.set(e, d);
  return raiseValue(e);
}

setSyntaxErrorDetail((value) => {
  const d = diagnostics.get(value);
  if (d === undefined) return '';
  const text = formatSyntaxError(d);
  // Everything but the final "Type: message" line.
  const lines = text.split('\n');
  return lines.slice(0, -2).join('\n') + (lines.length > 2 ? '\n' : '');
});
