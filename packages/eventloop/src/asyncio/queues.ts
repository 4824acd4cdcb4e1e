/**
 * `asyncio.Queue`, `asyncio.PriorityQueue` and `asyncio.LifoQueue`, with `QueueFull` and
 * `QueueEmpty`. Mirrors CPython 3.8 Lib/asyncio/queues.py (the items live in a TypeScript array:
 * a deque, a list used as a stack, or a `heapq` heap compared with Python's `<`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { newFuture, setResult, type PyFuture } from './future.ts';
import { addPythonMethods, checkInitArgs, pythonClassRoot } from './python-method.ts';
import { dequeSnapshot, listSnapshot } from './snapshots.ts';
import { PyEvent, eventSet, eventType, eventWait, initEvent, coroMethod } from './locks.ts';
import { callMethod } from './loop-object.ts';
import { awaitOwnedFuture, type CoroBody } from './native-coro.ts';
import { cleanupThenRethrow, QueueEmpty, QueueFull, raiseNew, splitArgs } from './state.ts';
import { allocateSync, bindLoop, clearSync, intArg, loopArgument, loopOf, popWaiter, PySync, removeWaiter, syncType, traverseSync } from './sync-base.ts';

type Kind = 'fifo' | 'lifo' | 'priority';

/** A queue: items (owned), getters (`waiters`) and putters, the unfinished count, `_finished`. */
class PyQueue extends PySync {
  kind: Kind = 'fifo';
  items: rt.PyObject[] = [];
  putters: PyFuture[] = [];
  maxsize: rt.PyObject | null = null;
  unfinished = 0;
  finished: PyEvent | null = null;
}

function make(kind: Kind): (type: rt.PyType) => PyQueue {
  return (type) => {
    const q = new PyQueue(type, rt.allocateAddress(type));
    q.kind = kind;
    return q;
  };
}

/** The `asyncio.queues.Queue` type. */
export const queueType: rt.PyType = syncType('Queue', 'asyncio.queues', make('fifo'));
pythonClassRoot(queueType);
/** The `asyncio.queues.PriorityQueue` type. */
export const priorityQueueType: rt.PyType = syncType('PriorityQueue', 'asyncio.queues', make('priority'), queueType);
/** The `asyncio.queues.LifoQueue` type. */
export const lifoQueueType: rt.PyType = syncType('LifoQueue', 'asyncio.queues', make('lifo'), queueType);

const baseDealloc = queueType.dealloc;
queueType.dealloc = (self) => {
  rt.clearWeakrefs(self);
  const q = self as PyQueue;
  const { items, putters, maxsize, finished } = q;
  q.items = [];
  q.putters = [];
  q.maxsize = q.finished = null;
  for (const o of items) rt.decref(o);
  for (const p of putters) rt.decref(p);
  rt.xdecref(maxsize);
  rt.xdecref(finished);
  if (baseDealloc !== undefined) baseDealloc(self);
};
priorityQueueType.dealloc = queueType.dealloc;
lifoQueueType.dealloc = queueType.dealloc;
queueType.traverse = (self, visit) => {
  const q = self as PyQueue;
  traverseSync(q, visit);
  for (const o of q.items) visit(o);
  for (const p of q.putters) visit(p);
  if (q.maxsize !== null) visit(q.maxsize);
  if (q.finished !== null) visit(q.finished);
};
queueType.clear = (self) => {
  const q = self as PyQueue;
  const { items, putters, maxsize, finished } = q;
  q.items = [];
  q.putters = [];
  q.maxsize = q.finished = null;
  clearSync(q);
  for (const o of items) rt.decref(o);
  for (const p of putters) rt.decref(p);
  rt.xdecref(maxsize);
  rt.xdecref(finished);
};
priorityQueueType.traverse = lifoQueueType.traverse = queueType.traverse;
priorityQueueType.clear = lifoQueueType.clear = queueType.clear;

/** The line of `Queue.__init__` that makes its `_finished` Event. */
const QUEUE_FINISHED_EVENT = { file: 'queues.py', line: 48 } as const;

