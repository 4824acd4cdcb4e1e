/**
 * The `collections.deque` of waiter futures a primitive keeps (`Lock._waiters`, `Event._waiters`,
 * `Condition._waiters`, `Semaphore._waiters`, `Queue._getters` and `_putters`): a real deque,
 * the live object Python code reads and changes, as in CPython 3.8 Lib/asyncio/locks.py and
 * queues.py. Its items are the futures asyncio made, or whatever a program appended: those are
 * asked through their methods (`done()`, `cancelled()`, `set_result()`), as the Python code does.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { isExactFuture, setResult } from './future.ts';
import { callAttr, importModule } from './snapshots.ts';

/** `collections.deque()` (new reference). */
export function newWaiterDeque(): rt.PyObject {
  const collections = importModule('collections');
  try {
    return callAttr(collections, 'deque', []);
  } finally {
    rt.decref(collections);
  }
}

/** The items of a waiter deque, in order (borrowed, in a new array; empty for none or for another object). */
export function waiterItems(d: rt.PyObject | null): readonly rt.PyObject[] {
  if (d instanceof rt.PyDeque) return d.items.toArray();
  return [];
}

/** `len(waiters)`: 0 for none. */
export function waiterCount(d: rt.PyObject | null): number {
  return d === null ? 0 : rt.length(d);
}

/**
 * The AttributeError of reading `self.<attr>` (a waiter deque) on a primitive whose `__init__`
 * never made it.
 */
export function noWaiterDeque(owner: rt.PyObject, attr = '_waiters'): rt.PyRaise {
  return rt.attributeError(`'${owner.type.name}' object has no attribute '${attr}'`);
}

/**
 * Whether `d` is exactly a `collections.deque`: its methods are then the type's own (a deque has
 * no `__dict__` and its type is immutable), called here without the bound method, as
 * `LOAD_METHOD` calls them.
 */
function isExactDeque(d: rt.PyObject): d is rt.PyDeque {
  return d.type === rt.dequeType;
}

/** `waiters.append(fut)`. */
export function appendWaiter(d: rt.PyObject, fut: rt.PyObject): void {
  if (isExactDeque(d)) rt.dequeAppend(d, fut);
  else rt.decref(callAttr(d, 'append', [fut]));
}

/** `waiters.remove(fut)`; with `ignoreMissing`, the ValueError of an absent one is dropped (`except ValueError: pass`). */
export function removeWaiter(d: rt.PyObject | null, fut: rt.PyObject, ignoreMissing = false): void {
  if (d === null) return;
  try {
    rt.decref(callAttr(d, 'remove', [fut]));
  } catch (e) {
    if (!ignoreMissing || !(e instanceof rt.PyRaise) || !rt.exceptionMatches(e, rt.Exceptions.ValueError)) throw e;
    rt.clearRaise(e);
  }
}

/** `waiters.popleft()` (new reference), or null when empty. */
export function popWaiter(d: rt.PyObject | null): rt.PyObject | null {
  if (d === null) return null;
  if (isExactDeque(d)) return rt.dequePopLeft(d);
  if (rt.length(d) === 0) return null;
  return callAttr(d, 'popleft', []);
}

/** `bool(obj.name())`. */
function askBool(obj: rt.PyObject, name: string): boolean {
  const r = callAttr(obj, name, []);
  try {
    return rt.isTrue(r);
  } finally {
    rt.decref(r);
  }
}

/** `waiter.done()`. */
export function waiterDone(w: rt.PyObject): boolean {
  return isExactFuture(w) ? w.state !== 'PENDING' : askBool(w, 'done');
}

/** `waiter.cancelled()`. */
export function waiterCancelled(w: rt.PyObject): boolean {
  return isExactFuture(w) ? w.state === 'CANCELLED' : askBool(w, 'cancelled');
}

/** `waiter.set_result(value)`. */
export function setWaiterResult(w: rt.PyObject, value: rt.PyObject): void {
  if (isExactFuture(w)) setResult(w, value);
  else rt.decref(callAttr(w, 'set_result', [value]));
}

/**
 * `Semaphore._wake_up_next` and `Queue._wakeup_next(waiters)`: pops waiters until one is not
 * done, and gives that one None.
 */
export function wakeUpFirstWaiter(waiters: rt.PyObject | null): void {
  for (let w = popWaiter(waiters); w !== null; w = popWaiter(waiters)) {
    try {
      if (!waiterDone(w)) {
        setWaiterResult(w, rt.None);
        return;
      }
    } finally {
      rt.decref(w);
    }
  }
}
