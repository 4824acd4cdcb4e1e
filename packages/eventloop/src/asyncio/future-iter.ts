/**
 * `FutureIter`, what `await future` and `yield from future` drive: it yields the pending future
 * once and then returns its result; `throw` raises what it is given and `close` lets the future
 * go. Mirrors CPython 3.8 Modules/_asynciomodule.c (`FutureIter_iternext`, `FutureIter_throw`,
 * `future_new_iter`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyFuture, ensureAlive, futureResult, futureType } from './future.ts';
import { raiseNew } from './state.ts';

/** `FutureIter`: what `await future` drives. */
export const futureIterType: rt.PyType = rt.staticType({ name: 'FutureIter', module: '_asyncio', basicsize: 24, flags: rt.TPFLAGS_HAVE_GC });
// `tp_name` "_asyncio.Future" and "_asyncio.FutureIter" (Modules/_asynciomodule.c): messages name them so.
rt.markDottedTypeName(futureType, futureIterType);

class PyFutureIter extends rt.PyObject {
  future: PyFuture | null = null;
}

/** A new `FutureIter` over `fut` (borrowed). */
export function newFutureIter(fut: PyFuture): rt.PyObject {
  ensureAlive(fut);
  const it = new PyFutureIter(futureIterType, rt.allocateAddress(futureIterType));
  it.future = rt.incref(fut);
  return it;
}

/** `FutureIter_iternext`: yields the pending future once, then returns its result. */
function futureIterNext(self: rt.PyObject): rt.PyObject | null {
  const it = self as PyFutureIter;
  const fut = it.future;
  if (fut === null) return null;
  if (fut.state === 'PENDING') {
    if (!fut.blocking) {
      fut.blocking = true;
      return rt.incref(fut);
    }
    throw raiseNew(rt.Exceptions.RuntimeError, "await wasn't used with future");
  }
  it.future = null;
  try {
    const res = futureResult(fut);
    const stop = rt.newStopIteration(res);
    rt.decref(res);
    throw stop;
  } finally {
    rt.decref(fut);
  }
}
/** `FutureIter_close` (and the first step of `throw`): lets go of the future. */
function futureIterClear(it: PyFutureIter): void {
  const f = it.future;
  it.future = null;
  rt.xdecref(f);
}

/** `FutureIter_throw(type, value=None, tb=None)`: raises what it is given and lets go of the future. */
function futureIterThrow(it: PyFutureIter, args: readonly rt.PyObject[]): never {
  if (args.length < 1 || args.length > 3) {
    throw rt.typeError(args.length < 1 ? 'throw expected at least 1 argument, got 0' : `throw expected at most 3 arguments, got ${args.length}`);
  }
  const typ = args[0] as rt.PyObject;
  const val = args[1] === undefined || args[1] === rt.None ? null : args[1];
  const tb = args[2] === undefined || args[2] === rt.None ? null : args[2];
  if (tb !== null && !(tb instanceof rt.PyTraceback)) throw rt.typeError('throw() third argument must be a traceback');
  let exc: rt.PyBaseException;
  if (rt.isExceptionClass(typ)) exc = rt.normalizeException(typ as rt.PyType, val);
  else if (typ instanceof rt.PyBaseException) {
    if (val !== null) throw rt.typeError('instance exception may not have a separate value');
    exc = rt.incref(typ);
  } else throw rt.typeError('exceptions must be classes deriving BaseException or instances of such a class');
  futureIterClear(it);
  if (tb !== null) {
    try {
      rt.setAttr(exc, rt.internStr('__traceback__'), tb);
    } catch (e) {
      rt.decref(exc);
      throw e;
    }
  }
  throw rt.raiseValue(exc);
}
/** `_Py_CheckFunctionResult`'s SystemError for a method of FutureIter that returned NULL without an exception. */
function nullWithoutError(method: string): never {
  throw raiseNew(rt.Exceptions.SystemError, `<method '${method}' of '_asyncio.FutureIter' objects> returned NULL without setting an error`);
}

futureIterType.iternext = futureIterNext;
futureIterType.iter = (self) => rt.incref(self);
futureIterType.traverse = (self, visit) => {
  const f = (self as PyFutureIter).future;
  if (f !== null) visit(f);
};
futureIterType.clear = (self) => { futureIterClear(self as PyFutureIter); };
futureIterType.dealloc = (self) => {
  const it = self as PyFutureIter;
  rt.xdecref(it.future);
  it.future = null;
  rt.freeObject(self);
};
rt.addMethods(futureIterType, [
  {
    // `FutureIter_send` is `FutureIter_iternext`, whose NULL without an exception once the future
    // is gone (exhausted, thrown into, closed) makes the method call a SystemError.
    name: 'send', kind: 'o',
    impl: (self) => futureIterNext(self) ?? nullWithoutError('send'),
  },
  { name: 'throw', kind: 'fast', impl: (self, args) => futureIterThrow(self as PyFutureIter, args) },
  { name: 'close', kind: 'noargs', impl: (self) => (futureIterClear(self as PyFutureIter), rt.newNone()) },
]);

futureType.amAwait = (self) => newFutureIter(self as PyFuture);
futureType.iter = (self) => newFutureIter(self as PyFuture);
rt.addMethods(futureType, [
  { name: '__iter__', kind: 'noargs', impl: (self) => newFutureIter(self as PyFuture) },
  { name: '__await__', kind: 'noargs', impl: (self) => newFutureIter(self as PyFuture) },
]);
