/**
 * The interpreter's thread state: the frame being executed, the stack of exceptions being handled
 * (`exc_info`, one item per running generator plus the thread's own), the recursion depth and
 * limit. corosim runs one Python thread. Mirrors CPython 3.8 Include/cpython/pystate.h
 * `PyThreadState` and `_PyErr_StackItem`.
 * @module
 */
import type { PyObject } from './object.ts';

/** `_PyErr_StackItem`: the exception being handled, and the item below it. */
export interface ExcStackItem {
  /** `exc_type`: null when nothing is being handled. */
  type: PyObject | null;
  value: PyObject | null;
  traceback: PyObject | null;
  /** `previous_item`: the item of the code that resumed this generator, or null at the bottom. */
  previous: ExcStackItem | null;
}

/** A fresh, empty exception stack item. */
export function newExcStackItem(): ExcStackItem {
  return { type: null, value: null, traceback: null, previous: null };
}

/** What the thread is doing. */
export interface ThreadState {
  /** `tstate->frame`: the innermost executing frame, or null. */
  frame: PyObject | null;
  /** `tstate->exc_info`: the top of the exception stack. */
  excInfo: ExcStackItem;
  /** `tstate->recursion_depth`. */
  recursionDepth: number;
  /** `sys.getrecursionlimit()`. */
  recursionLimit: number;
  /** `tstate->overflowed`: set while handling a RecursionError, allowing 50 more levels. */
  overflowed: boolean;
  /** `sys.get_coroutine_origin_tracking_depth()`. */
  coroutineOriginTrackingDepth: number;
  /** `sys.get_asyncgen_hooks()`: the firstiter and finalizer hooks (owned), or null. */
  asyncgenFirstiter: PyObject | null;
  asyncgenFinalizer: PyObject | null;
  /**
   * `_PyRuntime.finalizing`: set once the atexit functions have run and the interpreter starts
   * tearing the modules down (`sys.is_finalizing()`).
   */
  finalizing: boolean;
  /**
   * The globals of the stdlib Python function a native function stands in for, while it calls
   * back into Python: `PyEval_GetGlobals()` answers them as long as the innermost frame is still
   * `frame` (no Python frame pushed since), as CPython would see that function's own frame.
   */
  standInGlobals: { readonly frame: PyObject | null; readonly globals: PyObject } | null;
  /**
   * `tstate->context`: the current `contextvars.Context` (owned), made on first need; null until
   * then. Entering a context (`Context.run`) swaps it in and out.
   */
  context: PyObject | null;
  /**
   * `tstate->dict` (`PyThreadState_GetDict`): the thread's own dict (owned), made on first need
   * (the first `Py_ReprEnter`); null until then.
   */
  dict: PyObject | null;
}

const base = newExcStackItem();

/** The one thread state. */
export const tstate: ThreadState = {
  frame: null,
  excInfo: base,
  recursionDepth: 0,
  recursionLimit: 1000,
  overflowed: false,
  coroutineOriginTrackingDepth: 0,
  asyncgenFirstiter: null,
  asyncgenFinalizer: null,
  finalizing: false,
  standInGlobals: null,
  context: null,
  dict: null,
};

/** Resets the thread state for a new run. */
export function resetThreadState(): void {
  tstate.frame = null;
  tstate.excInfo = newExcStackItem();
  tstate.recursionDepth = 0;
  tstate.recursionLimit = 1000;
  tstate.overflowed = false;
  tstate.coroutineOriginTrackingDepth = 0;
  tstate.asyncgenFirstiter = null;
  tstate.asyncgenFinalizer = null;
  tstate.finalizing = false;
  tstate.standInGlobals = null;
  tstate.context = null;
  tstate.dict = null;
}

/**
 * Runs `fn` as the body of a stdlib Python function with these module globals (borrowed):
 * {@link evalGlobals} gives them until `fn` pushes a Python frame.
 */
export function withStandInGlobals<T>(globals: PyObject, fn: () => T): T {
  const saved = tstate.standInGlobals;
  tstate.standInGlobals = { frame: tstate.frame, globals };
  try {
    return fn();
  } finally {
    tstate.standInGlobals = saved;
  }
}

/** `PyEval_GetGlobals()`: the innermost frame's globals (borrowed), or null without a frame. */
export function evalGlobals(): PyObject | null {
  const standIn = tstate.standInGlobals;
  if (standIn !== null && standIn.frame === tstate.frame) return standIn.globals;
  const frame = tstate.frame as { globals?: PyObject } | null;
  return frame?.globals ?? null;
}

/** `_PyErr_GetTopmostException`: the innermost item that is handling an exception. */
export function topmostException(): ExcStackItem {
  let item = tstate.excInfo;
  while ((item.type === null || item.type.type.name === 'NoneType') && item.previous !== null) item = item.previous;
  return item;
}

/** CPython's fatal error when a program keeps recursing while handling a RecursionError. */
export class FatalStackOverflow extends Error {
  override readonly name = 'FatalStackOverflow';
}

/**
 * `_Py_EnterRecursiveCall(where)`: counts one level; past the limit, returns the message of the
 * RecursionError to raise (the caller raises it), else null.
 */
export function enterRecursiveCall(where: string): string | null {
  const depth = ++tstate.recursionDepth;
  const limit = tstate.recursionLimit;
  if (depth <= limit) return null;
  if (tstate.overflowed) {
    if (depth > limit + 50) throw new FatalStackOverflow('Cannot recover from stack overflow.');
    return null;
  }
  --tstate.recursionDepth;
  tstate.overflowed = true;
  return `maximum recursion depth exceeded${where}`;
}

/**
 * `_Py_RecursionLimitLowerWaterMark(limit)`: the depth below which a RecursionError's
 * "overflowed" flag clears again.
 *
 * @param limit - a recursion limit.
 * @returns the low-water mark for that limit.
 * @see CPython 3.8 Include/cpython/ceval.h `_Py_RecursionLimitLowerWaterMark`
 */
export function recursionLowWaterMark(limit: number): number {
  return limit > 200 ? limit - 50 : 3 * (limit >> 2);
}

/** `_Py_LeaveRecursiveCall`. */
export function leaveRecursiveCall(): void {
  if (--tstate.recursionDepth < recursionLowWaterMark(tstate.recursionLimit)) tstate.overflowed = false;
}
