/**
 * What the synchronization primitives and queues share: the `loop=` argument of CPython 3.8
 * (`events.get_event_loop()` or the deprecated explicit loop with its DeprecationWarning), the
 * `collections.deque` of waiter futures, and `object.__repr__` with an `[extra]` suffix. Mirrors
 * the constructors of Lib/asyncio/locks.py and queues.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { getRunningOrPolicyLoop } from './events.ts';
import type { PyFuture } from './future.ts';
import { callMethod } from './loop-object.ts';

/** The DeprecationWarning of every `loop=` argument in 3.8. */
const LOOP_DEPRECATED = 'The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.';

/** An object bound to a loop (owned) with a deque of waiter futures (owned). */
export class PySync extends rt.PyObject {
  loop: rt.PyObject | null = null;
  waiters: PyFuture[] = [];
}

/** `warnings.warn(message, DeprecationWarning, stacklevel=2)` seen from the caller's frame. */
export function warnDeprecated(message: string): void {
  const frame = rt.tstate.frame;
  if (!(frame instanceof rt.PyFrame)) return;
  const imp = rt.dictGetStr(frame.builtins, '__import__');
  if (imp === null) return;
  const name = rt.newStr('warnings');
  const mod = rt.callObject(imp, [name]);
  rt.decref(name);
  const msg = rt.newStr(message);
  const level = rt.newInt(1);
  try {
    rt.decref(callMethod(mod, 'warn', [msg, rt.Exceptions.DeprecationWarning, level]));
  } finally {
    rt.decref(level);
    rt.decref(msg);
    rt.decref(mod);
  }
}

/** The `loop=None` keyword of a constructor: `get_event_loop()` or the explicit loop, warned about. */
export function loopArgument(loop: rt.PyObject | undefined, warn = true): rt.PyObject {
  if (loop === undefined || loop === rt.None) return getRunningOrPolicyLoop();
  if (warn) warnDeprecated(LOOP_DEPRECATED);
  return rt.incref(loop);
}

/** Whether a `loop=` argument was given (not None). */
export function hasLoopArgument(loop: rt.PyObject | undefined): boolean {
  return loop !== undefined && loop !== rt.None;
}

/** Binds `obj` to `loop` (owned), dropping an earlier binding (`__init__` may run twice). */
export function bindLoop(obj: PySync, loop: rt.PyObject): void {
  const old = obj.loop;
  obj.loop = loop;
  rt.xdecref(old);
}

/** `deque.remove(fut)`: drops the first occurrence and its reference; false if absent. */
export function removeWaiter(waiters: PyFuture[], fut: PyFuture): boolean {
  const i = waiters.indexOf(fut);
  if (i < 0) return false;
  waiters.splice(i, 1);
  rt.decref(fut);
  return true;
}

/** `deque.popleft()` (new reference), or null when empty. */
export function popWaiter(waiters: PyFuture[]): PyFuture | null {
  return waiters.shift() ?? null;
}

/** `object.__repr__(self)` with ` [extra]` before the closing bracket (`f'<{res[1:-1]} [{extra}]>'`). */
export function reprWith(self: rt.PyObject, extra: string): rt.PyObject {
  const base = rt.objectType.repr;
  let res = `<${self.type.name}>`;
  if (base !== undefined) {
    const r = base(self);
    res = rt.strText(r);
    rt.decref(r);
  }
  return rt.newStr(`<${res.slice(1, -1)} [${extra}]>`);
}

/** `f'{extra}, waiters:{len(self._waiters)}'` when there are waiters. */
export function withWaiters(extra: string, waiters: readonly PyFuture[]): string {
  return waiters.length > 0 ? `${extra}, waiters:${waiters.length}` : extra;
}

/** Drops what a primitive holds (dealloc), then frees it. */
export function deallocSync(self: PySync, more: () => void = () => undefined): void {
  more();
  const { loop, waiters } = self;
  self.loop = null;
  self.waiters = [];
  rt.xdecref(loop);
  for (const w of waiters) rt.decref(w);
  if (self.dict !== null) {
    const d = self.dict;
    self.dict = null;
    rt.decref(d);
  }
  rt.freeObject(self);
}

/** A static, subclassable type of `module` whose instances are made by `make`. */
export function syncType(name: string, module: string, make: (type: rt.PyType) => PySync, base: rt.PyType | null = null): rt.PyType {
  const t = base === null
    ? rt.staticType({ name, module, basicsize: 48, flags: rt.TPFLAGS_BASETYPE })
    : rt.staticType({ name, module, basicsize: 48, flags: rt.TPFLAGS_BASETYPE, base });
  t.new = (type) => {
    const o = make(type);
    if (type.isHeapType) rt.incref(type);
    return o;
  };
  t.dealloc = (self) => {
    deallocSync(self as PySync);
  };
  return t;
}

/** The loop of a primitive (borrowed). */
export function loopOf(obj: PySync): rt.PyObject {
  if (obj.loop === null) throw rt.attributeError(`'${obj.type.name}' object has no attribute '_loop'`);
  return obj.loop;
}

/** An int argument as a number (`value < 0` and friends). */
export function intArg(o: rt.PyObject, what: string): number {
  if (o instanceof rt.PyInt) return Number(o.value);
  if (o instanceof rt.PyFloat) return o.value;
  throw rt.typeError(`'<' not supported between instances of '${o.type.name}' and 'int' (${what})`);
}
