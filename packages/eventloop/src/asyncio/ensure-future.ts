/**
 * `asyncio.ensure_future`: a coroutine becomes a task of the running (or the policy's) loop, a
 * future stays itself, any other awaitable is wrapped. Mirrors CPython 3.8 Lib/asyncio/tasks.py
 * `ensure_future`.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { getRunningOrPolicyLoop } from './events.ts';
import { getFutureLoop, isFuture, loopHooks } from './loop-object.ts';
import { isCoroutine, loopCreateTask } from './task.ts';
import { isAwaitable, wrapAwaitable } from './wrap-awaitable.ts';
import { madeAt } from './source-traceback.ts';

/** `ensure_future(coro_or_future, *, loop=None)` (new reference). */
export function ensureFuture(o: rt.PyObject, loop: rt.PyObject | null): rt.PyObject {
  if (isCoroutine(o)) {
    const l = loop === null ? getRunningOrPolicyLoop() : rt.incref(loop);
    try {
      return loopCreateTask(l, o);
    } finally {
      rt.decref(l);
    }
  }
  if (isFuture(o)) {
    if (loop !== null) {
      const own = getFutureLoop(o);
      rt.decref(own);
      if (own !== loop) throw rt.valueError('The future belongs to a different loop than the one specified as the loop argument');
    }
    return rt.incref(o);
  }
  if (isAwaitable(o)) {
    const wrapped = wrapAwaitable(o);
    try {
      return madeAt([['tasks.py', 682, 'ensure_future']], () => ensureFuture(wrapped, loop));
    } finally {
      rt.decref(wrapped);
    }
  }
  throw rt.typeError('An asyncio.Future, a coroutine or an awaitable is required');
}
loopHooks.ensureFuture = (o, loop) => ensureFuture(o, loop);
