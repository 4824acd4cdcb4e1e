/**
 * Coroutines written in TypeScript: a generator function that yields futures (as `await future`
 * does) becomes a Python-visible `coroutine` with `send`, `throw`, `close` and `__await__`. It
 * stands in for the `async def` functions of CPython 3.8 Lib/asyncio/tasks.py (`sleep`, `wait`,
 * `wait_for`, ...), whose objects are coroutines too.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { CancelledError, raiseNew, reraise, takeException } from './state.ts';
import { PyFuture, futureResult } from './future.ts';
import { newFutureIter } from './future-iter.ts';
import { nativeSource, type NativeSource } from './native-sources.ts';
import { keepWithException } from './frame-locals.ts';

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
  /** Visits the references the stepper owns (a generator body's locals are out of sight: none). */
  traverse?(visit: (o: rt.PyObject) => void): void;
}

/**
 * Something that keeps the references a native coroutine owns in fields of its own (a stepper
 * keeping its arguments), so that the coroutine needs no array for them.
 */
export interface OwnedReferences {
  /** The references, in the order they are released. */
  ownedReferences(): readonly rt.PyObject[];
}

/** What a native coroutine owns: nothing, one object, an array, or an {@link OwnedReferences}. */
export type Owned = readonly rt.PyObject[] | rt.PyObject | OwnedReferences;

/** The references in `owned`, in order. */
function ownedList(owned: Owned): readonly rt.PyObject[] {
  if (owned instanceof rt.PyObject) return [owned];
  return Array.isArray(owned) ? owned : (owned as OwnedReferences).ownedReferences();
}

/** The references of a coroutine that owns none (shared, never changed). */
const NOTHING_OWNED: readonly rt.PyObject[] = Object.freeze([]);

/** The native coroutine type (shows as `coroutine`). */
export const nativeCoroType: rt.PyType = rt.staticType({ name: 'coroutine', basicsize: 104, flags: rt.TPFLAGS_HAVE_GC });
nativeCoroType.weakrefable = true;

/** A coroutine whose body is a TypeScript generator. */
export class PyNativeCoro extends rt.PyObject {
  body: CoroStepper | null;
  started = false;
  running = false;
  qualname: string;
  /** The future the body is suspended on (borrowed: the body and the task hold it), or null. */
  awaitedFuture: PyFuture | null = null;
  /**
   * References the body's locals own (one entry per reference; see {@link holdWhileSuspended}):
   * the collector sees them, as it sees a suspended frame's locals. Null until the first (most
   * native coroutines hold nothing: `sleep` keeps its future in its stepper).
   */
  held: rt.PyObject[] | null = null;
  /**
   * References the coroutine holds (its bound `self`), released when it is freed: an array, the
   * one object itself (no array for the common case of one), or its stepper's fields.
   */
  owned: Owned;
  /** Where CPython defines the function (null: not one of asyncio's). */
  source: NativeSource | null;
  /** The line its frame would be at while suspended (`f_lineno`). */
  lineno: number;
  /** `cr_origin` (owned), recorded at creation when origin tracking is on, else null. */
  origin: rt.PyObject | null = null;
  constructor(qualname: string, body: CoroStepper, owned: Owned, source: NativeSource | null, type: rt.PyType = nativeCoroType) {
    super(type, rt.allocateAddress(type));
    this.qualname = qualname;
    this.body = body;
    this.owned = owned;
    this.source = source;
    this.lineno = source?.awaitLine ?? 0;
  }
}

/**
 * A native coroutine running `body`, named `qualname`; it owns the references in `owned` (one
 * object or an array). `source` is where CPython defines it, when the caller has looked it up.
 */
export function newNativeCoro(
  qualname: string, body: CoroStepper, owned: Owned = NOTHING_OWNED, source: NativeSource | null = nativeSource(qualname),
): PyNativeCoro {
  const coro = reviveNativeCoro(qualname, body, owned, source) ?? new PyNativeCoro(qualname, body, owned, source);
  // `PyCoro_New`: where the coroutine was made, as CPython records it for asyncio's own.
  const depth = rt.tstate.coroutineOriginTrackingDepth;
  if (depth > 0) {
    for (const observer of rt.originCaptureObservers) observer(depth);
    coro.origin = rt.computeOrigin(depth);
  }
  return coro;
}

/** Dead native coroutines, made new ones (a coroutine per `await queue.get()` is common). */
const nativeCoroPool = new rt.HostPool<PyNativeCoro>();

