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
 * Frames of CPython's Python-level library code an exception was raised in, where corosim ran
 * native code instead (innermost last): `ExitStack.__exit__` for a builtin callback's error. They
 * are printed below the traceback's own entries (without source lines), so an exception raised
 * by native code alone still gets its "Traceback" header when it is reported as a context.
 */
export const innerHiddenFrames: WeakMap<PyObject, readonly HiddenFrame[]> = new WeakMap();

/**
 * Notes that `raised` left the native stand-in of the library frame `frame` before reaching any
 * Python frame (it has no traceback entry yet), as the innermost of its hidden frames so far.
 * Once it has passed through a Python frame, the library frame would sit between real entries,
 * which a traceback cannot show, and nothing is noted.
 */
export function noteLibraryFrame(raised: PyRaise, frame: HiddenFrame): void {
  if (raised.traceback !== null) return;
  const value = raised.value;
  innerHiddenFrames.set(value, [frame, ...(innerHiddenFrames.get(value) ?? [])]);
}

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
 * Where a report goes, one piece per call (`PyFile_WriteString`/`PyFile_WriteObject`): false
 * when writing failed (its error already cleared), which decides what the printer skips.
 */
export type PieceWriter = (piece: string) => boolean;

/** Collects the pieces of a report (a writer that never fails). */
function collect(print: (w: PieceWriter) => unknown): string[] {
  const out: string[] = [];
  print((piece) => {
    out.push(piece);
    return true;
  });
  return out;
}

/**
 * The text of a traceback: "Traceback (most recent call last):" and its last `limit` entries
 * (the interpreter's `PyTraceBack_Print` reads `sys.tracebacklimit`, whose value 0 or less
 * leaves out even the header).
 */
export function formatTraceback(tb: PyTraceback, limitArg?: number, style: ExceptionStyle = 'interpreter'): string {
  return collect((w) => printTraceback(w, tb, limitArg, style)).join('');
}

/**
 * `PyTraceBack_Print`/`tb_printinternal`: the header, each entry's `File` line, its source line
 * (indent, text and newline, whose failure is ignored) and the repeat notes, piece by piece;
 * false when a write failed, which ends the traceback. `header` false leaves out the header.
 */
export function printTraceback(w: PieceWriter, tb: PyTraceback, limitArg?: number, style: ExceptionStyle = 'interpreter', header = true): boolean {
  const limit = limitArg ?? (style === 'interpreter' ? tracebackLimit() : 1000);
  if (limit === null) return true;
  if (header && !w('Traceback (most recent call last):\n')) return false;
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
      if (count > RECURSIVE_CUTOFF && !w(repeated(count))) return false;
      lastFile = file;
      lastLine = t.lineno;
      lastName = name;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF && !displayLine(w, file, t.lineno, name, style)) return false;
  }
  return count <= RECURSIVE_CUTOFF || w(repeated(count));
}

