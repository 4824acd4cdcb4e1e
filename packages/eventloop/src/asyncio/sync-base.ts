/**
 * What the synchronization primitives and queues share: the `loop=` argument of CPython 3.8
 * (`events.get_event_loop()` or the deprecated explicit loop with its DeprecationWarning), the
 * `collections.deque` of waiter futures, and `object.__repr__` with an `[extra]` suffix. Mirrors
 * the constructors of Lib/asyncio/locks.py and queues.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { getRunningOrPolicyLoop } from './events.ts';
import { newWaiterDeque, noWaiterDeque, waiterCount } from './waiter-deque.ts';
import { callMethod } from './loop-object.ts';
import { asyncioPath } from './asyncio-paths.ts';
import { runningNativeCoro, steppedByTask } from './native-coro.ts';

/** The DeprecationWarning of every `loop=` argument in 3.8. */
const LOOP_DEPRECATED = 'The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.';

/**
 * An object bound to a loop (owned) with its `collections.deque` of waiter futures (owned; null
 * before `__init__` makes it, and for a Lock until a first acquire waits).
 */
export class PySync extends rt.PyObject {
  loop: rt.PyObject | null = null;
  waiters: rt.PyObject | null = null;
}

/** The deprecation of every `loop=` argument in 3.8, `stacklevel=2` from where it is warned. */
export function warnLoopArgument(from: WarnedFrom = 'caller'): void {
  warnDeprecated(LOOP_DEPRECATED, from);
}

/**
 * Who `stacklevel=2` names: `'caller'`, the caller of the native function warning; `'awaiter'`,
 * the caller of the native coroutine whose body warns (the frame awaiting it, or the loop's
 * `Handle._run` when a task steps it); or a line of CPython's asyncio (a file under Lib/asyncio)
 * whose code calls the one warning.
 */
export type WarnedFrom = 'caller' | 'awaiter' | { readonly file: string; readonly line: number };

/**
 * `warnings.warn(message, DeprecationWarning, stacklevel=2)`. Called by one of asyncio's own
 * coroutines (`'caller'`), or by a coroutine a task steps (`'awaiter'`), the frame named is one of
 * CPython's Lib/asyncio: the warning is attributed to its line (`warn_explicit`), where the
 * default filters ignore it.
 */
export function warnDeprecated(message: string, from: WarnedFrom = 'caller'): void {
  const frame = rt.tstate.frame;
  if (!(frame instanceof rt.PyFrame) || !rt.isDict(frame.builtins)) return;
  const imp = rt.dictGetStr(frame.builtins, '__import__');
  if (imp === null) return;
  const name = rt.newStr('warnings');
  const mod = rt.callObject(imp, [name]);
  rt.decref(name);
  const msg = rt.newStr(message);
  const where = hiddenWarningSite(from);
  try {
    if (where !== null) {
      const filename = rt.newStr(where.file);
      const lineno = rt.newInt(where.line);
      try {
        rt.decref(callMethod(mod, 'warn_explicit', [msg, rt.Exceptions.DeprecationWarning, filename, lineno]));
      } finally {
        rt.decref(filename);
        rt.decref(lineno);
      }
      return;
    }
    const level = rt.newInt(1);
    try {
      rt.decref(callMethod(mod, 'warn', [msg, rt.Exceptions.DeprecationWarning, level]));
    } finally {
      rt.decref(level);
    }
  } finally {
    rt.decref(msg);
    rt.decref(mod);
  }
}

/** The asyncio frame `stacklevel=2` names (see {@link WarnedFrom}), or null for a Python frame. */
function hiddenWarningSite(from: WarnedFrom): { file: string; line: number } | null {
  if (typeof from === 'object') return { file: asyncioPath(from.file), line: from.line };
  if (from === 'awaiter') return steppedByTask() ? { file: asyncioPath('events.py'), line: 81 } : null;
  const coro = runningNativeCoro();
  const source = coro?.source ?? null;
  return coro !== null && source !== null ? { file: asyncioPath(source.file), line: coro.lineno } : null;
}