queueType.init = (self, args, kwnames) => {
  const q = self as PyQueue;
  checkInitArgs(args, kwnames, ['maxsize']);
  const { pos, kw } = splitArgs(args, kwnames);
  const loop = kw.get('loop');
  bindLoop(q, loopArgument(loop));
  const old = q.maxsize;
  q.maxsize = rt.incref(pos[0] ?? kw.get('maxsize') ?? rt.newInt(0));
  rt.xdecref(old);
  // `self._finished = locks.Event(loop=loop)`: the Event warns too, naming this line; with a loop
  // given, it never asks for the current one.
  const given = loop !== undefined && loop !== rt.None;
  const ev = (given ? allocateSync(eventType) : rt.callObject(eventType, [])) as PyEvent;
  if (given) initEvent(ev, loop, QUEUE_FINISHED_EVENT);
  eventSet(ev);
  const oldEv = q.finished;
  q.finished = ev;
  rt.xdecref(oldEv);
};

function maxsizeOf(q: PyQueue): number {
  // `if self._maxsize <= 0:`
  return intArg(q.maxsize ?? rt.None, (t) => `'<=' not supported between instances of '${t}' and 'int'`);
}

function full(q: PyQueue): boolean {
  const m = maxsizeOf(q);
  return m <= 0 ? false : q.items.length >= m;
}

/** `Queue._wakeup_next(waiters)`. */
function wakeupNext(waiters: PyFuture[]): void {
  for (let w = popWaiter(waiters); w !== null; w = popWaiter(waiters)) {
    const pending = w.state === 'PENDING';
    if (pending) setResult(w, rt.None);
    rt.decref(w);
    if (pending) return;
  }
}

function lessThan(a: rt.PyObject, b: rt.PyObject): boolean {
  return rt.richCompareBool(a, b, 0);
}

/** `_put(item)` (item borrowed). */
function putItem(q: PyQueue, item: rt.PyObject): void {
  const items = q.items;
  items.push(rt.incref(item));
  if (q.kind !== 'priority') return;
  let pos = items.length - 1;
  while (pos > 0) {
    const parentPos = (pos - 1) >> 1;
    const parent = items[parentPos] as rt.PyObject;
    if (!lessThan(item, parent)) break;
    items[pos] = parent;
    pos = parentPos;
  }
  items[pos] = item;
}

/** `_get()` (new reference). */
function getItem(q: PyQueue): rt.PyObject {
  const items = q.items;
  if (q.kind === 'fifo') return items.shift() ?? rt.newNone();
  const last = items.pop() ?? rt.newNone();
  if (q.kind === 'lifo' || items.length === 0) return last;
  const top = items[0] as rt.PyObject;
  // heapq._siftup then _siftdown, as heappop does.
  const end = items.length;
  let pos = 0;
  let child = 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lessThan(items[child] as rt.PyObject, items[right] as rt.PyObject)) child = right;
    items[pos] = items[child] as rt.PyObject;
    pos = child;
    child = 2 * pos + 1;
  }
  while (pos > 0) {
    const parentPos = (pos - 1) >> 1;
    const parent = items[parentPos] as rt.PyObject;
    if (!lessThan(last, parent)) break;
    items[pos] = parent;
    pos = parentPos;
  }
  items[pos] = last;
  return top;
}

function putNowait(q: PyQueue, item: rt.PyObject): void {
  if (full(q)) throw raiseNew(QueueFull, null);
  putItem(q, item);
  q.unfinished += 1;
  if (q.finished !== null) q.finished.value = false;
  wakeupNext(q.waiters);
}

function getNowait(q: PyQueue): rt.PyObject {
  if (q.items.length === 0) throw raiseNew(QueueEmpty, null);
  const item = getItem(q);
  wakeupNext(q.putters);
  return item;
}

/** `await putter`/`await getter` with the clean-up of `put`/`get` when it fails. */
function* waitTurn(q: PyQueue, list: PyFuture[], stillBlocked: () => boolean): CoroBody {
  const fut = newFuture(loopOf(q));
  list.push(rt.incref(fut));
  try {
    rt.decref(yield* awaitOwnedFuture(fut));
  } catch (e) {
    cleanupThenRethrow(e, () => {
      rt.decref(callMethod(fut, 'cancel', []));
      removeWaiter(list, fut);
      if (!stillBlocked() && fut.state !== 'CANCELLED') wakeupNext(list);
    });
  } finally {
    rt.decref(fut);
  }
  return rt.newNone();
}

function* queuePut(self: rt.PyObject, args: readonly rt.PyObject[]): CoroBody {
  const q = self as PyQueue;
  const item = args[0];
  if (item === undefined) throw rt.typeError("put() missing 1 required positional argument: 'item'");
  while (full(q)) rt.decref(yield* waitTurn(q, q.putters, () => full(q)));
  putNowait(q, item);
  return rt.newNone();
}

