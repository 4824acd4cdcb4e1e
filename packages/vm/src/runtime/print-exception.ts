/**
 * Printing an exception as the interpreter does at exit: the chain of causes and contexts, each
 * traceback with its source lines and the "[Previous line repeated N more times]" cut-off, then
 * `Type: message`. Mirrors CPython 3.8 Python/pythonrun.c `print_exception_recursive` and
 * Python/traceback.c `tb_printinternal`; and, in the `traceback` style, Lib/traceback.py
 * `TracebackException.format` (what `logging` prints, e.g. for asyncio's exception handler).
 * @module
 */
import { PyBaseException } from '../objects/exception-object.ts';
import { PyStr } from '../objects/str.ts';
import { PyTraceback } from '../objects/traceback.ts';
import { PyInt } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { strText } from './abstract-object.ts';
import { getAttrString } from './attributes.ts';
import { PyRaise, clearRaise } from './errors.ts';
import { sourceLine, sourceLinesReadable } from './io.ts';
import { decref, type PyObject, type PyType } from './object.ts';
import type { HiddenFrame } from '../objects/coroutine.ts';

/**
 * Frames of CPython's Python-level library code an exception left before reaching the frames of
 * its traceback (outermost first), where corosim ran native code instead: `Handle._run` for an
 * exception a loop callback raised. They are printed above the traceback's own entries (without
 * source lines), so an exception raised by native code alone still gets its "Traceback" header.
 */
export const outerHiddenFrames: WeakMap<PyObject, readonly HiddenFrame[]> = new WeakMap();

/**
 * Who writes the report: the interpreter (`print_exception`: `module.Name` unless the module is
 * builtins, "<exception str() failed>") or the traceback module (`TracebackException.format`:
 * `__qualname__` without the module when it is `__main__` or builtins, "<unprintable Name
 * object>", source lines stripped at both ends, no depth limit).
 */
export type ExceptionStyle = 'interpreter' | 'traceback';

/** `TB_RECURSIVE_CUTOFF`. */
const RECURSIVE_CUTOFF = 3;

/** Reads `sys.tracebacklimit` (installed by the sys module; null while there is none). */
let readTracebackLimit: () => PyObject | null = () => null;

/** Installs the reader of `sys.tracebacklimit`. */
export function setTracebackLimitReader(read: () => PyObject | null): void {
  readTracebackLimit = read;
}

/** `PyTraceBack_LIMIT`, or `sys.tracebacklimit` when it is an int (null: print nothing). */
function tracebackLimit(): number | null {
  const v = readTracebackLimit();
  if (!(v instanceof PyInt)) return 1000;
  const n = BigInt(v.value);
  if (n <= 0n) return null;
  return n > 1_000_000_000n ? Number.MAX_SAFE_INTEGER : Number(n);
}

/**
 * The text of a traceback: "Traceback (most recent call last):" and its last `limit` entries
 * (the interpreter's `PyTraceBack_Print` reads `sys.tracebacklimit`, whose value 0 or less
 * leaves out even the header).
 */
export function formatTraceback(tb: PyTraceback, limitArg?: number, style: ExceptionStyle = 'interpreter'): string {
  return tracebackPieces(tb, limitArg, style).join('');
}

/**
 * The traceback as the pieces `tb_printinternal` hands to `file.write` one by one: the header,
 * each entry's `File` line, its source line as indent, text and newline, and the repeat notes.
 */
export function tracebackPieces(tb: PyTraceback, limitArg?: number, style: ExceptionStyle = 'interpreter'): string[] {
  const limit = limitArg ?? (style === 'interpreter' ? tracebackLimit() : 1000);
  if (limit === null) return [];
  const out = ['Traceback (most recent call last):\n'];
  let depth = 0;
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) depth++;
  let t: PyTraceback | null = tb;
  while (t !== null && depth > limit) {
    depth--;
    t = t.next;
  }
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  for (; t !== null; t = t.next) {
    const code = t.frame?.code;
    const file = code?.filename.value ?? '???';
    const name = code?.name.value ?? '???';
    if (lastFile === null || file !== lastFile || lastLine === -1 || t.lineno !== lastLine || lastName === null || name !== lastName) {
      if (count > RECURSIVE_CUTOFF) out.push(repeated(count));
      lastFile = file;
      lastLine = t.lineno;
      lastName = name;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) displayLine(out, file, t.lineno, name, style);
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeated(count));
  return out;
}

