/**
 * Printing an exception as the interpreter does at exit: the chain of causes and contexts, each
 * traceback with its source lines and the "[Previous line repeated N more times]" cut-off, then
 * `Type: message`. Mirrors CPython 3.8 Python/pythonrun.c `print_exception_recursive` and
 * Python/traceback.c `tb_printinternal`.
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
 * (`PyTraceBack_Print`: `sys.tracebacklimit`, whose value 0 or less leaves out even the header).
 */
export function formatTraceback(tb: PyTraceback, limitArg?: number): string {
  const limit = limitArg ?? tracebackLimit();
  if (limit === null) return '';
  let out = 'Traceback (most recent call last):\n';
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
      if (count > RECURSIVE_CUTOFF) out += repeated(count);
      lastFile = file;
      lastLine = t.lineno;
      lastName = name;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out += displayLine(file, t.lineno, name);
  }
  if (count > RECURSIVE_CUTOFF) out += repeated(count);
  return out;
}

function repeated(count: number): string {
  const n = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/** `tb_displayline`: the entry and its source line, indented by four spaces. */
function displayLine(file: string, lineno: number, name: string): string {
  let out = `  File "${file}", line ${lineno}, in ${name}\n`;
  const line = sourceLinesReadable() ? sourceLine(file, lineno) : null;
  if (line !== null) out += `    ${line.replace(/^[ \t\f]+/, '')}\n`;
  return out;
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

/** The last line: `module.Name: message`, as `print_exception` writes it. */
function formatExceptionOnly(value: PyObject, message: PyObject = value): string {
  const type = value.type;
  let out = '';
  const module = moduleOf(type);
  if (module === null) out += '<unknown>';
  else if (module !== 'builtins') out += `${module}.`;
  const dot = type.name.lastIndexOf('.');
  out += dot >= 0 ? type.name.slice(dot + 1) : type.name;
  let text: string | null;
  try {
    text = strText(message);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return `${out}: <exception str() failed>\n`;
  }
  if (text.length !== 0) out += `: ${text}`;
  return `${out}\n`;
}

/** One exception with its traceback (`print_exception`). */
function formatOne(value: PyObject): string {
  let out = '';
  const tb = value instanceof PyBaseException && value.traceback instanceof PyTraceback ? value.traceback : null;
  const hidden = outerHiddenFrames.get(value);
  if (hidden !== undefined && hidden.length > 0) {
    out += 'Traceback (most recent call last):\n';
    for (const [file, line, name] of hidden) out += `  File "${file}", line ${line}, in ${name}\n`;
    if (tb !== null) out += formatTraceback(tb).replace(/^Traceback \(most recent call last\):\n/, '');
  } else if (tb !== null) out += formatTraceback(tb);
  const special = syntaxErrorDetail(value);
  if (special === null) return out + formatExceptionOnly(value);
  return out + special.block + formatExceptionOnly(value, special.message);
}

/** The file/line/caret block printed before a SyntaxError's message, and the message printed instead of the exception. */
export interface SyntaxErrorDetail {
  readonly block: string;
  /** Borrowed. */
  readonly message: PyObject;
}

/** The SyntaxError detail (`parse_syntax_error`), null when it does not apply; installed by the runtime. */
export let syntaxErrorDetail: (value: PyObject) => SyntaxErrorDetail | null = () => null;

/** Installs the SyntaxError detail formatter. */
export function setSyntaxErrorDetail(format: (value: PyObject) => SyntaxErrorDetail | null): void {
  syntaxErrorDetail = format;
}

/** The whole report of an uncaught exception, chained causes and contexts first. */
export function formatException(value: PyObject): string {
  const seen = new Set<PyObject>();
  const walk = (v: PyObject): string => {
    seen.add(v);
    let out = '';
    if (v instanceof PyBaseException) {
      const cause = v.cause;
      const context = v.context;
      if (cause !== null && cause !== None && !seen.has(cause)) {
        out += walk(cause);
        out += '\nThe above exception was the direct cause of the following exception:\n\n';
      } else if (context !== null && context !== None && !v.suppressContext && !seen.has(context)) {
        out += walk(context);
        out += '\nDuring handling of the above exception, another exception occurred:\n\n';
      }
    }
    return out + formatOne(v);
  };
  return walk(value);
}
