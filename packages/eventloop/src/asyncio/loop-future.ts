/**
 * The futures asyncio's own code asks its loop for (`self._loop.create_future()` in locks,
 * queues and `sleep`): the native future, unless the loop has a `create_future` of its own, and
 * awaiting whichever it gave. Mirrors CPython 3.8 Lib/asyncio/locks.py, queues.py and tasks.py
 * `sleep`, which all call the method.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { awaitObject } from './api-more.ts';
import { isExactFuture, newFuture } from './future.ts';
import { PyLoop, callMethod, methodOverridden } from './loop-object.ts';
import { awaitFuture, holdWhileSuspended, type CoroBody } from './native-coro.ts';

/**
 * `self._loop.create_future()` for a waiter or a sleep: the
 * native future, unless the loop has a `create_future` of its own (a subclass's, or one set on
 * the instance), whose future may be any object (a new reference).
 */
export function newWaiter(loop: rt.PyObject): rt.PyObject {
  if (loop instanceof PyLoop && !methodOverridden(loop, 'create_future')) return newFuture(loop);
  return callMethod(loop, 'create_future', []);
}

/** `await fut` of a waiter made by {@link newWaiter}. */
export function* awaitWaiter(fut: rt.PyObject): CoroBody {
  return yield* isExactFuture(fut) ? awaitFuture(fut) : awaitObject(fut);
}

/** {@link awaitWaiter}, holding the waiter while suspended (the local `fut` of CPython's frame). */
export function* awaitOwnedWaiter(fut: rt.PyObject): CoroBody {
  const release = holdWhileSuspended(fut);
  try {
    return yield* awaitWaiter(fut);
  } finally {
    release();
  }
}
