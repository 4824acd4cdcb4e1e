/**
 * `wait_for`, `shield` and `isfuture`. Mirrors CPython 3.8 Lib/asyncio/tasks.py (`wait_for`,
 * `_cancel_and_wait`, `shield`) and base_futures.py (`isfuture`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { addDoneCallbackVia, cancelledVia, exceptionVia, removeDoneCallbackVia, resultVia } from './future-methods.ts';
import { ensureFuture } from './ensure-future.ts';
import { shortRepr } from './reprlib.ts';
import { madeAt } from './source-traceback.ts';
import { warnLoopArgument } from './sync-base.ts';
import { WAIT_FOR_CANCELLED_LINE, WAIT_FOR_EXPIRED_LINE, WAIT_FOR_NO_TIMEOUT_LINE, WAIT_FOR_TIMED_OUT_LINE } from './native-sources.ts';
import { getRunningLoop } from './events.ts';
import { PyFuture, addDoneCallback, cancelFuture, futureResult, setException, setResult, type DoneCallback } from './future.ts';
import { newLoopFuture } from './loop-create-future.ts';
import { callMethod, isFuture, loopCallLater } from './loop-object.ts';
import { asyncioFrame, asyncioSource } from './asyncio-paths.ts';
import { PyNativeCoro, awaitFuture, awaitOwnedFuture, holdWhileSuspended, isCancelled, nativeCoroStep, newNativeCoro, type CoroBody } from './native-coro.ts';
import { TimeoutError, raiseNew, splitArgs, takeException } from './state.ts';

/** `functools.partial(_release_waiter, waiter)`. */
function releaser(waiter: PyFuture): DoneCallback {
  const name = (): string => `_release_waiter(${shortRepr(waiter)})`;
  return { fn: null, label: { name, at: asyncioSource('tasks.py', 429), params: ['waiter'], varargs: true }, partialArgs: [waiter], native: () => {
    if (waiter.state === 'PENDING') setResult(waiter, rt.None);
  } };
}

/** `await o` for any awaitable inside a native coroutine body (delegation as YIELD_FROM does it). */
export function* awaitObject(o: rt.PyObject): CoroBody {
  if (o instanceof PyFuture) return yield* awaitFuture(o);
  const it = rt.getAwaitableIter(o);
  const release = holdWhileSuspended(it);
  let exc: rt.PyBaseException | null = null;
  try {
    for (;;) {
      let step: rt.GenStep;
      try {
        if (it instanceof rt.PyGenerator) step = exc === null ? rt.genSendEx(it, rt.None, null, false) : rt.genThrow(it, true, exc, null, null);
        else if (it instanceof PyNativeCoro) step = nativeCoroStep(it, rt.None, exc);
        else step = { done: false, value: callMethod(it, exc === null ? 'send' : 'throw', [exc ?? rt.None]) };
      } catch (e) {
        if (e instanceof rt.PyRaise && rt.exceptionMatches(e, rt.Exceptions.StopIteration)) step = { done: true, value: rt.stopIterationValue(e) };
        else throw e;
      } finally {
        rt.xdecref(exc);
        exc = null;
      }
      if (step.done) return step.value;
      try {
        yield step.value;
      } catch (e) {
        if (!(e instanceof rt.PyRaise)) throw e;
        exc = takeException(e);
      }
    }
  } finally {
    release();
    rt.xdecref(exc);
    rt.decref(it);
  }
}

/** `_cancel_and_wait(fut, loop)`: cancels `fut` and waits on a separate waiter until it is done. */
function* cancelAndWait(fut: PyFuture, loop: rt.PyObject): CoroBody {
  const waiter = newLoopFuture(loop);
  const cb = releaser(waiter);
  addDoneCallbackVia(fut, cb);
  try {
    rt.decref(callMethod(fut, 'cancel', []));
    rt.decref(yield* awaitOwnedFuture(waiter));
  } finally {
    removeDoneCallbackVia(fut, cb);
    rt.decref(waiter);
  }
  return rt.newNone();
}

