/**
 * `asyncio.Queue`, `asyncio.PriorityQueue` and `asyncio.LifoQueue`, with `QueueFull` and
 * `QueueEmpty`. Mirrors CPython 3.8 Lib/asyncio/queues.py (the items are kept by
 * queue-storage.ts). A subclass overriding `_init`, `_put`, `_get`, `qsize`, `empty` or `full`
 * has its methods called where queues.py calls them; the others take the native path.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { appendWaiter, newWaiterDeque, noWaiterDeque, removeWaiter, waiterCancelled, waiterCount, wakeUpFirstWaiter } from './waiter-deque.ts';
import { addPythonMethods, checkInitArgs, pythonClassRoot } from './python-method.ts';
import { dequeSnapshot, listSnapshot } from './snapshots.ts';
import { baseEmpty, baseGet, baseInit, basePut, baseSize, releaseStorage, setPyQueue, type QueueKind, type QueueStorage } from './queue-storage.ts';
import { PyEvent, eventSet, eventType, eventWait, initEvent, coroMethod } from './locks.ts';
import { awaitOwnedWaiter, newWaiter } from './loop-future.ts';
import { callMethod } from './loop-object.ts';
import { type CoroBody } from './native-coro.ts';
import { cleanupThenRethrow, QueueEmpty, QueueFull, raiseNew, splitArgs } from './state.ts';
import { allocateSync, bindLoop, clearSync, intArg, loopArgument, loopOf, PySync, setNewWaiters, syncType, traverseSync, type WarnedFrom } from './sync-base.ts';

/** A queue: items (owned), getters (`waiters`) and putters, the unfinished count, `_finished`. */
class PyQueue extends PySync implements QueueStorage {
  kind: QueueKind = 'fifo';
  items = new rt.DequeItems();
  pyQueue: rt.PyObject | null = null;
  /** Whether its class overrides one of {@link OVERRIDABLE} (set by `__init__`). */
  custom = false;
  /** `_putters`: a `collections.deque` (owned; `_getters` is the base's `waiters`). */
  putters: rt.PyObject | null = null;
  maxsize: rt.PyObject | null = null;
  unfinished = 0;
  finished: PyEvent | null = null;
}

function make(kind: QueueKind): (type: rt.PyType) => PyQueue {
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
  const { putters, maxsize, finished } = q;
  q.putters = null;
  q.maxsize = q.finished = null;
  releaseStorage(q);
  rt.xdecref(putters);
  rt.xdecref(maxsize);
  rt.xdecref(finished);
  if (baseDealloc !== undefined) baseDealloc(self);
};
priorityQueueType.dealloc = queueType.dealloc;
lifoQueueType.dealloc = queueType.dealloc;
queueType.traverse = (self, visit) => {
  const q = self as PyQueue;
  traverseSync(q, visit);
  for (let i = 0; i < q.items.length; i++) visit(q.items.at(i));
  if (q.pyQueue !== null) visit(q.pyQueue);
  if (q.putters !== null) visit(q.putters);
  if (q.maxsize !== null) visit(q.maxsize);
  if (q.finished !== null) visit(q.finished);
};
queueType.clear = (self) => {
  const q = self as PyQueue;
  const { putters, maxsize, finished } = q;
  q.putters = null;
  q.maxsize = q.finished = null;
  clearSync(q);
  releaseStorage(q);
  rt.xdecref(putters);
  rt.xdecref(maxsize);
  rt.xdecref(finished);
};
priorityQueueType.traverse = lifoQueueType.traverse = queueType.traverse;
priorityQueueType.clear = lifoQueueType.clear = queueType.clear;

/** The line of `Queue.__init__` that makes its `_finished` Event. */
const QUEUE_FINISHED_EVENT = { file: 'queues.py', line: 48 } as const;

queueType.init = (self, args, kwnames) => {
  checkInitArgs(args, kwnames, ['maxsize']);
  const { pos, kw } = splitArgs(args, kwnames);
  initQueue(self as PyQueue, pos[0] ?? kw.get('maxsize'), kw.get('loop'), true, QUEUE_FINISHED_EVENT);
};

