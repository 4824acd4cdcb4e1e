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
}

const base = newExcStackItem();

/** The one thread state. */
export const tstate: ThreadState = { frame: null, excInfo: base, recursionDepth: 0, recursionLimit: 1000, overflowed: false };

/** Resets the thread state for a new run. */
export function resetThreadState(): void {
  tstate.frame = null;
  tstate.excInfo = newExcStackItem();
  tstate.recursionDepth = 0;
  tstate.recursionLimit = 1000;
  tstate.overflowed = false;
}

/** `_PyErr_GetTopmostException`: the innermost item that is handling an exception. */
export function topmostException(): ExcStackItem {
  let item = tstate.excInfo;
  while ((item.type === null || item.type.type.name === 'NoneType') && item.previous !== null) item = item.previous;
  return item;
}
