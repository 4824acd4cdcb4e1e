/**
 * `Future.remove_done_callback(fn)` as `_asynciomodule.c` runs it: the first callback is compared
 * on its own and only emptied, the list is walked while an `__eq__` may change it (bpo-28963,
 * bpo-30828), the survivors replace its contents and the count is how much it shrank. Mirrors
 * CPython 3.8 Modules/_asynciomodule.c (`_asyncio_Future_remove_done_callback`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyFuture, ensureAlive, futureType, releaseCallback, type DoneCallback } from './future.ts';

/** `fn == cb` for `remove_done_callback` (`fn` on the left); a native callback matches nothing. */
function callbackEquals(fn: rt.PyObject, cb: DoneCallback): boolean {
  return cb.fn !== null && rt.richCompareBool(fn, cb.fn, 2);
}

/** Takes a reference to what a callback record owns: the record goes into one more list. */
function retainCallback(cb: DoneCallback): void {
  if (cb.fn !== null) rt.incref(cb.fn);
  if (cb.holds !== undefined) rt.incref(cb.holds);
}

/** Releases every callback of `fut`'s list (`Py_CLEAR(fut->fut_callbacks)`). */
function clearMoreCallbacks(fut: PyFuture): void {
  const list = fut.moreCallbacks;
  fut.moreCallbacks = [];
  for (const cb of list) releaseCallback(cb);
}

/**
 * `_asyncio_Future_remove_done_callback`: removes every callback equal to `fn` and returns how
 * many went. The first callback is compared on its own and only emptied; the list is walked while
 * an `__eq__` may change it, the survivors are collected in a new list (holding their own
 * references) that replaces the list's contents, and the count is the list's size change.
 */
export function removeDoneCallback(fut: PyFuture, fn: rt.PyObject): number {
  ensureAlive(fut);
  let cleared = 0;
  if (fut.callback0 !== null && callbackEquals(fn, fut.callback0)) {
    // `__eq__` may have run code that emptied it already.
    const first = fut.callback0 as DoneCallback | null;
    fut.callback0 = null;
    if (first !== null) releaseCallback(first);
    cleared = 1;
  }
  const len = fut.moreCallbacks.length;
  if (len === 0) return cleared;
  if (len === 1) {
    if (!callbackEquals(fn, fut.moreCallbacks[0] as DoneCallback)) return cleared;
    clearMoreCallbacks(fut);
    return 1 + cleared;
  }
  const kept: DoneCallback[] = [];
  try {
    for (let i = 0; i < fut.moreCallbacks.length; i++) {
      const cb = fut.moreCallbacks[i] as DoneCallback;
      retainCallback(cb);
      let equal: boolean;
      try {
        equal = callbackEquals(fn, cb);
      } catch (e) {
        releaseCallback(cb);
        throw e;
      }
      if (equal) releaseCallback(cb);
      else kept.push(cb);
    }
  } catch (e) {
    for (const cb of kept) releaseCallback(cb);
    throw e;
  }
  if (kept.length === 0) {
    clearMoreCallbacks(fut);
    return len + cleared;
  }
  const now = fut.moreCallbacks.length;
  if (kept.length === now) {
    for (const cb of kept) releaseCallback(cb);
    return cleared;
  }
  // `PyList_SetSlice(fut_callbacks, 0, len, newlist)`: the kept records take the list's place.
  const old = fut.moreCallbacks;
  fut.moreCallbacks = kept;
  for (const cb of old) releaseCallback(cb);
  return now - kept.length + cleared;
}

rt.addMethods(futureType, [
  { name: 'remove_done_callback', kind: 'o', impl: (self, args) => rt.newInt(removeDoneCallback(self as PyFuture, args[0] as rt.PyObject)) },
]);
