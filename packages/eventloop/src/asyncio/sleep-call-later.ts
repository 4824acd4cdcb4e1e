/**
 * `asyncio.sleep(delay)` on a loop whose `call_later` or `create_future` is not asyncio's
 * (overridden by a subclass, or replaced on the instance as tests do to watch the timer): the
 * future comes from `loop.create_future()`, the timer from `loop.call_later(delay,
 * futures._set_result_unless_cancelled, future, result)`, cancelled through the handle it returns. Mirrors CPython 3.8 Lib/asyncio/tasks.py `sleep` and
 * futures.py `_set_result_unless_cancelled`.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { callMethod, methodOverridden, timersOverridden, type PyLoop } from './loop-object.ts';
import { holdWhileSuspended, type CoroBody } from './native-coro.ts';
import { awaitOwnedWaiter, newWaiter } from './loop-future.ts';
import { setFunctionSource } from './callback-source.ts';
import { asyncioSource } from './asyncio-paths.ts';

/** Whether `sleep` must ask the loop's own `call_later` (and so its `call_at`) or `create_future`. */
export function loopMethodsOverridden(loop: rt.PyObject): boolean {
  // A loop that is no asyncio loop is answered by `timersOverridden` alone.
  return timersOverridden(loop) || methodOverridden(loop as PyLoop, 'create_future');
}

/** `futures._set_result_unless_cancelled(fut, result)`: sets the result unless `fut.cancelled()`. */
export const setResultUnlessCancelledDef: rt.NativeDef = {
  name: '_set_result_unless_cancelled',
  kind: 'fast',
  impl: (_s, args) => {
    const [fut, result] = args as [rt.PyObject, rt.PyObject];
    // `if fut.cancelled(): return` then `fut.set_result(result)`.
    const cancelled = callMethod(fut, 'cancelled', []);
    try {
      if (rt.isTrue(cancelled)) return rt.newNone();
    } finally {
      rt.decref(cancelled);
    }
    const done = callMethod(fut, 'set_result', [result]);
    rt.decref(done);
    return rt.newNone();
  },
};

/** `futures._set_result_unless_cancelled` as a callable (new reference). */
function setResultUnlessCancelled(): rt.PyObject {
  const fn = rt.newBuiltinFunction(setResultUnlessCancelledDef, null);
  setFunctionSource(fn, asyncioSource('futures.py', 284));
  return fn;
}

/**
 * The rest of `sleep` once it has its loop (owned, released here): `delay` is the argument as
 * given (borrowed), `result` borrowed (the coroutine owns it).
 */
export function* sleepThroughCallLater(loop: rt.PyObject, delay: rt.PyObject, result: rt.PyObject): CoroBody {
  let fut: rt.PyObject;
  let handle: rt.PyObject;
  try {
    fut = newWaiter(loop);
    const fn = setResultUnlessCancelled();
    try {
      handle = callMethod(loop, 'call_later', [delay, fn, fut, result]);
    } catch (e) {
      rt.decref(fut);
      throw e;
    } finally {
      rt.decref(fn);
    }
  } finally {
    rt.decref(loop);
  }
  const release = holdWhileSuspended(handle);
  try {
    return yield* awaitOwnedWaiter(fut);
  } finally {
    release();
    try {
      rt.decref(callMethod(handle, 'cancel', []));
    } finally {
      rt.decref(handle);
      rt.decref(fut);
    }
  }
}