/** A kept native coroutine made live with the constructor's fields, or undefined when none is kept. */
function reviveNativeCoro(qualname: string, body: CoroStepper, owned: Owned, source: NativeSource | null): PyNativeCoro | undefined {
  const c = nativeCoroPool.take(nativeCoroType);
  if (c === undefined) return undefined;
  c.body = body;
  c.started = false;
  c.running = false;
  c.qualname = qualname;
  c.awaitedFuture = null;
  c.held = null;
  c.owned = owned;
  c.source = source;
  c.lineno = source?.awaitLine ?? 0;
  return c;
}

/**
 * The native coroutines running now, innermost last, each with the Python frame that was current
 * when it resumed: native code finding its coroutine's entry on top, with that same frame still
 * current, runs as CPython's asyncio frame would (see {@link runningNativeCoro}).
 */
const resumed: Resumption[] = [];
/** How many entries of {@link resumed} are in use (the records above are kept for reuse). */
let resumedDepth = 0;

/** An entry of {@link resumed}. */
interface Resumption {
  coro: PyNativeCoro;
  frame: unknown;
  byTask: boolean;
}

/** The innermost entry of {@link resumed}, or undefined. */
function innermost(): Resumption | undefined {
  return resumedDepth === 0 ? undefined : resumed[resumedDepth - 1];
}

/**
 * The native coroutine whose body is running with no Python frame entered since it resumed: the
 * code calling this stands in for that coroutine's own Python code in CPython.
 */
export function runningNativeCoro(): PyNativeCoro | null {
  const top = innermost();
  return top !== undefined && top.frame === rt.tstate.frame ? top.coro : null;
}

/** Whether the native coroutine running now was resumed by a task's step (no Python frame awaits it). */
export function steppedByTask(): boolean {
  const top = innermost();
  return top !== undefined && top.frame === rt.tstate.frame && top.byTask;
}

/** A finished coroutine's frame is gone, and with it the references its locals held. */
function releaseOwned(c: PyNativeCoro): void {
  const owned = c.owned;
  c.owned = NOTHING_OWNED;
  if (owned instanceof rt.PyObject) rt.decref(owned);
  else {
    const list = ownedList(owned);
    for (let i = 0; i < list.length; i++) rt.decref(list[i] as rt.PyObject);
  }
}

/** One resumption: send `value` (borrowed) or throw `exc` (borrowed). */
export function nativeCoroStep(c: PyNativeCoro, value: rt.PyObject | null, exc: rt.PyBaseException | null, byTask = false): rt.GenStep {
  const body = c.body;
  // `gen_send_ex` of an exhausted coroutine, sent a value or thrown an exception (closing does not
  // get here); an exhausted generator stops, or lets the exception thrown in out.
  if (body === null) {
    if (c.type === nativeCoroType) throw raiseNew(rt.Exceptions.RuntimeError, 'cannot reuse already awaited coroutine');
    throw exc !== null ? reraise(exc) : rt.newStopIteration(null);
  }
  if (c.running) throw rt.valueError(`${c.type.name} already executing`);
  c.running = true;
  c.started = true;
  c.awaitedFuture = null;
  let r: IteratorResult<rt.PyObject, rt.PyObject>;
  const entry = resumed[resumedDepth];
  if (entry === undefined) resumed.push({ coro: c, frame: rt.tstate.frame, byTask });
  else {
    entry.coro = c;
    entry.frame = rt.tstate.frame;
    entry.byTask = byTask;
  }
  resumedDepth++;
  try {
    r = exc !== null ? body.throw(reraise(exc)) : body.next(value ?? rt.None);
  } catch (e) {
    c.body = null;
    // Leaving the coroutine, the exception's traceback holds its frame, and the frame its arguments.
    const owned = c.owned;
    keepWithException(e, ownedList(owned));
    releaseOwned(c);
    throw e;
  } finally {
    resumedDepth--;
    c.running = false;
  }
  if (r.done === true) {
    c.body = null;
    releaseOwned(c);
  } else if (r.value instanceof PyFuture) c.awaitedFuture = r.value;
  return { done: r.done === true, value: r.value };
}

/** `coro.send(value)` (`value` borrowed): the next value yielded, or StopIteration with the result. */
export function nativeCoroSend(self: rt.PyObject, value: rt.PyObject): rt.PyObject {
  const c = self as PyNativeCoro;
  // `gen_send_ex`: a coroutine that has not started takes None only.
  if (!c.started && c.body !== null && value !== rt.None) throw rt.typeError(`can't send non-None value to a just-started ${c.type.name}`);
  const step = nativeCoroStep(c, value, null);
  if (!step.done) return step.value;
  const stop = rt.newStopIteration(step.value);
  rt.decref(step.value);
  throw stop;
}

