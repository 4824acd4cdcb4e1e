/**
 * Coroutines written in TypeScript: a generator function that yields futures (as `await future`
 * does) becomes a Python-visible `coroutine` with `send`, `throw`, `close` and `__await__`. It
 * stands in for the `async def` functions of CPython 3.8 Lib/asyncio/tasks.py (`sleep`, `wait`,
 * `wait_for`, ...), whose objects are coroutines too.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { CancelledError, raiseNew, reraise } from './state.ts';
import { PyFuture, futureResult, newFutureIter } from './future.ts';

/** The body of a native coroutine: yields new references, receives borrowed values, returns a new reference. */
export type CoroBody = Generator<rt.PyObject, rt.PyObject, rt.PyObject>;

/**
 * What a native coroutine resumes: a {@link CoroBody}, or an object stepping by hand the way such
 * a generator would (a state machine needs far less memory than a suspended generator, which
 * keeps its registers, its closure context and the generators it delegates to).
 */
export interface CoroStepper {
  next(value: rt.PyObject): IteratorResult<rt.PyObject, rt.PyObject>;
  throw(e: unknown): IteratorResult<rt.PyObject, rt.PyObject>;
  return(value: rt.PyObject): IteratorResult<rt.PyObject, rt.PyObject>;
}

/** The references of a coroutine that owns none (shared, never changed). */
const NOTHING_OWNED: readonly rt.PyObject[] = Object.freeze([]);

/** The native coroutine type (shows as `coroutine`). */
export const nativeCoroType: rt.PyType = rt.staticType({ name: 'coroutine', basicsize: 104, flags: rt.TPFLAGS_HAVE_GC });

/** A coroutine whose body is a TypeScript generator. */
export class PyNativeCoro extends rt.PyObject {
  body: CoroStepper | null;
  started = false;
  running = false;
  readonly qualname: string;
  /** The future the body is suspended on (borrowed: the body and the task hold it), or null. */
  awaitedFuture: PyFuture | null = null;
  /**
   * References the coroutine holds (its bound `self`), released when it is freed: an array, or
   * the one object itself (no array for the common case of one).
   */
  owned: readonly rt.PyObject[] | rt.PyObject;
  constructor(qualname: string, body: CoroStepper, owned: readonly rt.PyObject[] | rt.PyObject = NOTHING_OWNED) {
    super(nativeCoroType, rt.allocateAddress(nativeCoroType));
    this.qualname = qualname;
    this.body = body;
    this.owned = owned;
  }
}

/** A native coroutine running `body`, named `qualname`; it owns the references in `owned` (one object or an array). */
export function newNativeCoro(qualname: string, body: CoroStepper, owned: readonly rt.PyObject[] | rt.PyObject = NOTHING_OWNED): PyNativeCoro {
  return new PyNativeCoro(qualname, body, owned);
}

/** One resumption: send `value` (borrowed) or throw `exc` (borrowed). */
export function nativeCoroStep(c: PyNativeCoro, value: rt.PyObject | null, exc: rt.PyBaseException | null): rt.GenStep {
  const body = c.body;
  if (body === null) {
    if (exc !== null) throw reraise(exc);
    throw raiseNew(rt.Exceptions.RuntimeError, 'cannot reuse already awaited coroutine');
  }
  if (c.running) throw rt.valueError('coroutine already executing');
  c.running = true;
  c.started = true;
  c.awaitedFuture = null;
  let r: IteratorResult<rt.PyObject, rt.PyObject>;
  try {
    r = exc !== null ? body.throw(reraise(exc)) : body.next(value ?? rt.None);
  } catch (e) {
    c.body = null;
    throw e;
  } finally {
    c.running = false;
  }
  if (r.done === true) c.body = null;
  else if (r.value instanceof PyFuture) c.awaitedFuture = r.value;
  return { done: r.done === true, value: r.value };
}

function sendImpl(self: rt.PyObject, value: rt.PyObject): rt.PyObject {
  const step = nativeCoroStep(self as PyNativeCoro, value, null);
  if (!step.done) return step.value;
  const stop = rt.newStopIteration(step.value);
  rt.decref(step.value);
  throw stop;
}

