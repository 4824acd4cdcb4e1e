/**
 * `_ContextManagerMixin`, the base of Lock, Condition and Semaphore: `async with` acquires and
 * releases, a plain `with` is refused, and the deprecated ways of 3.8 to hold the primitive in a
 * plain `with` (`with await lock:`, `with (yield from lock):`) acquire it and give a
 * `_ContextManager` whose `__exit__` releases it. Mirrors CPython 3.8 Lib/asyncio/locks.py
 * (`_ContextManager`, `_ContextManagerMixin`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { addPythonMethods, pythonClassRoot } from './python-method.ts';
import { callMethod } from './loop-object.ts';
import { newNativeCoro, type CoroBody } from './native-coro.ts';
import { raiseNew } from './state.ts';
import { warnDeprecated } from './sync-base.ts';
import { awaitObject } from './api-more.ts';

/** The `asyncio.locks._ContextManagerMixin` type. */
export const contextManagerMixinType: rt.PyType = rt.staticType({ name: '_ContextManagerMixin', module: 'asyncio.locks', basicsize: 16, flags: rt.TPFLAGS_BASETYPE });
pythonClassRoot(contextManagerMixinType);

/** `_ContextManager`: holds the primitive until `__exit__` releases it. */
class PyContextManager extends rt.PyObject {
  lock: rt.PyObject | null = null;
}

/** The `asyncio.locks._ContextManager` type. */
const contextManagerType: rt.PyType = rt.staticType({ name: '_ContextManager', module: 'asyncio.locks', basicsize: 32, flags: 0 });
contextManagerType.dealloc = (self) => {
  const cm = self as PyContextManager;
  const lock = cm.lock;
  cm.lock = null;
  rt.xdecref(lock);
  rt.freeObject(self);
};
rt.addMethods(contextManagerType, [
  { name: '__enter__', kind: 'noargs', impl: () => rt.newNone() },
  {
    name: '__exit__',
    kind: 'fast',
    impl: (self) => {
      const cm = self as PyContextManager;
      const lock = cm.lock;
      if (lock === null) throw rt.attributeError("'NoneType' object has no attribute 'release'");
      // `finally: self._lock = None`: crudely prevents reuse.
      cm.lock = null;
      try {
        rt.decref(callMethod(lock, 'release', []));
      } finally {
        rt.decref(lock);
      }
      return rt.newNone();
    },
  },
]);

/** `await self.acquire(); return _ContextManager(self)`. */
function* acquireCtx(self: rt.PyObject): CoroBody {
  const aw = callMethod(self, 'acquire', []);
  try {
    rt.decref(yield* awaitObject(aw));
  } finally {
    rt.decref(aw);
  }
  const cm = new PyContextManager(contextManagerType, rt.allocateAddress(contextManagerType));
  cm.lock = rt.incref(self);
  return cm;
}

/** `__await__`: the DeprecationWarning, then the `__acquire_ctx()` coroutine. */
function acquiring(self: rt.PyObject): rt.PyObject {
  warnDeprecated(AWAIT_DEPRECATED);
  return newNativeCoro('_ContextManagerMixin.__acquire_ctx', acquireCtx(self), rt.incref(self));
}

/** `__iter__`, a generator-based coroutine: it warns when it first runs, then acquires. */
function iterating(self: rt.PyObject): rt.PyObject {
  return newNativeCoro('_ContextManagerMixin.__iter__', (function* (): CoroBody {
    warnDeprecated(YIELD_FROM_DEPRECATED);
    return yield* acquireCtx(self);
  })(), rt.incref(self));
}

const AWAIT_DEPRECATED = "'with await lock' is deprecated use 'async with lock' instead";
const YIELD_FROM_DEPRECATED = "'with (yield from lock)' is deprecated use 'async with lock' instead";

/**
 * Gives a type based on the mixin the slots of the mixin's `__await__` and `__iter__` (its
 * methods it finds on the mixin).
 *
 * @param type - Lock, Condition or Semaphore.
 */
export function addWithAwait(type: rt.PyType): void {
  type.amAwait = acquiring;
  type.iter = iterating;
}

/**
 * The mixin's methods: `__enter__` refused, `__aenter__`/`__aexit__` acquiring and releasing
 * through the primitive's own `acquire` and `release`, `__await__` and `__iter__`.
 *
 * @param coroMethod - makes a method returning a native coroutine.
 * @param awaitMethod - awaits `obj.name()` inside a native coroutine.
 */
export function defineMixinMethods(
  coroMethod: (name: string, qualname: string, body: (self: rt.PyObject, args: readonly rt.PyObject[]) => CoroBody) => rt.NativeDef,
  awaitMethod: (obj: rt.PyObject, name: string) => CoroBody,
): void {
  addWithAwait(contextManagerMixinType);
  addPythonMethods(contextManagerMixinType, 'asyncio.locks', contextManagerMixinType, [
    {
      def: {
        name: '__enter__',
        kind: 'noargs',
        impl: () => {
          throw raiseNew(rt.Exceptions.RuntimeError, '"yield from" should be used as context manager expression');
        },
      },
    },
    // `def __exit__(self, *args)`.
    { def: { name: '__exit__', kind: 'fast', impl: () => rt.newNone() } },
    { def: { name: '__iter__', kind: 'noargs', impl: iterating } },
    { def: { name: '__await__', kind: 'noargs', impl: acquiring } },
    {
      def: coroMethod('__aenter__', '_ContextManagerMixin.__aenter__', function* (self): CoroBody {
        rt.decref(yield* awaitMethod(self, 'acquire'));
        return rt.newNone();
      }),
      params: [],
      coroutine: true,
    },
    {
      def: coroMethod('__aexit__', '_ContextManagerMixin.__aexit__', function* (self): CoroBody {
        yield* [];
        rt.decref(callMethod(self, 'release', []));
        return rt.newNone();
      }),
      params: ['exc_type', 'exc', 'tb'],
      coroutine: true,
    },
  ]);
}