nativeCoroType.amAwait = (self) => rt.incref(self);

// GET_YIELD_FROM_ITER takes a coroutine as it is (in a coroutine or an iterable coroutine:
// `yield from asyncio.sleep(0)` in an `@asyncio.coroutine` generator); it is not iterable.
nativeCoroType.isCoroutine = true;
nativeCoroType.iter = () => {
  throw rt.typeError("'coroutine' object is not iterable");
};
nativeCoroType.iternext = (self) => nativeCoroSend(self, rt.None);
nativeCoroType.sendStep = (self, arg) => {
  const step = nativeCoroStep(self as PyNativeCoro, arg ?? rt.None, null);
  return step.done ? rt.finishStep(step) : step;
};
nativeCoroType.repr = (self) => rt.newStr(`<coroutine object ${(self as PyNativeCoro).qualname} at 0x${self.address.toString(16)}>`);
/**
 * `_PyGen_Finalize` (`tp_finalize`, run once: by the cycle collector before it frees anything of a
 * cycle, or from the dealloc): a coroutine that never started warns that it was never awaited; a
 * suspended one is closed, what goes wrong being unraisable. So a task of a collected cycle shows
 * its coroutine done when its own finalizer reports it destroyed while pending.
 */
nativeCoroType.finalize = (self) => {
  const c = self as PyNativeCoro;
  if (c.body === null) return;
  if (!c.started) {
    // Only a coroutine warns; a generator-based one (native-gen-coro.ts) is a generator.
    if (self.type === nativeCoroType) rt.unawaitedCoroutine.warnNamed(c.qualname, self);
    return;
  }
  try {
    closeBody(c);
  } catch (e) {
    if (!(e instanceof rt.PyRaise)) throw e;
    // The exception left through the frame of CPython's asyncio coroutine, not the frame running now.
    rt.writeUnraisable(e, self, null, c.source !== null);
  }
};
nativeCoroType.dealloc = (self) => {
  const c = self as PyNativeCoro;
  // `gen_dealloc` clears the weak references first, before the finalizer runs.
  if (c.weakrefs !== null) rt.clearWeakrefs(self);
  if (rt.callFinalizerFromDealloc(self)) return;
  // A body that never started has nothing to unwind (the finalizer left it for the frame's clear).
  closeBody(c);
  releaseOwned(c);
  // `gen_dealloc` clears `cr_origin` after the frame.
  const origin = c.origin;
  c.origin = null;
  if (origin !== null) rt.decref(origin);
  rt.freeObject(self);
  c.body = null;
  if (self.type === nativeCoroType) nativeCoroPool.keep(c);
};

/**
 * `gen_close`: GeneratorExit is thrown in where the body waits, so its `except` and `finally`
 * clauses run as CPython's would (a queue's getter is cancelled); a body that waits again
 * "ignored GeneratorExit". A body that never ran has nothing to unwind.
 */
function closeBody(c: PyNativeCoro): void {
  const body = c.body;
  c.body = null;
  c.awaitedFuture = null;
  if (body === null) return;
  if (!c.started) {
    body.return(rt.None);
    return;
  }
  let r: IteratorResult<rt.PyObject, rt.PyObject>;
  c.running = true;
  try {
    r = body.throw(raiseNew(rt.Exceptions.GeneratorExit, null));
  } catch (e) {
    if (e instanceof rt.PyRaise && (rt.exceptionMatches(e, rt.Exceptions.GeneratorExit) || rt.exceptionMatches(e, rt.Exceptions.StopIteration))) {
      rt.clearRaise(e);
      return;
    }
    throw e;
  } finally {
    c.running = false;
  }
  rt.decref(r.value);
  if (r.done !== true) throw raiseNew(rt.Exceptions.RuntimeError, `${c.type.name} ignored GeneratorExit`);
}
/** `coro.throw(typ[, val[, tb]])`: the next value yielded, or StopIteration with the result. */
export function nativeCoroThrow(c: PyNativeCoro, args: readonly rt.PyObject[]): rt.PyObject {
  rt.checkThrowArity(args.length);
  // A native body has no frame: the traceback given (checked) is not kept.
  const raised = rt.throwHere(args[0] as rt.PyObject, args[1] ?? null, args[2] ?? null);
  const exc = takeException(raised);
  try {
    const step = nativeCoroStep(c, null, exc);
    if (!step.done) return step.value;
    const stop = rt.newStopIteration(step.value);
    rt.decref(step.value);
    throw stop;
  } finally {
    rt.decref(exc);
  }
}