/** `raise exceptions.TimeoutError() from exc` inside `except CancelledError as exc` (exc owned). */
function timeoutFrom(exc: rt.PyBaseException): rt.PyRaise {
  // `fut.result()` raised it in wait_for's frame: its traceback is that frame.
  if (exc.traceback === null) rt.outerHiddenFrames.set(exc, [asyncioFrame('tasks.py', 465, 'wait_for')]);
  const raised = raiseNew(TimeoutError, null);
  const t = raised.value;
  rt.xdecref(t.cause);
  t.cause = rt.incref(exc);
  t.suppressContext = true;
  rt.xdecref(t.context);
  t.context = exc;
  return raised;
}

/** The coroutine a body runs in, set once it is made (the body moves its line as its frame would). */
interface CoroRef {
  coro: PyNativeCoro | null;
}

/** `arg`, `timeoutArg` and `loopArg` are borrowed: the coroutine owns them. */
function* waitForBody(arg: rt.PyObject, timeoutArg: rt.PyObject, loopArg: rt.PyObject | undefined, self: CoroRef): CoroBody {
  yield* [];
  if (loopArg !== undefined && loopArg !== rt.None) warnLoopArgument('awaiter');
  const timeout = timeoutArg === rt.None ? null : num(timeoutArg);
  const loop = getRunningLoop();
  const release = holdWhileSuspended(loop);
  try {
    if (timeout === null) return yield* awaitObject(arg);
    if (timeout <= 0) {
      const fut = madeAt([['tasks.py', 458, 'wait_for']], () => ensureFuture(arg, loop)) as PyFuture;
      const releaseFut = holdWhileSuspended(fut);
      try {
        if (fut.state !== 'PENDING') return futureResult(fut);
        rt.decref(yield* cancelAndWait(fut, loop));
        try {
          rt.decref(futureResult(fut));
        } catch (e) {
          if (isCancelled(e)) throw timeoutFrom(takeException(e));
          throw e;
        }
        throw raiseNew(TimeoutError, null);
      } finally {
        releaseFut();
        rt.decref(fut);
      }
    }
    const waiter = newLoopFuture(loop);
    const timeoutHandle = loopCallLater(loop, timeout, () => {
      if (waiter.state === 'PENDING') setResult(waiter, rt.None);
    }, '_release_waiter', () => `_release_waiter(${shortRepr(waiter)}) at ${asyncioSource('tasks.py', 429)}`);
    const cb = releaser(waiter);
    const fut = madeAt([['tasks.py', 475, 'wait_for']], () => ensureFuture(arg, loop)) as PyFuture;
    addDoneCallbackVia(fut, cb);
    const releaseLocals = holdWhileSuspended(waiter, fut);
    try {
      try {
        rt.decref(yield* awaitFuture(waiter));
      } catch (e) {
        if (!isCancelled(e)) throw e;
        if (fut.state !== 'PENDING') {
          rt.clearRaise(e);
          return resultVia(fut);
        }
        removeDoneCallbackVia(fut, cb);
        if (self.coro !== null) self.coro.lineno = WAIT_FOR_CANCELLED_LINE;
        try {
          rt.decref(yield* cancelAndWait(fut, loop));
        } catch (e2) {
          if (!(e2 instanceof rt.PyRaise) || e2.value === e.value) throw e2;
          const handled = takeException(e);
          if (e2.value.context === null) e2.value.context = handled;
          else rt.decref(handled);
          throw e2;
        }
        throw e;
      }
      if (fut.state !== 'PENDING') return resultVia(fut);
      removeDoneCallbackVia(fut, cb);
      if (self.coro !== null) self.coro.lineno = WAIT_FOR_TIMED_OUT_LINE;
      rt.decref(yield* cancelAndWait(fut, loop));
      throw raiseNew(TimeoutError, null);
    } finally {
      timeoutHandle.cancel();
      releaseLocals();
      rt.decref(fut);
      rt.decref(waiter);
    }
  } finally {
    release();
    rt.decref(loop);
  }
}

