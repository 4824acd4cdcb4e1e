/**
 * `asyncio.Lock` and `asyncio.Event`, with the context-manager mixin the primitives share.
 * Mirrors CPython 3.8 Lib/asyncio/locks.py (`_ContextManagerMixin`, `Lock`, `Event`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { awaitObject } from './api-more.ts';
import { awaitOwnedWaiter, awaitWaiter, newWaiter } from './loop-future.ts';
import { callMethod } from './loop-object.ts';
import { holdWhileSuspended, isCancelled, newNativeCoro, type CoroBody } from './native-coro.ts';
import { FastStartBody, type FastStart } from './fast-start.ts';
import { nativeSource } from './native-sources.ts';
import { addWithAwait, contextManagerMixinType, defineMixinMethods } from './context-manager-mixin.ts';
import { cleanupThenRethrow, raiseNew, splitArgs } from './state.ts';
import { addPythonMethods, checkInitArgs, pythonClassRoot } from './python-method.ts';
import { appendWaiter, newWaiterDeque, noWaiterDeque, removeWaiter, setWaiterResult, waiterCancelled, waiterDone, waiterItems } from './waiter-deque.ts';
import { PySync, bindLoop, loopArgument, loopOf, reprWith, setNewWaiters, syncType, waitersAttribute, withWaiters, type WarnedFrom } from './sync-base.ts';

/**
 * A native method returning a coroutine named `qualname` that owns `self` and its arguments.
 * `fast`, when given, runs the body's path that finishes without waiting (see {@link FastStart}).
 */
export function coroMethod(
  name: string, qualname: string, body: (self: rt.PyObject, args: readonly rt.PyObject[]) => CoroBody, fast?: FastStart,
): rt.NativeDef {
  const source = nativeSource(qualname);
  return {
    name,
    kind: 'fast',
    impl: (self, args) => {
      // The coroutine's frame holds `self` and the arguments: the one object alone when no argument.
      let owned: rt.PyObject | rt.PyObject[];
      if (args.length === 0) owned = rt.incref(self);
      else {
        owned = [rt.incref(self)];
        for (const a of args) owned.push(rt.incref(a));
      }
      const stepper = fast === undefined ? body(self, args) : new FastStartBody(self, args, body, fast);
      return newNativeCoro(qualname, stepper, owned, source);
    },
  };
}

/** `await obj.name()` inside a native coroutine body: the result (new reference). */
export function* awaitMethod(obj: rt.PyObject, name: string): CoroBody {
  const aw = callMethod(obj, name, []);
  const release = holdWhileSuspended(aw);
  try {
    return yield* awaitObject(aw);
  } finally {
    release();
    rt.decref(aw);
  }
}

defineMixinMethods(coroMethod, awaitMethod);

/** Bases a primitive on `_ContextManagerMixin`, with the mixin's `await` and `iter` slots. */
export function addContextManagerMixin(type: rt.PyType): void {
  addWithAwait(type);
}

/** A lock: locked or not, with its FIFO of waiters (None until an acquire waits). */
export class PyLock extends PySync {
  locked = false;
}

/** The `asyncio.locks.Lock` type. */
export const lockType: rt.PyType = syncType('Lock', 'asyncio.locks', (type) => new PyLock(type, rt.allocateAddress(type)), contextManagerMixinType);

/** `Lock.__init__(*, loop=None)`. */
export function initLock(lock: PyLock, loop: rt.PyObject | undefined, warn: boolean | WarnedFrom = true): void {
  // `self._waiters = None`.
  const old = lock.waiters;
  lock.waiters = null;
  rt.xdecref(old);
  lock.locked = false;
  bindLoop(lock, loopArgument(loop, warn));
}

lockType.init = (self, args, kwnames) => {
  checkInitArgs(args, kwnames, []);
  const { kw } = splitArgs(args, kwnames);
  initLock(self as PyLock, kw.get('loop'));
};
lockType.repr = (self) => {
  const l = self as PyLock;
  return reprWith(self, withWaiters(l.locked ? 'locked' : 'unlocked', l.waiters));
};

/** `Lock._wake_up_first`. */
function wakeUpFirst(lock: PyLock): void {
  const fut = waiterItems(lock.waiters)[0];
  if (fut === undefined) return;
  rt.incref(fut);
  try {
    if (!waiterDone(fut)) setWaiterResult(fut, rt.True);
  } finally {
    rt.decref(fut);
  }
}

/** `acquire`'s path on a lock that is free with no waiter (see fast-start.ts). */
function lockAcquireAtOnce(self: rt.PyObject): rt.PyObject | null {
  const lock = self as PyLock;
  if (lock.locked || waiterItems(lock.waiters).length > 0) return null;
  lock.locked = true;
  return rt.newBool(true);
}

