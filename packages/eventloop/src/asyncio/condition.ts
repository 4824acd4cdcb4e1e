/**
 * `asyncio.Condition`, `asyncio.Semaphore` and `asyncio.BoundedSemaphore`. Mirrors CPython 3.8
 * Lib/asyncio/locks.py (`Condition`, `Semaphore`, `BoundedSemaphore`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { addPythonMethods, checkInitArgs } from './python-method.ts';
import { appendWaiter, removeWaiter, setWaiterResult, waiterCancelled, waiterCount, waiterDone, waiterItems, wakeUpFirstWaiter, noWaiterDeque } from './waiter-deque.ts';
import { addContextManagerMixin, awaitMethod, coroMethod, initLock, lockType, type PyLock } from './locks.ts';
import { awaitOwnedWaiter, newWaiter } from './loop-future.ts';
import { contextManagerMixinType } from './context-manager-mixin.ts';
import { callMethod } from './loop-object.ts';
import { isCancelled, type CoroBody } from './native-coro.ts';
import { CancelledError, cleanupThenRethrow, raiseNew, splitArgs } from './state.ts';
import { allocateSync, bindLoop, clearSync, hasLoopArgument, intArg, loopArgument, loopOf, PySync, reprWith, setNewWaiters, syncType, traverseSync, waitersAttribute, warnDeprecated, withWaiters } from './sync-base.ts';

const RuntimeError = rt.Exceptions.RuntimeError;

/** A condition: its lock (owned) and the futures of `wait()`. */
class PyCondition extends PySync {
  lock: rt.PyObject | null = null;
}

/** The `asyncio.locks.Condition` type. */
export const conditionType: rt.PyType = syncType('Condition', 'asyncio.locks', (type) => new PyCondition(type, rt.allocateAddress(type)), contextManagerMixinType);
const baseDealloc = conditionType.dealloc;
conditionType.dealloc = (self) => {
  rt.clearWeakrefs(self);
  const c = self as PyCondition;
  const lock = c.lock;
  c.lock = null;
  rt.xdecref(lock);
  if (baseDealloc !== undefined) baseDealloc(self);
};
conditionType.traverse = (self, visit) => {
  const c = self as PyCondition;
  traverseSync(c, visit);
  if (c.lock !== null) visit(c.lock);
};
conditionType.clear = (self) => {
  const c = self as PyCondition;
  const lock = c.lock;
  c.lock = null;
  clearSync(c);
  rt.xdecref(lock);
};

function lockOf(c: PyCondition): rt.PyObject {
  if (c.lock === null) throw rt.attributeError("'Condition' object has no attribute '_lock'");
  return c.lock;
}

function isLocked(c: PyCondition): boolean {
  const r = callMethod(lockOf(c), 'locked', []);
  const b = rt.isTrue(r);
  rt.decref(r);
  return b;
}

/** Where `Condition.__init__` makes its lock, `Lock(loop=loop)` (asyncio/locks.py). */
const CONDITION_LOCK = { file: 'locks.py', line: 335 } as const;

conditionType.init = (self, args, kwnames) => {
  const c = self as PyCondition;
  checkInitArgs(args, kwnames, ['lock']);
  const { pos, kw } = splitArgs(args, kwnames);
  const loopKw = kw.get('loop');
  bindLoop(c, loopArgument(loopKw));
  const lockArg = pos[0] ?? kw.get('lock') ?? rt.None;
  let lock: rt.PyObject;
  if (lockArg === rt.None) {
    // `Lock(loop=loop)`: with a loop given, the lock never asks for the current one.
    if (hasLoopArgument(loopKw)) {
      const l = allocateSync(lockType) as PyLock;
      // Its own deprecation warning names the line of `Condition.__init__` making it.
      initLock(l, loopKw, CONDITION_LOCK);
      lock = l;
    } else {
      lock = rt.callObject(lockType, []);
    }
  } else {
    const lockLoop = rt.getAttrString(lockArg, '_loop');
    rt.decref(lockLoop);
    if (lockLoop !== c.loop) throw rt.valueError('loop argument must agree with lock');
    lock = rt.incref(lockArg);
  }
  const old = c.lock;
  c.lock = lock;
  rt.xdecref(old);
  setNewWaiters(c);
};
conditionType.repr = (self) => {
  const c = self as PyCondition;
  return reprWith(self, withWaiters(isLocked(c) ? 'locked' : 'unlocked', c.waiters));
};