/**
 * `Queue.__init__(maxsize=0, *, loop=None)`: a loop given is warned about as `warnQueue` says, and
 * again by the queue's `Event` as `warnEvent` says; without one, `get_event_loop()` is asked.
 */
function initQueue(q: PyQueue, maxsize: rt.PyObject | undefined, loop: rt.PyObject | undefined, warnQueue: boolean | WarnedFrom, warnEvent: boolean | WarnedFrom): void {
  bindLoop(q, loopArgument(loop, warnQueue));
  const old = q.maxsize;
  q.maxsize = rt.incref(maxsize ?? rt.newInt(0));
  rt.xdecref(old);
  // `self._getters = collections.deque()`, `self._putters = collections.deque()`.
  setNewWaiters(q);
  const oldPutters = q.putters;
  q.putters = newWaiterDeque();
  rt.xdecref(oldPutters);
  // `self._finished = locks.Event(loop=loop)`: the Event warns too, naming this line; with a loop
  // given, it never asks for the current one.
  const given = loop !== undefined && loop !== rt.None;
  const ev = (given ? allocateSync(eventType) : rt.callObject(eventType, [])) as PyEvent;
  if (given) initEvent(ev, loop, warnEvent);
  eventSet(ev);
  const oldEv = q.finished;
  q.finished = ev;
  rt.xdecref(oldEv);
  q.unfinished = 0;
  q.custom = OVERRIDABLE.some((name) => rt.lookupType(q.type, name) !== rt.lookupType(queueType, name));
  // `self._init(maxsize)`.
  if (q.custom) rt.decref(callMethod(q, '_init', [q.maxsize]));
  else baseInit(q);
}

/** The methods of queues.py that a subclass may override and the others call through `self`. */
const OVERRIDABLE: readonly string[] = ['_init', '_put', '_get', 'qsize', 'empty', 'full'];

/** The live `_getters` or `_putters` deque (new reference); AttributeError before `__init__`. */
function waitersOrMissing(q: PyQueue, d: rt.PyObject | null, name: string): rt.PyObject {
  if (d === null) throw rt.attributeError(`'${q.type.name}' object has no attribute '${name}'`);
  return rt.incref(d);
}

/** `self.<name>()` as a truth value. */
function callBool(q: PyQueue, name: string): boolean {
  const r = callMethod(q, name, []);
  try {
    return rt.isTrue(r);
  } finally {
    rt.decref(r);
  }
}

/** `self.qsize()`. */
function qsize(q: PyQueue): number {
  if (!q.custom) return baseSize(q);
  const r = callMethod(q, 'qsize', []);
  try {
    return intArg(r, (t) => `'>=' not supported between instances of '${t}' and 'int'`);
  } finally {
    rt.decref(r);
  }
}

/** `self.empty()`. */
function isEmpty(q: PyQueue): boolean {
  return q.custom ? callBool(q, 'empty') : baseEmpty(q);
}

/** `self.full()`. */
function isFull(q: PyQueue): boolean {
  return q.custom ? callBool(q, 'full') : full(q);
}

/** `self._put(item)` (item borrowed). */
function putItem(q: PyQueue, item: rt.PyObject): void {
  if (q.custom) rt.decref(callMethod(q, '_put', [item]));
  else basePut(q, item);
}

/** `self._get()` (new reference). */
function getItem(q: PyQueue): rt.PyObject {
  return q.custom ? callMethod(q, '_get', []) : baseGet(q);
}

function maxsizeOf(q: PyQueue): number {
  // `if self._maxsize <= 0:`
  return intArg(q.maxsize ?? rt.None, (t) => `'<=' not supported between instances of '${t}' and 'int'`);
}

/** The base `full()`: `self.qsize() >= self._maxsize` unless the size is unbounded. */
function full(q: PyQueue): boolean {
  const m = maxsizeOf(q);
  return m <= 0 ? false : qsize(q) >= m;
}

/** `Queue._wakeup_next(waiters)`. */
function wakeupNext(waiters: rt.PyObject | null): void {
  wakeUpFirstWaiter(waiters);
}

