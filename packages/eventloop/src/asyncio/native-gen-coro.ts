/**
 * Generator-based coroutines written in TypeScript: what a call of an `@asyncio.coroutine`
 * wrapper of a plain function returns. In CPython 3.8 that wrapper (`coro` in
 * Lib/asyncio/coroutines.py) is a generator function made an iterable coroutine by
 * `types.coroutine`, so its calls make generators flagged CO_ITERABLE_COROUTINE: `await` takes them,
 * and so does `yield from` in a plain generator (where a coroutine would be refused), and they
 * never warn that they were not awaited. They step as {@link PyNativeCoro}s do.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { PyNativeCoro, nativeCoroClose, nativeCoroSend, nativeCoroThrow, nativeCoroType, type CoroBody, type Owned } from './native-coro.ts';
import { newFutureIter } from './future-iter.ts';
import type { NativeSource } from './native-sources.ts';

/** The type of native generator-based coroutines (shows as `generator`, as CPython's are). */
export const nativeGenCoroType: rt.PyType = rt.staticType({ name: 'generator', basicsize: 96, flags: rt.TPFLAGS_HAVE_GC });
nativeGenCoroType.weakrefable = true;

/**
 * A generator-based coroutine running `body`, named `qualname` (its function's `__qualname__`),
 * owning the references in `owned`; `source` is where CPython's generator function is defined.
 */
export function newNativeGenCoro(qualname: string, body: CoroBody, owned: Owned, source: NativeSource): PyNativeCoro {
  return new PyNativeCoro(qualname, body, owned, source, nativeGenCoroType);
}

// `await` and GET_YIELD_FROM_ITER take it as it is (an iterable coroutine is its own iterator).
nativeGenCoroType.amAwait = (self) => rt.incref(self);
nativeGenCoroType.iter = (self) => rt.incref(self);
nativeGenCoroType.iternext = nativeCoroType.iternext;
nativeGenCoroType.sendStep = nativeCoroType.sendStep;
nativeGenCoroType.finalize = nativeCoroType.finalize;
nativeGenCoroType.dealloc = nativeCoroType.dealloc;
nativeGenCoroType.traverse = nativeCoroType.traverse;
nativeGenCoroType.repr = (self) => rt.newStr(`<generator object ${(self as PyNativeCoro).qualname} at 0x${self.address.toString(16)}>`);
rt.addMethods(nativeGenCoroType, [
  { name: 'send', kind: 'o', impl: (self, args) => nativeCoroSend(self, args[0] as rt.PyObject) },
  { name: 'throw', kind: 'fast', impl: (self, args) => nativeCoroThrow(self as PyNativeCoro, args) },
  { name: 'close', kind: 'noargs', impl: (self) => nativeCoroClose(self as PyNativeCoro) },
]);
rt.addGetSets(nativeGenCoroType, [
  { name: '__name__', get: (self) => rt.newStr((self as PyNativeCoro).qualname.split('.').pop() ?? '') },
  { name: '__qualname__', get: (self) => rt.newStr((self as PyNativeCoro).qualname) },
  {
    // DEVIATION(cpython): as for native coroutines (native-coro.ts), the class reported is the
    // built-in one, so `isinstance(g, types.GeneratorType)` and `inspect.isgenerator` say True.
    name: '__class__',
    get: () => rt.incref(rt.generatorType),
    set: () => {
      throw rt.typeError('__class__ assignment only supported for heap types or ModuleType subclasses');
    },
  },
  { name: 'gi_running', get: (self) => rt.newBool((self as PyNativeCoro).running) },
  { name: 'gi_frame', get: () => rt.newNone() },
  {
    name: 'gi_yieldfrom',
    get: (self) => {
      const fut = (self as PyNativeCoro).awaitedFuture;
      return fut === null ? rt.newNone() : newFutureIter(fut);
    },
  },
]);
