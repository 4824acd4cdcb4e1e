/**
 * Reporting an exception nobody can catch (raised by a finalizer, `__del__`, a weakref callback):
 * "Exception ignored in: <obj>" and the traceback, on stderr. Mirrors CPython 3.8
 * Python/errors.c `PyErr_WriteUnraisable` and `write_unraisable_exc_file`.
 * @module
 */
import { PyStr } from '../objects/str.ts';
import { PyTraceback } from '../objects/traceback.ts';
import type { PyFrame } from '../objects/frame.ts';
import { reprText, strText } from './abstract-object.ts';
import { getAttrString } from './attributes.ts';
import { PyRaise, clearRaise } from './errors.ts';
import { writeUnraisablePieces } from './sys-stderr.ts';
import { decref, incref, xdecref, type PyObject } from './object.ts';
import { tracebackPieces } from './print-exception.ts';
import { tstate } from './thread-state.ts';
import { emitVmEvent, vmEventsOn } from './events.ts';

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
 * message and the object; false when the default hook is in place (or none), which writes the
 * report itself. Installed by the sys module.
 */
let unraisableHook: (value: PyObject, tb: PyObject | null, message: string | null, obj: PyObject | null) => boolean = () => false;

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
  if (tb === null && tstate.frame !== null && !raisedInLibFrame) tb = new PyTraceback(null, tstate.frame as PyFrame);
  else if (tb !== null) incref(tb);
  if (tb !== null) {
    const old = value.traceback;
    value.traceback = incref(tb);
    xdecref(old);
  }
  if (unraisableHook(value, tb, message, obj)) {
    xdecref(tb);
    clearRaise(raised);
    return;
  }
  // DEVIATION(cpython): the standard-library frame is native here, so the header stands alone.
  const pieces = unraisablePieces(value, tb, message, obj, raisedInLibFrame);
  writeUnraisablePieces(pieces);
  if (vmEventsOn) emitVmEvent({ kind: 'unraisable', message: pieces.join('').trimEnd().split('\n').pop() ?? '' });
  xdecref(tb);
  clearRaise(raised);
}

/**
 * The report of `write_unraisable_exc_file` in the pieces it writes one by one: "Exception
 * ignored in: <obj>" (or `message`), the traceback, then the exception's `module.Name: str`.
 * `libFrameOnly`: with no traceback, the header of one whose only entries are native
 * standard-library frames.
 */
export function unraisablePieces(value: PyObject, tb: PyObject | null, message: string | null, obj: PyObject | null, libFrameOnly = false): string[] {
  const out: string[] = [];
  if (obj !== null) {
    out.push(message === null ? 'Exception ignored in: ' : message, ...(message === null ? [] : [': ']));
    out.push(safely(() => reprText(obj), '<object repr() failed>'), '\n');
  } else if (message !== null) {
    out.push(message, ':\n');
  }
  if (tb instanceof PyTraceback) out.push(...tracebackPieces(tb));
  else if (libFrameOnly) out.push('Traceback (most recent call last):\n');
  const type = value.type;
  const module = safely(() => {
    const m = getAttrString(type, '__module__');
    const text = m instanceof PyStr ? m.value : null;
    decref(m);
    return text;
  }, null);
  if (module === null) out.push('<unknown>');
  else if (module !== 'builtins') out.push(module, '.');
  // `PyExceptionClass_Name`: the type's name after its last dot, never `__qualname__`.
  const dot = type.name.lastIndexOf('.');
  out.push(dot >= 0 ? type.name.slice(dot + 1) : type.name);
  out.push(': ', safely(() => strText(value), '<exception str() failed>'), '\n');
  return out;
}