/** `coro.close()`: GeneratorExit thrown in where the body waits; its references released. */
export function nativeCoroClose(c: PyNativeCoro): rt.PyObject {
  try {
    closeBody(c);
  } finally {
    releaseOwned(c);
  }
  return rt.newNone();
}

/** `gen_traverse`: what the coroutine owns, and what its body says it holds. */
nativeCoroType.traverse = (self, visit) => {
  const c = self as PyNativeCoro;
  const owned = c.owned;
  if (owned instanceof rt.PyObject) visit(owned);
  else for (const o of ownedList(owned)) visit(o);
  if (c.held !== null) for (const o of c.held) visit(o);
  c.body?.traverse?.(visit);
};

/**
 * Declares that the body of the native coroutine running now owns a reference to each of
 * `objects` (a local of CPython's frame) until the returned function is called: the collector
 * sees them while the coroutine is suspended. Outside a native coroutine it does nothing.
 *
 * @param objects - one entry per reference the body owns.
 * @returns the release, for the body's `finally`.
 */
export function holdWhileSuspended(...objects: rt.PyObject[]): () => void {
  const top = innermost();
  if (top === undefined || objects.length === 0) return () => undefined;
  const held = (top.coro.held ??= []);
  held.push(...objects);
  return () => {
    for (const o of objects) {
      const i = held.lastIndexOf(o);
      if (i >= 0) held.splice(i, 1);
    }
  };
}

/** `await fut` for a future the body owns a reference to while it waits (a waiter it made). */
export function* awaitOwnedFuture(fut: PyFuture): CoroBody {
  const release = holdWhileSuspended(fut);
  try {
    return yield* awaitFuture(fut);
  } finally {
    release();
  }
}
rt.addMethods(nativeCoroType, [
  { name: 'send', kind: 'o', impl: (self, args) => nativeCoroSend(self, args[0] as rt.PyObject) },
  { name: 'throw', kind: 'fast', impl: (self, args) => nativeCoroThrow(self as PyNativeCoro, args) },
  { name: 'close', kind: 'noargs', impl: (self) => nativeCoroClose(self as PyNativeCoro) },
]);
rt.addGetSets(nativeCoroType, [
  // `__name__` is the function's own name, the last part of its qualified name (`Lock.acquire`).
  { name: '__name__', get: (self) => rt.newStr((self as PyNativeCoro).qualname.split('.').pop() ?? '') },
  { name: '__qualname__', get: (self) => rt.newStr((self as PyNativeCoro).qualname) },
  {
    // DEVIATION(cpython): CPython's are `coroutine` objects themselves; this one reports that
    // class as its `__class__`, so `isinstance(c, types.CoroutineType)`, `inspect.iscoroutine`
    // and `types.coroutine` see a native coroutine (`type(c)` stays the native type).
    name: '__class__',
    get: () => rt.incref(rt.coroutineType),
    set: () => {
      throw rt.typeError('__class__ assignment only supported for heap types or ModuleType subclasses');
    },
  },
  { name: 'cr_running', get: (self) => rt.newBool((self as PyNativeCoro).running) },
  { name: 'cr_frame', get: () => rt.newNone() },
  { name: 'cr_origin', get: (self) => rt.incref((self as PyNativeCoro).origin ?? rt.None) },
  {
    // The `FutureIter` of the future the body awaits (CPython's frame yields from one).
    name: 'cr_await',
    get: (self) => {
      const fut = (self as PyNativeCoro).awaitedFuture;
      return fut === null ? rt.newNone() : newFutureIter(fut);
    },
  },
]);

/**
 * `await fut` inside a native coroutine body: yields the future until it is done, returns its
 * result. While suspended, the body holds the future once more: CPython's frame has the
 * `FutureIter` of `fut.__await__()` on its stack, dropped as soon as the frame resumes.
 */
export function* awaitFuture(fut: PyFuture): CoroBody {
  if (fut.state === 'PENDING') {
    fut.blocking = true;
    const release = holdWhileSuspended(rt.incref(fut));
    try {
      yield rt.incref(fut);
    } finally {
      release();
      rt.decref(fut);
    }
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
