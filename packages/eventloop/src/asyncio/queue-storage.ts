/**
 * A queue's items and the base `_init`, `_put`, `_get`, `qsize` and `empty` of `asyncio.Queue`,
 * `LifoQueue` and `PriorityQueue`: the items live in a ring buffer (used as a deque, as a stack,
 * or as a `heapq` heap compared with Python's `<`: every end costs constant time), unless Python code set `self._queue` (a
 * subclass's `_init` does, to keep its items in its own container), in which case the base
 * methods work on that object as queues.py's do. Mirrors CPython 3.8 Lib/asyncio/queues.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { callAttr, importModule } from './snapshots.ts';

/** Which of the three classes' `_put`/`_get` a queue has. */
export type QueueKind = 'fifo' | 'lifo' | 'priority';

/** What the base methods read and write. */
export interface QueueStorage {
  readonly kind: QueueKind;
  /** The items (owned) while `_queue` is corosim's own. */
  items: rt.DequeItems;
  /** `self._queue` as Python code set it (owned), or null: the items are `items`. */
  pyQueue: rt.PyObject | null;
}

function lessThan(a: rt.PyObject, b: rt.PyObject): boolean {
  return rt.richCompareBool(a, b, 0);
}


/** `heapq.<name>(*args)` (new reference). */
function heapq(name: string, args: readonly rt.PyObject[]): rt.PyObject {
  const mod = importModule('heapq');
  try {
    return callAttr(mod, name, args);
  } finally {
    rt.decref(mod);
  }
}

/** Lets go of the items and of a `_queue` set from Python. */
export function releaseStorage(q: QueueStorage): void {
  const { items, pyQueue } = q;
  q.items = new rt.DequeItems();
  q.pyQueue = null;
  for (const o of items.toArray()) rt.decref(o);
  rt.xdecref(pyQueue);
}

/** `self._queue = value` (borrowed): the queue's items are now that object's. */
export function setPyQueue(q: QueueStorage, value: rt.PyObject): void {
  const old = q.pyQueue;
  const items = q.items;
  q.pyQueue = rt.incref(value);
  q.items = new rt.DequeItems();
  for (const o of items.toArray()) rt.decref(o);
  rt.xdecref(old);
}

/** The base `_init(maxsize)`: an empty deque (a list for the other two) of corosim's own. */
export function baseInit(q: QueueStorage): void {
  releaseStorage(q);
}

/** The base `qsize()`: `len(self._queue)`. */
export function baseSize(q: QueueStorage): number {
  return q.pyQueue === null ? q.items.length : rt.length(q.pyQueue);
}

/** The base `empty()`: `not self._queue`. */
export function baseEmpty(q: QueueStorage): boolean {
  return q.pyQueue === null ? q.items.length === 0 : !rt.isTrue(q.pyQueue);
}

/** The base `_put(item)` (item borrowed): append, or `heappush`. */
export function basePut(q: QueueStorage, item: rt.PyObject): void {
  if (q.pyQueue !== null) {
    rt.decref(q.kind === 'priority' ? heapq('heappush', [q.pyQueue, item]) : callAttr(q.pyQueue, 'append', [item]));
    return;
  }
  const items = q.items;
  items.push(rt.incref(item));
  if (q.kind !== 'priority') return;
  let pos = items.length - 1;
  while (pos > 0) {
    const parentPos = (pos - 1) >> 1;
    const parent = items.at(parentPos);
    if (!lessThan(item, parent)) break;
    items.set(pos, parent);
    pos = parentPos;
  }
  items.set(pos, item);
}

/** The base `_get()` (new reference): `popleft()`, `pop()`, or `heappop`. */
export function baseGet(q: QueueStorage): rt.PyObject {
  if (q.pyQueue !== null) {
    if (q.kind === 'priority') return heapq('heappop', [q.pyQueue]);
    return callAttr(q.pyQueue, q.kind === 'fifo' ? 'popleft' : 'pop', []);
  }
  const items = q.items;
  if (q.kind === 'fifo') return items.shift() ?? rt.newNone();
  const last = items.pop() ?? rt.newNone();
  if (q.kind === 'lifo' || items.length === 0) return last;
  const top = items.at(0);
  // heapq._siftup then _siftdown, as heappop does.
  const end = items.length;
  let pos = 0;
  let child = 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lessThan(items.at(child), items.at(right))) child = right;
    items.set(pos, items.at(child));
    pos = child;
    child = 2 * pos + 1;
  }
  while (pos > 0) {
    const parentPos = (pos - 1) >> 1;
    const parent = items.at(parentPos);
    if (!lessThan(last, parent)) break;
    items.set(pos, parent);
    pos = parentPos;
  }
  items.set(pos, last);
  return top;
}