/** `shield(arg)` (new reference). */
function shield(arg: rt.PyObject, loop: rt.PyObject | null): rt.PyObject {
  const inner = madeAt([['tasks.py', 878, 'shield']], () => ensureFuture(arg, loop)) as PyFuture;
  if (inner.state !== 'PENDING') return inner;
  let outer: PyFuture;
  try {
    outer = newLoopFuture(inner.loop ?? rt.None);
  } catch (e) {
    rt.decref(inner);
    throw e;
  }
  // `_inner_done_callback` holds a reference to `outer` while it is registered on `inner`.
  let innerRegistered = true;
  const innerDone: DoneCallback = { fn: null, label: { name: 'shield.<locals>._inner_done_callback', at: asyncioSource('tasks.py', 885), params: ['inner'] }, native: (i) => {
    innerRegistered = false;
    try {
      if (outer.state === 'CANCELLED') {
        if (!cancelledVia(i)) rt.decref(exceptionVia(i));
        return;
      }
      if (cancelledVia(i)) {
        cancelFuture(outer);
        return;
      }
      const exc = exceptionVia(i);
      try {
        if (exc !== rt.None) setException(outer, exc);
        else {
          const r = resultVia(i);
          try {
            setResult(outer, r);
          } finally {
            rt.decref(r);
          }
        }
      } finally {
        rt.decref(exc);
      }
    } finally {
      rt.decref(outer);
    }
  } };
  const outerDone: DoneCallback = { fn: null, label: { name: 'shield.<locals>._outer_done_callback', at: asyncioSource('tasks.py', 902), params: ['outer'] }, native: () => {
    try {
      if (inner.state === 'PENDING') {
        removeDoneCallbackVia(inner, innerDone);
        if (innerRegistered) {
          innerRegistered = false;
          rt.decref(outer);
        }
      }
    } finally {
      rt.decref(inner);
    }
  } };
  rt.incref(outer);
  addDoneCallbackVia(inner, innerDone);
  addDoneCallback(outer, outerDone);
  return outer;
}

function num(o: rt.PyObject): number {
  if (o instanceof rt.PyFloat) return o.value;
  if (o instanceof rt.PyInt) return Number(o.value);
  throw rt.typeError(`'<=' not supported between instances of '${o.type.name}' and 'int'`);
}

/** The functions of this file. */
export const moreFunctions: readonly rt.NativeDef[] = [
  {
    name: 'wait_for',
    kind: 'fastkw',
    impl: (_s, args, kwnames) => {
      const { pos, kw } = splitArgs(args, kwnames);
      const fut = pos[0] ?? kw.get('fut');
      const t = pos[1] ?? kw.get('timeout');
      if (fut === undefined || t === undefined) throw rt.typeError("wait_for() missing 1 required positional argument: 'timeout'");
      const loop = kw.get('loop');
      const self: CoroRef = { coro: null };
      const coro = newNativeCoro('wait_for', waitForBody(fut, t, loop, self), [fut, t, loop].filter((o) => o !== undefined).map((o) => rt.incref(o)));
      self.coro = coro;
      if (t === rt.None) coro.lineno = WAIT_FOR_NO_TIMEOUT_LINE;
      else if ((t instanceof rt.PyInt || t instanceof rt.PyFloat) && num(t) <= 0) coro.lineno = WAIT_FOR_EXPIRED_LINE;
      return coro;
    },
  },
  {
    name: 'shield',
    kind: 'fastkw',
    impl: (_s, args, kwnames) => {
      const { pos, kw } = splitArgs(args, kwnames);
      const l = kw.get('loop');
      if (l !== undefined && l !== rt.None) warnLoopArgument();
      return shield(pos[0] ?? rt.None, l === undefined || l === rt.None ? null : l);
    },
  },
  { name: 'isfuture', kind: 'o', impl: (_s, args) => rt.newBool(isFuture(args[0] as rt.PyObject)) },
  {
    // `futures.wrap_future(future, *, loop=None)`: a future is returned as it is; with no
    // `concurrent.futures` in corosim, anything else fails the function's assertion.
    name: 'wrap_future',
    kind: 'fastkw',
    impl: (_s, args) => wrapFuture(args[0] as rt.PyObject),
  },
];

/**
 * `futures.wrap_future(future)` (new reference): an asyncio future as it is; with no
 * `concurrent.futures` in corosim, anything else fails the function's assertion.
 */
export function wrapFuture(future: rt.PyObject): rt.PyObject {
  if (isFuture(future)) return rt.incref(future);
  throw rt.raiseValue(rt.newExceptionStealing(rt.Exceptions.AssertionError, [rt.newStr(`concurrent.futures.Future is expected, got ${rt.reprText(future)}`)]));
}