/** The `loop=None` keyword of a constructor: `get_event_loop()` or the explicit loop, warned about. */
export function loopArgument(loop: rt.PyObject | undefined, warn: boolean | WarnedFrom = true): rt.PyObject {
  if (loop === undefined || loop === rt.None) return getRunningOrPolicyLoop();
  if (warn !== false) warnDeprecated(LOOP_DEPRECATED, warn === true ? 'caller' : warn);
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

/** `self._waiters = collections.deque()` (the old deque, if `__init__` runs again, dropped). */
export function setNewWaiters(obj: PySync): void {
  const old = obj.waiters;
  obj.waiters = newWaiterDeque();
  rt.xdecref(old);
}

/** The `_waiters` attribute: the live deque (None for a Lock no acquire waited on yet). */
export function waitersAttribute(obj: PySync, noneBeforeWait = false): rt.PyObject {
  if (obj.waiters !== null) return rt.incref(obj.waiters);
  if (noneBeforeWait) return rt.newNone();
  throw noWaiterDeque(obj);
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
export function withWaiters(extra: string, waiters: rt.PyObject | null): string {
  const n = waiterCount(waiters);
  return n > 0 ? `${extra}, waiters:${n}` : extra;
}

/** Drops what a primitive holds (dealloc), then frees it. */
export function deallocSync(self: PySync, more: () => void = () => undefined): void {
  rt.clearWeakrefs(self);
  more();
  const { loop, waiters } = self;
  self.loop = null;
  self.waiters = null;
  rt.xdecref(loop);
  rt.xdecref(waiters);
  if (self.dict !== null) {
    const d = self.dict;
    self.dict = null;
    rt.decref(d);
  }
  rt.freeObject(self);
}

/** A new instance of a synchronization type, allocated but not initialized (its `__new__` alone). */
export function allocateSync(type: rt.PyType): PySync {
  const make = type.new;
  if (make === undefined) throw new Error(`${type.name} has no __new__`);
  return make(type, [], null) as PySync;
}

/** A static, subclassable type of `module` whose instances are made by `make`. */
export function syncType(name: string, module: string, make: (type: rt.PyType) => PySync, base: rt.PyType | null = null): rt.PyType {
  // Instances of Python classes in CPython: tracked by the collector, the object head, `__dict__`
  // and `__weakref__` (sys.getsizeof 48).
  const flags = rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC;
  const t = base === null ? rt.staticType({ name, module, basicsize: 32, flags }) : rt.staticType({ name, module, basicsize: 32, flags, base });
  t.weakrefable = true;
  t.new = (type) => {
    const o = make(type);
    if (type.isHeapType) rt.incref(type);
    return o;
  };
  t.dealloc = (self) => {
    deallocSync(self as PySync);
  };
  t.traverse = (self, visit) => {
    traverseSync(self as PySync, visit);
  };
  t.clear = (self) => {
    clearSync(self as PySync);
  };
  return t;
}

/** Visits what every primitive owns: its loop, its waiters, its instance dict. */
export function traverseSync(self: PySync, visit: (o: rt.PyObject) => void): void {
  if (self.loop !== null) visit(self.loop);
  if (self.waiters !== null) visit(self.waiters);
  if (self.dict !== null) visit(self.dict);
}

/** Drops what every primitive owns (`tp_clear`). */
export function clearSync(self: PySync): void {
  const { loop, waiters, dict } = self;
  self.loop = null;
  self.waiters = null;
  self.dict = null;
  rt.xdecref(loop);
  rt.xdecref(waiters);
  rt.xdecref(dict);
}

/** The loop of a primitive (borrowed). */
export function loopOf(obj: PySync): rt.PyObject {
  if (obj.loop === null) throw rt.attributeError(`'${obj.type.name}' object has no attribute '_loop'`);
  return obj.loop;
}

/**
 * A number argument as a number, or the TypeError of the comparison CPython makes with it
 * (`value < 0`: `intArg(v, (t) => \`'<' not supported between instances of '${t}' and 'int'\`)`).
 */
export function intArg(o: rt.PyObject, failed: (typeName: string) => string): number {
  if (o instanceof rt.PyInt) return Number(o.value);
  if (o instanceof rt.PyFloat) return o.value;
  throw rt.typeError(failed(o.type.name));
}