function repeated(count: number): string {
  const n = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/**
 * `tb_displayline`: the entry and its source line, indented by four spaces, leading whitespace
 * stripped (`FrameSummary.line` strips both ends). The interpreter's printer has no lines once
 * finalization has emptied `sys.modules`; the `traceback` module's `linecache` still has them.
 * `_Py_DisplaySourceLine` writes the indent, the line and its newline apart.
 */
function displayLine(out: string[], file: string, lineno: number, name: string, style: ExceptionStyle): void {
  out.push(`  File "${file}", line ${lineno}, in ${name}\n`);
  const line = style === 'interpreter' && !sourceLinesReadable() ? null : sourceLine(file, lineno);
  if (line === null) return;
  const text = style === 'traceback' ? line.trim() : line.replace(/^[ \t\f]+/, '');
  // `linecache` has no line for an empty one: the traceback module prints no source line then.
  if (style === 'traceback' && text.length === 0) return;
  out.push('    ', text, '\n');
}

/** The module a type's `__module__` names, or null when it cannot be read. */
function moduleOf(type: PyType): string | null {
  try {
    const m = getAttrString(type, '__module__');
    const text = m instanceof PyStr ? m.value : null;
    decref(m);
    return text;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return null;
  }
}

/** A type's `__qualname__`, or its name when it cannot be read as a str. */
function qualnameOf(type: PyType): string {
  try {
    const q = getAttrString(type, '__qualname__');
    const text = q instanceof PyStr ? q.value : null;
    decref(q);
    if (text !== null) return text;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
  }
  return shortName(type);
}

/** `type.__name__`: the part of the type's name after its last dot. */
function shortName(type: PyType): string {
  const dot = type.name.lastIndexOf('.');
  return dot >= 0 ? type.name.slice(dot + 1) : type.name;
}

/**
 * The last line: `module.Name: message`, in the pieces `print_exception` writes (module, dot,
 * name, colon, message, newline), or as `TracebackException.format_exception_only` does in the
 * `traceback` style.
 */
function exceptionOnlyPieces(out: string[], value: PyObject, message: PyObject, style: ExceptionStyle): void {
  const type = value.type;
  const module = moduleOf(type);
  if (style === 'traceback') {
    let head = qualnameOf(type);
    if (module !== '__main__' && module !== 'builtins') head = `${module ?? '<unknown>'}.${head}`;
    let text: string;
    try {
      text = strText(message);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      clearRaise(e);
      // `_some_str` names the type of the exception.
      out.push(`${head}: <unprintable ${shortName(type)} object>\n`);
      return;
    }
    out.push(text.length !== 0 ? `${head}: ${text}\n` : `${head}\n`);
    return;
  }
  if (module === null) out.push('<unknown>');
  else if (module !== 'builtins') out.push(module, '.');
  out.push(shortName(type));
  if (message !== None) {
    let text: string | null;
    try {
      text = strText(message);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      clearRaise(e);
      text = null;
    }
    if (text === null) out.push(': <exception str() failed>');
    else {
      if (text.length !== 0) out.push(': ');
      out.push(text);
    }
  }
  out.push('\n');
}

/** One exception with its traceback (`print_exception`). */
function exceptionOnePieces(out: string[], value: PyObject, style: ExceptionStyle): void {
  if (!(value instanceof PyBaseException)) {
    out.push('TypeError: print_exception(): Exception expected for value, ', value.type.name, ' found\n');
    return;
  }
  const limit = style === 'traceback' ? Number.POSITIVE_INFINITY : undefined;
  const tb = value.traceback instanceof PyTraceback ? value.traceback : null;
  const hidden = outerHiddenFrames.get(value);
  if (hidden !== undefined && hidden.length > 0) {
    out.push('Traceback (most recent call last):\n');
    for (const [file, line, name] of hidden) out.push(`  File "${file}", line ${line}, in ${name}\n`);
    if (tb !== null) out.push(...tracebackPieces(tb, limit, style).slice(1));
  } else if (tb !== null) out.push(...tracebackPieces(tb, limit, style));
  // DEVIATION(cpython): a SyntaxError's detail block is the interpreter's in both styles (the
  // traceback module's differs only for odd offsets and a missing file name).
  const special = syntaxErrorDetail(value);
  if (special === null) {
    exceptionOnlyPieces(out, value, value, style);
    return;
  }
  out.push(...special.pieces);
  exceptionOnlyPieces(out, value, special.message, style);
}

/** The file/line/caret block printed before a SyntaxError's message, and the message printed instead of the exception. */
export interface SyntaxErrorDetail {
  /** The file, source and caret lines, in the pieces written one by one. */
  readonly pieces: readonly string[];
  /** Borrowed. */
  readonly message: PyObject;
}

/** The SyntaxError detail (`parse_syntax_error`), null when it does not apply; installed by the runtime. */
export let syntaxErrorDetail: (value: PyObject) => SyntaxErrorDetail | null = () => null;

/** Installs the SyntaxError detail formatter. */
export function setSyntaxErrorDetail(format: (value: PyObject) => SyntaxErrorDetail | null): void {
  syntaxErrorDetail = format;
}

/**
 * The whole report of an uncaught exception, chained causes and contexts first, as the
 * interpreter writes it or (`style` `traceback`) as `traceback.print_exception` does.
 */
export function formatException(value: PyObject, style: ExceptionStyle = 'interpreter'): string {
  return exceptionPieces(value, style).join('');
}

/**
 * The report of `formatException` in the pieces `print_exception_recursive` writes to the file
 * one call of `write` each.
 */
export function exceptionPieces(value: PyObject, style: ExceptionStyle = 'interpreter'): string[] {
  const seen = new Set<PyObject>();
  const out: string[] = [];
  const walk = (v: PyObject): void => {
    seen.add(v);
    if (v instanceof PyBaseException) {
      const cause = v.cause;
      const context = v.context;
      if (cause !== null && cause !== None) {
        if (!seen.has(cause)) {
          walk(cause);
          out.push('\nThe above exception was the direct cause of the following exception:\n\n');
        }
      } else if (context !== null && context !== None && !v.suppressContext && !seen.has(context)) {
        walk(context);
        out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
      }
    }
    exceptionOnePieces(out, v, style);
  };
  walk(value);
  return out;
}
