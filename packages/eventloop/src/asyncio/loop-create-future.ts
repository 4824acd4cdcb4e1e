/**
 * `loop.create_future()` where asyncio's own code goes on to treat the future as an asyncio
 * future (`wait`, `wait_for`, `shield`, an empty `gather`): a loop whose class (or instance) has a
 * `create_future` of its own is asked, as CPython's code always asks it. Mirrors CPython 3.8
 * Lib/asyncio/tasks.py `_wait`, `wait_for`, `_cancel_and_wait`, `shield` and `gather`.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyFuture, newFuture } from './future.ts';
import { PyLoop, callMethod, methodOverridden } from './loop-object.ts';

/**
 * A new future of `loop`, made by its `create_future()` when the loop has its own.
 *
 * @param loop - the loop (asyncio's, a subclass's, or None when a future has none).
 * @returns a new reference.
 */
export function newLoopFuture(loop: rt.PyObject): PyFuture {
  if (loop === rt.None || (loop instanceof PyLoop && !methodOverridden(loop, 'create_future'))) return newFuture(loop);
  const made = callMethod(loop, 'create_future', []);
  if (made instanceof PyFuture) return made;
  // DEVIATION(cpython): asyncio's helpers drive the future natively, so one that is not an
  // asyncio.Future (a duck-typed future) is set aside for a native one.
  rt.decref(made);
  return newFuture(loop);
}
