/**
 * `Future._callbacks`: None when the future has no callbacks (none added, all removed, or they
 * were scheduled), else a list of `(callback, context)` pairs, the first callback first. Mirrors
 * CPython 3.8 Modules/_asynciomodule.c (`FutureObj_get_callbacks`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyFuture, callbacksOf, ensureAlive, futureType, isTaskWakeup, type DoneCallback } from './future.ts';
import { doneCallbackFunction } from './future-methods.ts';
import { newTaskWakeup } from './task-wrappers.ts';
import type { PyTask } from './task.ts';

/** The callable CPython keeps for `cb` (new reference). */
function callableOf(cb: DoneCallback): rt.PyObject {
  if (cb.fn !== null) return rt.incref(cb.fn);
  if (isTaskWakeup(cb)) return newTaskWakeup(cb.holds as PyTask);
  return doneCallbackFunction(cb);
}

/** The context `cb` runs in (new reference). */
function contextOf(cb: DoneCallback): rt.PyObject {
  if (cb.context !== undefined && cb.context !== null) return rt.incref(cb.context);
  // DEVIATION(cpython): asyncio's own callbacks (gather's, wait's, shield's) keep no context of
  // their own here; a copy of the current context stands for the copy CPython made when adding them.
  return rt.contextCopyCurrent();
}

/** `FutureObj_get_callbacks` (new reference). */
function getCallbacks(fut: PyFuture): rt.PyObject {
  ensureAlive(fut);
  // CPython's list is never left empty (`remove_done_callback` clears it): no callbacks is None.
  const callbacks = callbacksOf(fut);
  if (callbacks.length === 0) return rt.newNone();
  const pairs = callbacks.map((cb) => rt.newTupleStealing([callableOf(cb), contextOf(cb)]));
  return rt.newListStealing(pairs);
}

rt.addGetSets(futureType, [{ name: '_callbacks', get: (self) => getCallbacks(self as PyFuture) }]);
