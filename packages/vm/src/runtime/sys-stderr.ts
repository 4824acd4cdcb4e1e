/**
 * Where the interpreter's own reports go: to whatever `sys.stderr` is when they are written (a
 * program's replacement gets one `write` call per piece CPython writes, then `flush`), and the
 * flushes of the standard streams around the end of a run. Mirrors CPython 3.8
 * Python/pythonrun.c `PyErr_Display` and `flush_io`, Python/sysmodule.c `PySys_WriteStderr`,
 * Python/errors.c `write_unraisable_exc` and Python/pylifecycle.c `flush_std_files`.
 * @module
 */
import { newStr } from '../objects/str.ts';
import { reprText } from './abstract-object.ts';
import { callMethod, callObject } from './call.ts';
import { printException, type PieceWriter } from './print-exception.ts';
import type { PyBaseException } from '../objects/exception-object.ts';
import { PyRaise, clearRaise } from './errors.ts';
import { writeStderr } from './io.ts';
import { None } from '../objects/singletons.ts';
import { decref, incref, type PyObject } from './object.ts';
import { getAttrString } from './attributes.ts';
import { isTrue } from './abstract-compare.ts';

/** Reads an attribute of the running program's `sys` (null when missing); installed by sys. */
let readSys: (name: string) => PyObject | null = () => null;

/** Installs the reader of `sys` attributes. */
export function setSysStreamReader(read: (name: string) => PyObject | null): void {
  readSys = read;
}

/** Runs `fn`, clearing a Python exception it raises: false then. */
function succeeds(fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return false;
  }
}

/** `PyFile_WriteString(text, file)`: `file.write(text)`, its result dropped. */
function writeString(file: PyObject, text: string): void {
  const s = newStr(text);
  try {
    decref(callMethod(file, 'write', [s]));
  } finally {
    decref(s);
  }
}

/** `file.flush()`, an error cleared: false then. */
function flushFile(file: PyObject): boolean {
  return succeeds(() => {
    decref(callMethod(file, 'flush'));
  });
}

/** A writer to `file`: each piece through `file.write`, a failure cleared and reported false. */
function writerTo(file: PyObject): PieceWriter {
  return (piece) => succeeds(() => { writeString(file, piece); });
}

/**
 * `PyErr_Display(type, value, tb)`: the report of `value` written to `sys.stderr` piece by
 * piece then flushed, errors ignored; nothing when `sys.stderr` is None; with no `sys.stderr`
 * at all, `_PyObject_Dump(value)` and "lost sys.stderr" on the process's stderr.
 */
export function displayException(value: PyObject): void {
  const file = readSys('stderr');
  if (file === null) {
    let repr = '';
    succeeds(() => {
      repr = reprText(value);
    });
    writeStderr(`object address  : 0x${value.address.toString(16)}\nobject refcount : ${value.refcnt}\n` +
      `object type     : 0x${value.type.address.toString(16)}\nobject type name: ${value.type.name}\n` +
      `object repr     : ${repr}\nlost sys.stderr\n`);
    return;
  }
  if (file === None) return;
  incref(file);
  try {
    printException(writerTo(file), value);
    flushFile(file);
  } finally {
    decref(file);
  }
}

/**
 * `write_unraisable_exc`: `print` writes the report to `sys.stderr` (true when it got to the
 * end), which is then flushed; nothing at all when `sys.stderr` is missing or None. Returns the
 * error of the last write or flush that failed when the report stopped short (the caller owns
 * it), else null.
 */
export function writeUnraisableReport(print: (w: PieceWriter) => boolean): PyRaise | null {
  const file = readSys('stderr');
  if (file === null || file === None) return null;
  const failure: { last: PyRaise | null } = { last: null };
  const keep = (fn: () => void): boolean => {
    try {
      fn();
      return true;
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      if (failure.last !== null) clearRaise(failure.last);
      failure.last = e;
      return false;
    }
  };
  incref(file);
  try {
    const done = print((piece) => keep(() => { writeString(file, piece); })) && keep(() => { decref(callMethod(file, 'flush')); });
    if (done && failure.last !== null) {
      clearRaise(failure.last);
      failure.last = null;
    }
    return failure.last;
  } finally {
    decref(file);
  }
}

/**
 * `PySys_WriteStderr(text)`: to `sys.stderr`, or to the process's stderr when there is none or
 * writing to it fails.
 */
export function sysWriteStderr(text: string): void {
  const file = readSys('stderr');
  if (file !== null) {
    incref(file);
    try {
      if (succeeds(() => { writeString(file, text); })) return;
    } finally {
      decref(file);
    }
  }
  writeStderr(text);
}

/** `flush_io`: flushes `sys.stderr` then `sys.stdout` (any error cleared), after the main module ran. */
export function flushIo(): void {
  for (const name of ['stderr', 'stdout']) {
    const file = readSys(name);
    if (file === null) continue;
    incref(file);
    try {
      flushFile(file);
    } finally {
      decref(file);
    }
  }
}

/** `file_is_closed`: `file.closed` is true (an error reading it counts as open). */
function fileIsClosed(file: PyObject): boolean {
  let closed = false;
  succeeds(() => {
    const v = getAttrString(file, 'closed');
    try {
      closed = isTrue(v);
    } finally {
      decref(v);
    }
  });
  return closed;
}

/**
 * `flush_std_files`: flushes `sys.stdout` (its failure reported as unraisable through
 * `unraisable`) and `sys.stderr`; false when either failed (the run's exit status becomes 120).
 */
export function flushStdFiles(unraisable: (e: PyRaise, obj: PyObject) => void): boolean {
  let ok = true;
  const out = readSys('stdout');
  const err = readSys('stderr');
  if (out !== null && out !== None && !fileIsClosed(out)) {
    incref(out);
    try {
      decref(callMethod(out, 'flush'));
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      unraisable(e, out);
      ok = false;
    } finally {
      decref(out);
    }
  }
  if (err !== null && err !== None && !fileIsClosed(err)) {
    incref(err);
    try {
      if (!flushFile(err)) ok = false;
    } finally {
      decref(err);
    }
  }
  return ok;
}

/**
 * `sys.excepthook(type(value), value, value.__traceback__)` as Python code of the standard
 * library calls it (weakref's `finalize._exitfunc`); its own error propagates. With no hook,
 * the report goes straight to `sys.stderr`.
 */
export function callExceptHook(value: PyBaseException): void {
  const hook = readSys('excepthook');
  if (hook === null) {
    displayException(value);
    return;
  }
  incref(hook);
  try {
    decref(callObject(hook, [value.type, value, value.traceback ?? None]));
  } finally {
    decref(hook);
  }
}