nativeCoroType.amAwait = (self) => rt.incref(self);
nativeCoroType.iternext = (self) => sendImpl(self, rt.None);
nativeCoroType.sendStep = (self, arg) => {
  const step = nativeCoroStep(self as PyNativeCoro, arg ?? rt.None, null);
  if (!step.done) return step;
  try {
    return rt.returnStep(step.value);
  } finally {
    rt.decref(step.value);
  }
};
nativeCoroType.repr = (self) => rt.newStr(`<coroutine object ${(self as PyNativeCoro).qualname} at 0x${self.address.toString(16)}>`);
nativeCoroType.dealloc = (self) => {
  const c = self as PyNativeCoro;
  if (c.body !== null && !c.started) {
    // _PyGen_Finalize: the warning names the coroutine, alive again while it is written.
    c.refcnt = 1;
    rt.unawaitedCoroutine.warnNamed(c.qualname, self);
    if (--c.refcnt !== 0) return;
  }
  const body = c.body;
  c.body = null;
  c.awaitedFuture = null;
  if (body !== null && c.started) {
    try {
      body.return(rt.None);
    } catch (e) {
      if (!(e instanceof rt.PyRaise)) throw e;
      rt.clearRaise(e);
    }
  }
  const owned = c.owned;
  c.owned = NOTHING_OWNED;
  if (owned instanceof rt.PyObject) rt.decref(owned);
  else for (const o of owned) rt.decref(o);
  rt.freeObject(self);
};
rt.addMethods(nativeCoroType, [
  { name: 'send', kind: 'o', impl: (self, args) => sendImpl(self, args[0] as rt.PyObject) },
  {
    name: 'throw',
    kind: 'fast',
    impl: (self, args) => {
      const typ = args[0] ?? rt.None;
      let exc: rt.PyBaseException;
      if (typ instanceof rt.PyBaseException) exc = rt.incref(typ);
      else if (rt.isExceptionClass(typ)) exc = rt.normalizeException(typ as rt.PyType, args[1] ?? null);
      else throw rt.typeError(`exceptions must be classes or instances deriving from BaseException, not ${typ.type.name}`);
      try {
        const step = nativeCoroStep(self as PyNativeCoro, null, exc);
        if (!step.done) return step.value;
        const stop = rt.newStopIteration(step.value);
        rt.decref(step.value);
        throw stop;
      } finally {
        rt.decref(exc);
      }
    },
  },
  {
    name: 'close',
    kind: 'noargs',
    impl: (self) => {
      const c = self as PyNativeCoro;
      const body = c.body;
      c.body = null;
      c.awaitedFuture = null;
      if (body !== null) body.return(rt.None);
      return rt.newNone();
    },
  },
  { name: '__await__', kind: 'noargs', impl: (self) => rt.incref(self) },
]);
rt.addGetSets(nativeCoroType, [
  { name: '__name__', get: (self) => rt.newStr((self as PyNativeCoro).qualname) },
  { name: '__qualname__', get: (self) => rt.newStr((self as PyNativeCoro).qualname) },
  { name: 'cr_running', get: (self) => rt.newBool((self as PyNativeCoro).running) },
  { name: 'cr_frame', get: () => rt.newNone() },
  {
    // The `FutureIter` of the future the body awaits (CPython's frame yields from one).
    name: 'cr_await',
    get: (self) => {
      const fut = (self as PyNativeCoro).awaitedFuture;
      return fut === null ? rt.newNone() : newFutureIter(fut);
    },
  },
]);

/** `await fut` inside a native coroutine body: yields the future until it is done, returns its result. */
export function* awaitFuture(fut: PyFuture): CoroBody {
  if (fut.state === 'PENDING') {
    fut.blocking = true;
    yield rt.incref(fut);
    if (stillPending(fut)) throw raiseNew(rt.Exceptions.RuntimeError, "await wasn't used with future");
  }
  return futureResult(fut);
}

/** Whether `e` is a CancelledError in flight. */
export function isCancelled(e: unknown): e is rt.PyRaise {
  return e instanceof rt.PyRaise && rt.exceptionMatches(e, CancelledError);
}

/** Reads a future's state after a suspension (it may have changed meanwhile). */
function stillPending(fut: { readonly state: string }): boolean {
  return fut.state === 'PENDING';
}
