/**
 * Reporting an exception nobody can catch (raised by a finalizer, `__del__`, a weakref callback):
 * "Exception ignored in: <obj>" and the traceback, on stderr. Mirrors CPython 3.8
 * Python/errors.c `PyErr_WriteUnraisable` and `write_unraisable_exc_file`.
 * @module
 */
import { PyStr } from '../objects/str.ts';
import { None } from '../objects/singletons.ts';
import { PyTraceback } from '../objects/traceback.ts';
import type { PyFrame } from '../objects/frame.ts';
import { reprText, strText } from './abstract-object.ts';
import { getAttrString } from './attributes.ts';
import { PyRaise, clearRaise } from './errors.ts';
import { writeUnraisableReport } from './sys-stderr.ts';
import { decref, incref, xdecref, type PyObject } from './object.ts';
import { innerHiddenFrames, printTraceback, type PieceWriter } from './print-exception.ts';
import { tstate } from './thread-state.ts';
import { emitVmEvent, vmEventsOn } from './events.ts';

function clearRaiseQuietly(e: PyRaise | null): void {
  if (e !== null) clearRaise(e);
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return fallback;
  }
}

/**
 * Calls a `sys.unraisablehook` the program installed with the exception, its traceback, the
 * message and the object: true then; else the default hook (borrowed) when it is in place, or
 * null when there is none, and the report is written here. Installed by the sys module.
 */
let unraisableHook: (value: PyObject, tb: PyObject | null, message: string | null, obj: PyObject | null) => true | PyObject | null = () => null;

/** Installs the call of `sys.unraisablehook`. */
export function setUnraisableHook(hook: typeof unraisableHook): void {
  unraisableHook = hook;
}

/**
 * Writes `raised` as unraisable in `obj` and drops it. `message` replaces "Exception ignored in".
 * `raisedInLibFrame`: the exception left through a Python frame of CPython's standard library
 * that corosim writes natively (warnings.py `_warn_unawaited_coroutine`), so CPython's traceback
 * holds that frame only, not the frame running now.
 */
export function writeUnraisable(raised: PyRaise, obj: PyObject | null, message: string | null = null, raisedInLibFrame = false): void {
  const value = raised.value;
  let tb = raised.traceback;
  // An exception that left a native stand-in of a library frame (`finalize.__call__`) has that
  // frame on its traceback in CPython, not the one running now.
  const inLibFrame = raisedInLibFrame || (tb === null && innerHiddenFrames.has(value));
  if (tb === null && tstate.frame !== null && !inLibFrame) tb = new PyTraceback(null, tstate.frame as PyFrame);
  else if (tb !== null) incref(tb);
  if (tb !== null) {
    const old = value.traceback;
    value.traceback = incref(tb);
    xdecref(old);
  }
  const hook = unraisableHook(value, tb, message, obj);
  if (hook === true) {
    xdecref(tb);
    clearRaise(raised);
    return;
  }
  // DEVIATION(cpython): the standard-library frame is native here, so the header stands alone.
  // The event carries the report's last line as written (computed apart when nothing was).
  const written: { pieces: string[] | null } = { pieces: null };
  const failed = writeUnraisableReport((w) => {
    const seen: string[] = written.pieces = [];
    return printUnraisable((piece) => {
      seen.push(piece);
      return w(piece);
    }, value, tb, message, obj, inLibFrame);
  });
  // The default hook failed writing (sys.stderr's write or flush raised): like any hook's
  // failure, reported by the default code "in sys.unraisablehook", that report's failure ignored.
  if (failed !== null) {
    if (hook !== null) {
      const inner = failed.value;
      clearRaiseQuietly(writeUnraisableReport((w) => printUnraisable(w, inner, failed.traceback, 'Exception ignored in sys.unraisablehook', hook)));
    }
    clearRaise(failed);
  }
  if (vmEventsOn) {
    const pieces = written.pieces ?? unraisablePieces(value, tb, message, obj, inLibFrame);
    emitVmEvent({ kind: 'unraisable', message: pieces.join('').trimEnd().split('\n').pop() ?? '' });
  }
  xdecref(tb);
  clearRaise(raised);
}

/**
 * `write_unraisable_exc_file`: "Exception ignored in: <obj>" (or `message`), the traceback,
 * then the exception's `module.Name: str`, piece by piece; true when every piece was written
 * (a failed traceback does not count; "<object repr() failed>" and "<exception str() failed>"
 * stand in for a repr or str that could not be written). `libFrameOnly`: with no traceback, the
 * header of one whose only entries are native standard-library frames.
 */
export function printUnraisable(w: PieceWriter, value: PyObject, tb: PyObject | null, message: string | null, obj: PyObject | null, libFrameOnly = false): boolean {
  // `write_unraisable_exc_file` writes no "Exception ignored in" line for a None object (the
  // `__del__ = None` a finalizer failed to call).
  if (obj !== null && obj !== None) {
    if (!(message === null ? w('Exception ignored in: ') : w(message) && w(': '))) return false;
    const r = safely<string | null>(() => reprText(obj), null);
    if ((r === null || !w(r)) && !w('<object repr() failed>')) return false;
    if (!w('\n')) return false;
  } else if (message !== null && !(w(message) && w(':\n'))) return false;
  if (tb instanceof PyTraceback) printTraceback(w, tb);
  else if (libFrameOnly) w('Traceback (most recent call last):\n');
  const type = value.type;
  const module = safely(() => {
    const m = getAttrString(type, '__module__');
    const text = m instanceof PyStr ? m.value : null;
    decref(m);
    return text;
  }, null);
  if (module === null) {
    if (!w('<unknown>')) return false;
  } else if (module !== 'builtins' && !(w(module) && w('.'))) return false;
  // `PyExceptionClass_Name`: the type's name after its last dot, never `__qualname__`.
  const dot = type.name.lastIndexOf('.');
  if (!w(dot >= 0 ? type.name.slice(dot + 1) : type.name) || !w(': ')) return false;
  const text = safely<string | null>(() => strText(value), null);
  if ((text === null || !w(text)) && !w('<exception str() failed>')) return false;
  return w('\n');
}

/** The pieces of `printUnraisable`'s report. */
export function unraisablePieces(value: PyObject, tb: PyObject | null, message: string | null, obj: PyObject | null, libFrameOnly = false): string[] {
  const out: string[] = [];
  printUnraisable((piece) => {
    out.push(piece);
    return true;
  }, value, tb, message, obj, libFrameOnly);
  return out;
}
