/**
 * `coroutine_wrapper` for native coroutines: what `asyncio.sleep(1).__await__()` returns, an
 * iterator driving the coroutine, so a plain generator can `yield from` it (an awaitable's
 * `__await__` written as a generator does). `await` itself takes the coroutine as it is.
 * Mirrors CPython 3.8 Objects/genobject.c (`_PyCoroWrapper_Type`, `coro_await`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyNativeCoro, nativeCoroClose, nativeCoroSend, nativeCoroThrow, nativeCoroType } from './native-coro.ts';

/** The `coroutine_wrapper` type of native coroutines (named as genobject.c's). */
export const nativeCoroWrapperType: rt.PyType = rt.staticType({ name: 'coroutine_wrapper', basicsize: 24, flags: rt.TPFLAGS_HAVE_GC });

/** `coro.__await__()`: an iterator over the coroutine it holds a reference to. */
export class PyNativeCoroWrapper extends rt.PyObject {
  readonly coroutine: PyNativeCoro;
  constructor(coro: PyNativeCoro) {
    super(nativeCoroWrapperType, rt.allocateAddress(nativeCoroWrapperType));
    this.coroutine = rt.incref(coro);
  }
}

function coroOf(self: rt.PyObject): PyNativeCoro {
  return (self as PyNativeCoroWrapper).coroutine;
}

nativeCoroWrapperType.dealloc = (self) => {
  rt.decref(coroOf(self));
  rt.freeObject(self);
};
nativeCoroWrapperType.traverse = (self, visit) => {
  visit(coroOf(self));
};
nativeCoroWrapperType.iter = (self) => rt.incref(self);
nativeCoroWrapperType.iternext = (self) => nativeCoroSend(coroOf(self), rt.None);
rt.addMethods(nativeCoroWrapperType, [
  { name: 'send', kind: 'o', impl: (self, args) => nativeCoroSend(coroOf(self), args[0] as rt.PyObject) },
  { name: 'throw', kind: 'fast', impl: (self, args) => nativeCoroThrow(coroOf(self), args) },
  { name: 'close', kind: 'noargs', impl: (self) => nativeCoroClose(coroOf(self)) },
]);
rt.addMethods(nativeCoroType, [{ name: '__await__', kind: 'noargs', impl: (self) => new PyNativeCoroWrapper(self as PyNativeCoro) }]);