function repeated(count: number): string {
  const n = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/**
 * `tb_displayline`: the entry and its source line, indented by four spaces, leading whitespace
 * stripped (`FrameSummary.line` strips both ends). The interpreter's printer has no lines once
 * finalization has emptied `sys.modules`; the `traceback` module's `linecache` still has them.
 * `_Py_DisplaySourceLine` writes the indent, the line and its newline apart, and a failure
 * there is ignored; only the `File` line's failure counts.
 */
function displayLine(w: PieceWriter, file: string, lineno: number, name: string, style: ExceptionStyle): boolean {
  if (!w(`  File "${file}", line ${lineno}, in ${name}\n`)) return false;
  const line = style === 'interpreter' && !sourceLinesReadable() ? null : sourceLine(file, lineno);
  if (line === null) return true;
  const text = style === 'traceback' ? line.trim() : line.replace(/^[ \t\f]+/, '');
  // `linecache` has no line for an empty one: the traceback module prints no source line then.
  if (style === 'traceback' && text.length === 0) return true;
  if (w('    ') && w(text)) w('\n');
  return true;
}

/**
 * The module a type's `__module__` names: null when it is not a str, undefined when reading it
 * raised (the error is cleared).
 */
function moduleOf(type: PyType): string | null | undefined {
  try {
    const m = getAttrString(type, '__module__');
    const text = m instanceof PyStr ? m.value : null;
    decref(m);
    return text;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return undefined;
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
 * name, colon, message), stopping at the first that fails; or as
 * `TracebackException.format_exception_only` does in the `traceback` style. The newline is
 * written apart, whatever happened.
 */
function writeExceptionOnly(w: PieceWriter, value: PyObject, message: PyObject, style: ExceptionStyle): void {
  const type = value.type;
  const module = moduleOf(type);
  if (style === 'traceback') {
    let head = qualnameOf(type);
    if (module !== '__main__' && module !== 'builtins') head = `${module ?? '<unknown>'}.${head}`;
    const text = strOrNull(message);
    // `_some_str` names the type of the exception when `str()` fails.
    if (text === null) w(`${head}: <unprintable ${shortName(type)} object>\n`);
    else w(text.length !== 0 ? `${head}: ${text}\n` : `${head}\n`);
    return;
  }
  // A `__module__` that raised leaves its error pending, and `PyFile_WriteString` writes nothing
  // while an error is pending: the line is only its newline.
  if (module !== undefined) writeTypeAndMessage(w, module, type, message);
  w('\n');
}

/** `str(o)`, or null when that raises (the error is cleared). */
function strOrNull(o: PyObject): string | null {
  try {
    return strText(o);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return null;
  }
}

/** The `module.Name: message` pieces of `print_exception`; false at the first failed write. */
function writeTypeAndMessage(w: PieceWriter, module: string | null, type: PyType, message: PyObject): boolean {
  if (module === null) {
    if (!w('<unknown>')) return false;
  } else if (module !== 'builtins' && !(w(module) && w('.'))) return false;
  if (!w(shortName(type))) return false;
  if (message === None) return true;
  const text = strOrNull(message);
  if (text === null) {
    w(': <exception str() failed>');
    return false;
  }
  return (text.length === 0 || w(': ')) && w(text);
}

/** One exception with its traceback (`print_exception`). */
function printExceptionOne(w: PieceWriter, value: PyObject, style: ExceptionStyle): void {
  if (!(value instanceof PyBaseException)) {
    if (w('TypeError: print_exception(): Exception expected for value, ') && w(value.type.name)) w(' found\n');
    return;
  }
  const limit = style === 'traceback' ? Number.POSITIVE_INFINITY : undefined;
  const tb = value.traceback instanceof PyTraceback ? value.traceback : null;
  const hidden = outerHiddenFrames.get(value);
  let ok = true;
  if (hidden !== undefined && hidden.length > 0) {
    ok = w('Traceback (most recent call last):\n');
    for (const [file, line, name] of hidden) ok &&= displayLine(w, file, line, name, style);
    if (ok && tb !== null) ok = printTraceback(w, tb, limit, style, false);
  } else if (tb !== null) ok = printTraceback(w, tb, limit, style);
  const inner = innerHiddenFrames.get(value);
  if (ok && inner !== undefined && (style === 'traceback' || tracebackLimit() !== null)) {
    if (tb === null && (hidden === undefined || hidden.length === 0)) ok = w('Traceback (most recent call last):\n');
    for (const [file, line, name] of inner) ok &&= displayLine(w, file, line, name, style);
  }
  // DEVIATION(cpython): a SyntaxError's detail block is the interpreter's in both styles (the
  // traceback module's differs only for odd offsets and a missing file name).
  const special = ok ? syntaxErrorDetail(value) : null;
  let message: PyObject = value;
  if (special !== null) {
    // `print_error_text` does not check its writes: after a failure the rest are no-ops.
    for (const piece of special.pieces) {
      if (!w(piece)) {
        ok = false;
        break;
      }
    }
    // A block cut short (`text` not a str) ends the report as a failed write does.
    if (special.aborted === true) ok = false;
    message = special.message;
  }
  if (!ok) {
    w('\n');
    return;
  }
  writeExceptionOnly(w, value, message, style);
}

/** The file/line/caret block printed before a SyntaxError's message, and the message printed instead of the exception. */
export interface SyntaxErrorDetail {
  /** The file, source and caret lines, in the pieces written one by one. */
  readonly pieces: readonly string[];
  /** Borrowed. */
  readonly message: PyObject;
  /**
   * The source line could not be written (`text` is not a str): `print_error_text` failed, so
   * `print_exception` writes nothing after the block but its closing newline.
   */
  readonly aborted?: boolean;
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
  return collect((w) => { printException(w, value, style); }).join('');
}

/**
 * `print_exception_recursive`: the report of `formatException` written piece by piece, each
 * exception of the chain going on after a failed write of the one before.
 */
export function printException(w: PieceWriter, value: PyObject, style: ExceptionStyle = 'interpreter'): void {
  const seen = new Set<PyObject>();
  const walk = (v: PyObject): void => {
    seen.add(v);
    if (v instanceof PyBaseException) {
      const cause = v.cause;
      const context = v.context;
      if (cause !== null && cause !== None) {
        if (!seen.has(cause)) {
          walk(cause);
          w('\nThe above exception was the direct cause of the following exception:\n\n');
        }
      } else if (context !== null && context !== None && !v.suppressContext && !seen.has(context)) {
        walk(context);
        w('\nDuring handling of the above exception, another exception occurred:\n\n');
      }
    }
    printExceptionOne(w, v, style);
  };
  walk(value);
}