/** `Condition.wait()`: the outcome of waiting, then the lock taken back even if cancelled. */
function* conditionWait(self: rt.PyObject): CoroBody {
  const c = self as PyCondition;
  if (!isLocked(c)) throw raiseNew(RuntimeError, 'cannot wait on un-acquired lock');
  rt.decref(callMethod(lockOf(c), 'release', []));
  let failure: { readonly error: unknown } | null = null;
  const fut = newWaiter(loopOf(c));
  try {
    if (c.waiters === null) throw noWaiterDeque(c);
    appendWaiter(c.waiters, fut);
    try {
      rt.decref(yield* awaitOwnedWaiter(fut));
    } finally {
      removeWaiter(c.waiters, fut);
    }
  } catch (e) {
    failure = { error: e };
  } finally {
    rt.decref(fut);
  }
  let cancelled = false;
  for (;;) {
    try {
      rt.decref(yield* awaitMethod(lockOf(c), 'acquire'));
      break;
    } catch (e) {
      if (!isCancelled(e)) {
        if (failure !== null && failure.error instanceof rt.PyRaise) rt.clearRaise(failure.error);
        throw e;
      }
      rt.clearRaise(e);
      cancelled = true;
    }
  }
  if (cancelled) {
    if (failure !== null && failure.error instanceof rt.PyRaise) rt.clearRaise(failure.error);
    throw raiseNew(CancelledError, null);
  }
  if (failure !== null) throw failure.error;
  return rt.newBool(true);
}

/** `Condition.wait_for(predicate)`. */
function* conditionWaitFor(self: rt.PyObject, args: readonly rt.PyObject[]): CoroBody {
  const predicate = args[0];
  if (predicate === undefined) throw rt.typeError("wait_for() missing 1 required positional argument: 'predicate'");
  let result = rt.callObject(predicate, []);
  while (!rt.isTrue(result)) {
    rt.decref(result);
    rt.decref(yield* awaitMethod(self, 'wait'));
    result = rt.callObject(predicate, []);
  }
  return result;
}

/** `Condition.notify(n=1)`. */
function notify(c: PyCondition, nArg: rt.PyObject | number | null): void {
  if (!isLocked(c)) throw raiseNew(RuntimeError, 'cannot notify on un-acquired lock');
  let idx = 0;
  const waiting = waiterItems(c.waiters).map((w) => rt.incref(w));
  try {
    for (const fut of waiting) {
      // `if idx >= n: break`, compared only when there is a waiter.
      const n = nArg === null ? 1 : typeof nArg === 'number' ? nArg : intArg(nArg, (t) => `'>=' not supported between instances of 'int' and '${t}'`);
      if (idx >= n) break;
      if (!waiterDone(fut)) {
        idx += 1;
        setWaiterResult(fut, rt.False);
      }
    }
  } finally {
    for (const fut of waiting) rt.decref(fut);
  }
}

addContextManagerMixin(conditionType);
// `self.locked = lock.locked` (and `acquire`, `release`) in `Condition.__init__`: the lock's own
// bound methods.
rt.addGetSets(conditionType, ['locked', 'acquire', 'release'].map((name) => ({ name, get: (self: rt.PyObject) => rt.getAttrString(lockOf(self as PyCondition), name) })));
addPythonMethods(conditionType, 'asyncio.locks', conditionType, [
  { def: coroMethod('wait', 'Condition.wait', conditionWait), params: [], coroutine: true },
  { def: coroMethod('wait_for', 'Condition.wait_for', conditionWaitFor), params: ['predicate'], coroutine: true },
  { def: { name: 'notify', kind: 'fast', impl: (self, args) => (notify(self as PyCondition, args[0] ?? null), rt.newNone()) }, params: ['n'], required: 0 },
  { def: { name: 'notify_all', kind: 'noargs', impl: (self) => (notify(self as PyCondition, waiterCount((self as PyCondition).waiters)), rt.newNone()) } },
]);
rt.addGetSets(conditionType, [
  { name: '_loop', get: (self) => rt.incref((self as PyCondition).loop ?? rt.None) },
  { name: '_lock', get: (self) => rt.incref((self as PyCondition).lock ?? rt.None) },
  { name: '_waiters', get: (self) => waitersAttribute(self as PyCondition) },
]);

/** A semaphore: its counter and, when bounded, its initial value. */
class PySemaphore extends PySync {
  value = 1;
  bound: number | null = null;
}

/** The `asyncio.locks.Semaphore` type. */
export const semaphoreType: rt.PyType = syncType('Semaphore', 'asyncio.locks', (type) => new PySemaphore(type, rt.allocateAddress(type)), contextManagerMixinType);
/** The `asyncio.locks.BoundedSemaphore` type. */
export const boundedSemaphoreType: rt.PyType = syncType('BoundedSemaphore', 'asyncio.locks', (type) => new PySemaphore(type, rt.allocateAddress(type)), semaphoreType);