function putNowait(q: PyQueue, item: rt.PyObject): void {
  if (isFull(q)) throw raiseNew(QueueFull, null);
  putItem(q, item);
  q.unfinished += 1;
  if (q.finished !== null) q.finished.value = false;
  wakeupNext(q.waiters);
}

function getNowait(q: PyQueue): rt.PyObject {
  if (isEmpty(q)) throw raiseNew(QueueEmpty, null);
  const item = getItem(q);
  wakeupNext(q.putters);
  return item;
}

/**
 * `await putter`/`await getter` with the clean-up of `put`/`get` when it fails; `attribute` names
 * the deque (`_putters`, `_getters`) in the error of a queue whose `__init__` never made it.
 */
function* waitTurn(q: PyQueue, list: rt.PyObject | null, attribute: string, stillBlocked: () => boolean): CoroBody {
  const fut = newWaiter(loopOf(q));
  if (list === null) {
    rt.decref(fut);
    throw noWaiterDeque(q, attribute);
  }
  appendWaiter(list, fut);
  try {
    rt.decref(yield* awaitOwnedWaiter(fut));
  } catch (e) {
    cleanupThenRethrow(e, () => {
      rt.decref(callMethod(fut, 'cancel', []));
      removeWaiter(list, fut, true);
      if (!stillBlocked() && !waiterCancelled(fut)) wakeupNext(list);
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
  while (isFull(q)) rt.decref(yield* waitTurn(q, q.putters, '_putters', () => isFull(q)));
  putNowait(q, item);
  return rt.newNone();
}

/**
 * `put`'s path when the queue has room, for a queue whose class overrides nothing and whose items
 * are its own (asking a `_queue` set from Python would run Python code twice; see fast-start.ts).
 */
function queuePutAtOnce(self: rt.PyObject, args: readonly rt.PyObject[]): rt.PyObject | null {
  const q = self as PyQueue;
  const item = args[0];
  if (q.custom || q.pyQueue !== null || item === undefined || full(q)) return null;
  putNowait(q, item);
  return rt.newNone();
}

/** `get`'s path when the queue has an item (as {@link queuePutAtOnce} is `put`'s). */
function queueGetAtOnce(self: rt.PyObject): rt.PyObject | null {
  const q = self as PyQueue;
  return q.custom || q.pyQueue !== null || baseEmpty(q) ? null : getNowait(q);
}

function* queueGet(self: rt.PyObject): CoroBody {
  const q = self as PyQueue;
  while (isEmpty(q)) rt.decref(yield* waitTurn(q, q.waiters, '_getters', () => isEmpty(q)));
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
  // `if getattr(self, '_queue', None): ... list(self._queue)`.
  if (q.pyQueue !== null ? rt.isTrue(q.pyQueue) : q.items.length > 0) {
    const list = q.pyQueue !== null ? rt.callObject(rt.listType, [q.pyQueue]) : listSnapshot(q.items.toArray());
    try {
      result += ` _queue=${rt.reprText(list)}`;
    } finally {
      rt.decref(list);
    }
  }
  const getters = waiterCount(q.waiters);
  const putters = waiterCount(q.putters);
  if (getters > 0) result += ` _getters[${getters}]`;
  if (putters > 0) result += ` _putters[${putters}]`;
  if (q.unfinished > 0) result += ` tasks=${q.unfinished}`;
  return result;
}

/** `self._format()`: a subclass may override it. */
function formatVia(q: PyQueue): string {
  if (rt.lookupType(q.type, '_format') === rt.lookupType(queueType, '_format')) return format(q);
  const r = callMethod(q, '_format', []);
  let text: rt.PyObject;
  try {
    text = rt.str(r);
  } finally {
    rt.decref(r);
  }
  try {
    return rt.strText(text);
  } finally {
    rt.decref(text);
  }
}

queueType.repr = (self) => rt.newStr(`<${self.type.name} at 0x${self.address.toString(16)} ${formatVia(self as PyQueue)}>`);
queueType.str = (self) => rt.newStr(`<${self.type.name} ${formatVia(self as PyQueue)}>`);

addPythonMethods(queueType, 'asyncio.queues', queueType, [
  { def: { name: '_init', kind: 'o', impl: (self) => (baseInit(self as PyQueue), rt.newNone()) }, params: ['maxsize'] },
  { def: { name: '_get', kind: 'noargs', impl: (self) => baseGet(self as PyQueue) } },
  { def: { name: '_put', kind: 'o', impl: (self, args) => (basePut(self as PyQueue, args[0] as rt.PyObject), rt.newNone()) }, params: ['item'] },
  { def: { name: '_format', kind: 'noargs', impl: (self) => rt.newStr(format(self as PyQueue)) } },
  { def: { name: 'qsize', kind: 'noargs', impl: (self) => rt.newInt(baseSize(self as PyQueue)) } },
  { def: { name: 'empty', kind: 'noargs', impl: (self) => rt.newBool(baseEmpty(self as PyQueue)) } },
  { def: { name: 'full', kind: 'noargs', impl: (self) => rt.newBool(full(self as PyQueue)) } },
  { def: { name: 'put_nowait', kind: 'o', impl: (self, args) => (putNowait(self as PyQueue, args[0] as rt.PyObject), rt.newNone()) }, params: ['item'] },
  { def: { name: 'get_nowait', kind: 'noargs', impl: (self) => getNowait(self as PyQueue) } },
  { def: coroMethod('put', 'Queue.put', queuePut, queuePutAtOnce), params: ['item'], coroutine: true },
  { def: coroMethod('get', 'Queue.get', queueGet, queueGetAtOnce), params: [], coroutine: true },
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
  {
    name: '_unfinished_tasks',
    get: (self) => rt.newInt((self as PyQueue).unfinished),
    set: (self, v) => {
      if (v === null) throw rt.attributeError('cannot delete attribute');
      (self as PyQueue).unfinished = intArg(v, (t) => `'>' not supported between instances of '${t}' and 'int'`);
    },
  },
  { name: '_finished', get: (self) => rt.incref((self as PyQueue).finished ?? rt.None) },
  { name: '_maxsize', get: (self) => rt.incref((self as PyQueue).maxsize ?? rt.None) },
  { name: '_getters', get: (self) => waitersOrMissing(self as PyQueue, (self as PyQueue).waiters, '_getters') },
  { name: '_putters', get: (self) => waitersOrMissing(self as PyQueue, (self as PyQueue).putters, '_putters') },
  // A deque for `Queue`, a list (a heap for `PriorityQueue`) for the others (`_init`).
  // Set from Python (a subclass's `_init`), it is that object.
  {
    name: '_queue',
    get: (self) => {
      const q = self as PyQueue;
      if (q.pyQueue !== null) return rt.incref(q.pyQueue);
      return q.kind === 'fifo' ? dequeSnapshot(q.items.toArray()) : listSnapshot(q.items.toArray());
    },
    set: (self, v) => {
      if (v === null) throw rt.attributeError('cannot delete attribute');
      setPyQueue(self as PyQueue, v);
    },
  },
]);

for (const t of [priorityQueueType, lifoQueueType]) {
  // Class statements in CPython: `__module__` in the dict and no `__new__` of their own.
  t.isPythonClass = true;
  t.init = queueType.init;
  t.repr = queueType.repr;
  t.str = queueType.str;
}

/**
 * `Queue(loop=loop)` (new reference): a queue on `loop`, or on `get_event_loop()` when null. When
 * `warnedFrom` names the line of asyncio making it, a given loop is warned about as `Queue.__init__`
 * and its `Event` warn.
 */
export function newQueue(loop: rt.PyObject | null, warnedFrom: WarnedFrom | null = null): rt.PyObject {
  if (loop === null) return rt.callObject(queueType, []);
  // `Queue(loop=loop)`: with a loop given, neither the queue nor its Event asks for the current one.
  const q = allocateSync(queueType) as PyQueue;
  try {
    initQueue(q, undefined, loop, warnedFrom ?? false, warnedFrom === null ? false : QUEUE_FINISHED_EVENT);
  } catch (e) {
    rt.decref(q);
    throw e;
  }
  return q;
}