function* queueGet(self: rt.PyObject): CoroBody {
  const q = self as PyQueue;
  while (q.items.length === 0) rt.decref(yield* waitTurn(q, q.waiters, () => q.items.length === 0));
  return getNowait(q);
}

function* queueJoin(self: rt.PyObject): CoroBody {
  const q = self as PyQueue;
  if (q.unfinished > 0 && q.finished !== null) {
    const ev = rt.incref(q.finished);
    try {
      rt.decref(yield* eventWait(ev));
    } finally {
      rt.decref(ev);
    }
  }
  return rt.newNone();
}

/** `Queue._format()`. */
function format(q: PyQueue): string {
  let result = `maxsize=${rt.reprText(q.maxsize ?? rt.None)}`;
  if (q.items.length > 0) {
    const list = rt.newListStealing(q.items.map((o) => rt.incref(o)));
    result += ` _queue=${rt.reprText(list)}`;
    rt.decref(list);
  }
  if (q.waiters.length > 0) result += ` _getters[${q.waiters.length}]`;
  if (q.putters.length > 0) result += ` _putters[${q.putters.length}]`;
  if (q.unfinished > 0) result += ` tasks=${q.unfinished}`;
  return result;
}

queueType.repr = (self) => rt.newStr(`<${self.type.name} at 0x${self.address.toString(16)} ${format(self as PyQueue)}>`);
queueType.str = (self) => rt.newStr(`<${self.type.name} ${format(self as PyQueue)}>`);

addPythonMethods(queueType, 'asyncio.queues', queueType, [
  { def: { name: 'qsize', kind: 'noargs', impl: (self) => rt.newInt((self as PyQueue).items.length) } },
  { def: { name: 'empty', kind: 'noargs', impl: (self) => rt.newBool((self as PyQueue).items.length === 0) } },
  { def: { name: 'full', kind: 'noargs', impl: (self) => rt.newBool(full(self as PyQueue)) } },
  { def: { name: 'put_nowait', kind: 'o', impl: (self, args) => (putNowait(self as PyQueue, args[0] as rt.PyObject), rt.newNone()) }, params: ['item'] },
  { def: { name: 'get_nowait', kind: 'noargs', impl: (self) => getNowait(self as PyQueue) } },
  { def: coroMethod('put', 'Queue.put', queuePut), params: ['item'], coroutine: true },
  { def: coroMethod('get', 'Queue.get', queueGet), params: [], coroutine: true },
  { def: coroMethod('join', 'Queue.join', queueJoin), params: [], coroutine: true },
  {
    def: {
      name: 'task_done',
      kind: 'noargs',
      impl: (self) => {
        const q = self as PyQueue;
        if (q.unfinished <= 0) throw rt.valueError('task_done() called too many times');
        q.unfinished -= 1;
        if (q.unfinished === 0 && q.finished !== null) eventSet(q.finished);
        return rt.newNone();
      },
    },
  },
]);
rt.addGetSets(queueType, [
  { name: 'maxsize', get: (self) => rt.incref((self as PyQueue).maxsize ?? rt.None) },
  { name: '_loop', get: (self) => rt.incref((self as PyQueue).loop ?? rt.None) },
  { name: '_unfinished_tasks', get: (self) => rt.newInt((self as PyQueue).unfinished) },
  { name: '_finished', get: (self) => rt.incref((self as PyQueue).finished ?? rt.None) },
  { name: '_maxsize', get: (self) => rt.incref((self as PyQueue).maxsize ?? rt.None) },
  { name: '_getters', get: (self) => dequeSnapshot((self as PyQueue).waiters) },
  { name: '_putters', get: (self) => dequeSnapshot((self as PyQueue).putters) },
  // A deque for `Queue`, a list (a heap for `PriorityQueue`) for the others (`_init`).
  { name: '_queue', get: (self) => ((self as PyQueue).kind === 'fifo' ? dequeSnapshot((self as PyQueue).items) : listSnapshot((self as PyQueue).items)) },
]);

for (const t of [priorityQueueType, lifoQueueType]) {
  t.init = queueType.init;
  t.repr = queueType.repr;
  t.str = queueType.str;
}

/** `Queue(loop=loop)` (new reference): a queue on `loop`, or on `get_event_loop()` when null. */
export function newQueue(loop: rt.PyObject | null): rt.PyObject {
  const q = rt.callObject(queueType, []) as PyQueue;
  if (loop !== null) {
    bindLoop(q, rt.incref(loop));
    if (q.finished !== null) bindLoop(q.finished, rt.incref(loop));
  }
  return q;
}