/** Where `BoundedSemaphore.__init__` calls `super().__init__(value, loop=loop)` (asyncio/locks.py). */
const BOUNDED_SUPER_INIT = { file: 'locks.py', line: 529 } as const;

function initSemaphore(s: PySemaphore, args: readonly rt.PyObject[], kwnames: readonly string[] | null, bounded: boolean): void {
  const { pos, kw } = splitArgs(args, kwnames);
  const v = pos[0] ?? kw.get('value');
  const value = v === undefined ? 1 : intArg(v, (t) => `'<' not supported between instances of '${t}' and 'int'`);
  const loop = kw.get('loop');
  if (bounded) {
    if (loop !== undefined && rt.isTrue(loop)) warnDeprecated('The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.');
    s.bound = value;
  }
  if (value < 0) throw rt.valueError('Semaphore initial value must be >= 0');
  s.value = value;
  setNewWaiters(s);
  // A BoundedSemaphore's `super().__init__(value, loop=loop)` warns again, naming that line.
  bindLoop(s, loopArgument(loop, bounded ? BOUNDED_SUPER_INIT : true));
}
semaphoreType.init = (self, args, kwnames) => {
  checkInitArgs(args, kwnames, ['value']);
  initSemaphore(self as PySemaphore, args, kwnames, false);
};
boundedSemaphoreType.init = (self, args, kwnames) => {
  checkInitArgs(args, kwnames, ['value']);
  initSemaphore(self as PySemaphore, args, kwnames, true);
};
semaphoreType.repr = (self) => {
  const s = self as PySemaphore;
  return reprWith(self, withWaiters(s.value === 0 ? 'locked' : `unlocked, value:${s.value}`, s.waiters));
};

/** `Semaphore._wake_up_next`. */
function wakeUpNext(s: PySemaphore): void {
  wakeUpFirstWaiter(s.waiters);
}

/** `acquire`'s path on a semaphore with a unit left (see fast-start.ts). */
function semaphoreAcquireAtOnce(self: rt.PyObject): rt.PyObject | null {
  const s = self as PySemaphore;
  if (s.value <= 0) return null;
  s.value -= 1;
  return rt.newBool(true);
}

/** `Semaphore.acquire()`. */
function* semaphoreAcquire(self: rt.PyObject): CoroBody {
  const s = self as PySemaphore;
  while (s.value <= 0) {
    const fut = newWaiter(loopOf(s));
    if (s.waiters === null) {
      rt.decref(fut);
      throw noWaiterDeque(s);
    }
    appendWaiter(s.waiters, fut);
    try {
      rt.decref(yield* awaitOwnedWaiter(fut));
    } catch (e) {
      cleanupThenRethrow(e, () => {
        rt.decref(callMethod(fut, 'cancel', []));
        if (s.value > 0 && !waiterCancelled(fut)) wakeUpNext(s);
      });
    } finally {
      rt.decref(fut);
    }
  }
  s.value -= 1;
  return rt.newBool(true);
}

function semaphoreRelease(s: PySemaphore): void {
  if (s.bound !== null && s.value >= s.bound) throw rt.valueError('BoundedSemaphore released too many times');
  s.value += 1;
  wakeUpNext(s);
}

addContextManagerMixin(semaphoreType);
const releaseDef: rt.NativeDef = { name: 'release', kind: 'noargs', impl: (self) => (semaphoreRelease(self as PySemaphore), rt.newNone()) };
addPythonMethods(semaphoreType, 'asyncio.locks', semaphoreType, [
  { def: { name: 'locked', kind: 'noargs', impl: (self) => rt.newBool((self as PySemaphore).value === 0) } },
  { def: coroMethod('acquire', 'Semaphore.acquire', semaphoreAcquire, semaphoreAcquireAtOnce), params: [], coroutine: true },
  { def: releaseDef },
]);
// `BoundedSemaphore.release` overrides `Semaphore.release` (the bound check is in the shared body).
addPythonMethods(boundedSemaphoreType, 'asyncio.locks', semaphoreType, [{ def: releaseDef }]);
rt.addGetSets(semaphoreType, [
  { name: '_loop', get: (self) => rt.incref((self as PySemaphore).loop ?? rt.None) },
  { name: '_value', get: (self) => rt.newInt((self as PySemaphore).value) },
  { name: '_waiters', get: (self) => waitersAttribute(self as PySemaphore) },
]);

boundedSemaphoreType.repr = semaphoreType.repr;
