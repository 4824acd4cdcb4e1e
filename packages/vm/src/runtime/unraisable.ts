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
import { writeStderr } from './io.ts';
import { decref, incref, xdecref, type PyObject } from './object.ts';
import { formatTraceback } from './print-exception.ts';
import { tstate } from './thread-state.ts';
import { emitVmEvent, vmEventsOn } from './events.ts';

function safely(fn: () => string, fallback: string): string {
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
  const out = formatUnraisable(value, tb, message, obj, raisedInLibFrame);
  writeStderr(out);
  if (vmEventsOn) emitVmEvent({ kind: 'unraisable', message: out.trimEnd().split('\n').pop() ?? '' });
  xdecref(tb);
  clearRaise(raised);
}

/**
 * The report of `write_unraisable_exc_file`: "Exception ignored in: <obj>" (or `message`), the
 * traceback, then the exception's `module.qualname: str`. `libFrameOnly`: with no traceback,
 * the header of one whose only entries are native standard-library frames.
 */
export function formatUnraisable(value: PyObject, tb: PyObject | null, message: string | null, obj: PyObject | null, libFrameOnly = false): string {
  let out = '';
  if (obj !== null) {
    out += `${message ?? 'Exception ignored in'}: ${safely(() => reprText(obj), '<object repr() failed>')}\n`;
  } else if (message !== null) {
    out += `${message}:\n`;
  }
  if (tb instanceof PyTraceback) out += formatTraceback(tb);
  else if (libFrameOnly) out += 'Traceback (most recent call last):\n';
  const type = value.type;
  const module = safely(() => {
    const m = getAttrString(type, '__module__');
    const text = m instanceof PyStr ? m.value : '<unknown>';
    decref(m);
    return text;
  }, '<unknown>');
  if (module !== 'builtins') out += `${module}.`;
  out += safely(() => {
    const q = getAttrString(type, '__qualname__');
    const text = q instanceof PyStr ? q.value : type.name;
    decref(q);
    return text;
  }, type.name);
  out += `: ${safely(() => strText(value), '<exception str() failed>')}\n`;
  return out;
}