/** `Lock.acquire()`. */
function* lockAcquire(self: rt.PyObject): CoroBody {
  const lock = self as PyLock;
  if (!lock.locked && (lock.waiters === null || [...waiterItems(lock.waiters)].every(waiterCancelled))) {
    lock.locked = true;
    return rt.newBool(true);
  }
  if (lock.waiters === null) lock.waiters = newWaiterDeque();
  // The local `fut` and the deque hold it.
  const fut = newWaiter(loopOf(lock));
  appendWaiter(lock.waiters, fut);
  const release = holdWhileSuspended(fut);
  try {
    try {
      try {
        rt.decref(yield* awaitWaiter(fut));
      } finally {
        removeWaiter(lock.waiters, fut);
      }
    } catch (e) {
      cleanupThenRethrow(e, () => {
        if (isCancelled(e) && !lock.locked) wakeUpFirst(lock);
      });
    }
    lock.locked = true;
    return rt.newBool(true);
  } finally {
    release();
    rt.decref(fut);
  }
}

addContextManagerMixin(lockType);
addPythonMethods(lockType, 'asyncio.locks', lockType, [
  { def: { name: 'locked', kind: 'noargs', impl: (self) => rt.newBool((self as PyLock).locked) } },
  { def: coroMethod('acquire', 'Lock.acquire', lockAcquire, lockAcquireAtOnce), params: [], coroutine: true },
  {
    def: {
      name: 'release',
      kind: 'noargs',
      impl: (self) => {
        const lock = self as PyLock;
        if (!lock.locked) throw raiseNew(rt.Exceptions.RuntimeError, 'Lock is not acquired.');
        lock.locked = false;
        wakeUpFirst(lock);
        return rt.newNone();
      },
    },
  },
]);
rt.addGetSets(lockType, [
  { name: '_loop', get: (self) => rt.incref((self as PyLock).loop ?? rt.None) },
  { name: '_locked', get: (self) => rt.newBool((self as PyLock).locked) },
  // None until the first acquire that waits (`Lock.__init__` sets `_waiters = None`).
  { name: '_waiters', get: (self) => waitersAttribute(self as PyLock, true) },
]);

/** An event: a flag and the futures waiting for it. */
export class PyEvent extends PySync {
  value = false;
}

/** The `asyncio.locks.Event` type. */
export const eventType: rt.PyType = syncType('Event', 'asyncio.locks', (type) => new PyEvent(type, rt.allocateAddress(type)));
pythonClassRoot(eventType);

/** `Event.__init__(*, loop=None)`. */
export function initEvent(ev: PyEvent, loop: rt.PyObject | undefined, warn: boolean | WarnedFrom = true): void {
  setNewWaiters(ev);
  ev.value = false;
  bindLoop(ev, loopArgument(loop, warn));
}

/** `Event.set()`. */
export function eventSet(ev: PyEvent): void {
  if (ev.value) return;
  ev.value = true;
  const waiting = waiterItems(ev.waiters).map((w) => rt.incref(w));
  try {
    for (const fut of waiting) if (!waiterDone(fut)) setWaiterResult(fut, rt.True);
  } finally {
    for (const fut of waiting) rt.decref(fut);
  }
}

/** `wait`'s path on an event that is set. */
function eventWaitAtOnce(self: rt.PyObject): rt.PyObject | null {
  return (self as PyEvent).value ? rt.newBool(true) : null;
}

/** `Event.wait()`. */
export function* eventWait(self: rt.PyObject): CoroBody {
  const ev = self as PyEvent;
  if (ev.value) return rt.newBool(true);
  const fut = newWaiter(loopOf(ev));
  if (ev.waiters === null) {
    rt.decref(fut);
    throw noWaiterDeque(ev);
  }
  appendWaiter(ev.waiters, fut);
  try {
    rt.decref(yield* awaitOwnedWaiter(fut));
    return rt.newBool(true);
  } finally {
    removeWaiter(ev.waiters, fut);
    rt.decref(fut);
  }
}

eventType.init = (self, args, kwnames) => {
  checkInitArgs(args, kwnames, []);
  const { kw } = splitArgs(args, kwnames);
  initEvent(self as PyEvent, kw.get('loop'));
};
eventType.repr = (self) => {
  const ev = self as PyEvent;
  return reprWith(self, withWaiters(ev.value ? 'set' : 'unset', ev.waiters));
};
addPythonMethods(eventType, 'asyncio.locks', eventType, [
  { def: { name: 'is_set', kind: 'noargs', impl: (self) => rt.newBool((self as PyEvent).value) } },
  { def: { name: 'set', kind: 'noargs', impl: (self) => (eventSet(self as PyEvent), rt.newNone()) } },
  { def: { name: 'clear', kind: 'noargs', impl: (self) => (((self as PyEvent).value = false), rt.newNone()) } },
  { def: coroMethod('wait', 'Event.wait', eventWait, eventWaitAtOnce), params: [], coroutine: true },
]);
rt.addGetSets(eventType, [
  { name: '_loop', get: (self) => rt.incref((self as PyEvent).loop ?? rt.None) },
  { name: '_value', get: (self) => rt.newBool((self as PyEvent).value) },
  { name: '_waiters', get: (self) => waitersAttribute(self as PyEvent) },
]);
