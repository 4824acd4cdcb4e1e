/**
 * `ensure_future` of an awaitable that is neither a coroutine nor a future: tasks.py's
 * `_wrap_awaitable`, a generator-based coroutine doing `return (yield from awaitable.__await__())`,
 * with `yield from`'s delegation of `send`, `throw` and `close`. Mirrors CPython 3.8
 * Lib/asyncio/tasks.py (`ensure_future`, `_wrap_awaitable`) and Lib/inspect.py (`isawaitable`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { callMethod } from './loop-object.ts';
import { PyNativeCoro, newNativeCoro, type CoroBody } from './native-coro.ts';
import { takeException } from './state.ts';

/** `inspect.isawaitable` for what is not a coroutine: the type defines `__await__`. */
export function isAwaitable(o: rt.PyObject): boolean {
  return o.type.amAwait !== undefined || rt.lookupType(o.type, '__await__') !== null;
}

/** Closes a delegate as `gen_close_iter` does (its `close()`, if any). */
function closeDelegate(it: rt.PyObject): void {
  const close = rt.getAttrOrNull(it, rt.internStr('close'));
  if (close === null) return;
  try {
    rt.decref(rt.callObject(close, []));
  } finally {
    rt.decref(close);
  }
}

/** One step of the delegate: `send(value)` (`__next__` for None) or `throw(exc)`; null when it returned. */
function stepDelegate(it: rt.PyObject, value: rt.PyObject, exc: rt.PyBaseException | null): { out: rt.PyObject } | { result: rt.PyObject } {
  try {
    if (exc !== null) return { out: callMethod(it, 'throw', [exc]) };
    if (value === rt.None) {
      const slot = it.type.iternext;
      if (slot === undefined) throw rt.typeError(`'${it.type.name}' object is not an iterator`);
      const out = slot(it);
      return out === null ? { result: rt.newNone() } : { out };
    }
    return { out: callMethod(it, 'send', [value]) };
  } catch (e) {
    if (e instanceof rt.PyRaise && rt.exceptionMatches(e, rt.Exceptions.StopIteration)) return { result: rt.stopIterationValue(e) };
    throw e;
  }
}

/** `yield from it`: the delegation loop of YIELD_FROM (`it` owned by the caller). */
export function* yieldFrom(it: rt.PyObject): CoroBody {
  let value: rt.PyObject = rt.None;
  let exc: rt.PyBaseException | null = null;
  for (;;) {
    let step: { out: rt.PyObject } | { result: rt.PyObject };
    try {
      step = stepDelegate(it, value, exc);
    } finally {
      if (exc !== null) rt.decref(exc);
      exc = null;
    }
    if ('result' in step) return step.result;
    try {
      value = yield step.out;
    } catch (e) {
      if (!(e instanceof rt.PyRaise)) throw e;
      if (rt.exceptionMatches(e, rt.Exceptions.GeneratorExit)) {
        closeDelegate(it);
        throw e;
      }
      const m = rt.getAttrOrNull(it, rt.internStr('throw'));
      if (m === null) throw e;
      rt.decref(m);
      value = rt.None;
      exc = takeException(e);
    }
  }
}

/**
 * GET_YIELD_FROM_ITER in an iterable coroutine (new reference): a coroutine stays itself, the rest
 * go through iter(). A native coroutine is also the `coroutine_wrapper` its `__await__` would return.
 */
export function yieldFromIter(o: rt.PyObject): rt.PyObject {
  return rt.isAwaitableGenerator(o) || o instanceof PyNativeCoro ? rt.incref(o) : rt.getIter(o);
}

/** `return (yield from awaitable.__await__())`: `__await__` is called when the coroutine first runs. */
function* wrapBody(awaitable: rt.PyObject): CoroBody {
  yield* [];
  const result = callMethod(awaitable, '__await__', []);
  let it: rt.PyObject;
  try {
    it = yieldFromIter(result);
  } finally {
    rt.decref(result);
  }
  try {
    return yield* yieldFrom(it);
  } finally {
    rt.decref(it);
  }
}

/** `_wrap_awaitable(awaitable)`: a coroutine awaiting `awaitable` (borrowed). */
export function wrapAwaitable(awaitable: rt.PyObject): PyNativeCoro {
  return newNativeCoro('_wrap_awaitable', wrapBody(awaitable), [rt.incref(awaitable)]);
}
