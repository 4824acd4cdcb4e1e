/**
 * The Python-visible `Handle` and `TimerHandle` that `call_soon`, `call_later` and `call_at`
 * return, over a handle of the scheduling core: the handle owns its callback, arguments, context
 * and loop as CPython's does, drops the callback and arguments when cancelled (keeping its repr
 * in debug mode), and a timer handle compares and hashes by its deadline. Mirrors CPython 3.8
 * Lib/asyncio/events.py (`Handle`, `TimerHandle`) and base_events.py (`_call_soon`, `call_at`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import type { Handle, TimerHandle } from '../handles.ts';
import { addPythonMethods } from './python-method.ts';
import { splitArgs } from './state.ts';
import { formatCallbackSource } from './callback-source.ts';
import { captureSourceTraceback, createdAt, sourceTracebackObject } from './source-traceback.ts';
import {
  DEBUG_STACK_DEPTH, PyLoop, callMethod, checkClosed, exitsTheLoop, loopGetDebug, raisedInHandle,
} from './loop-object.ts';
import { callExceptionHandler, reportToLoop } from './exception-handler.ts';

/**
 * `Handle`: an instance of a Python class with `__slots__` in CPython, tracked by the collector:
 * the head and eight slots (`_callback`, `_args`, `_cancelled`, `_loop`, `_source_traceback`,
 * `_repr`, `__weakref__`, `_context`), sys.getsizeof 96.
 */
export const handleType: rt.PyType = rt.staticType({ name: 'Handle', module: 'asyncio.events', basicsize: 80, flags: rt.TPFLAGS_HAVE_GC });
/** `TimerHandle`: two more slots (`_scheduled`, `_when`), sys.getsizeof 112. */
export const timerHandleType: rt.PyType = rt.staticType({ name: 'TimerHandle', module: 'asyncio.events', basicsize: 96, flags: rt.TPFLAGS_HAVE_GC, base: handleType });

/** Comparison operators in CPython's numbering (`Py_LT` .. `Py_GE`), as `tp_richcompare` gets them. */
const OP = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;

/** A Python handle: its fields are CPython's slots. */
export class PyHandle extends rt.PyObject {
  /**
   * The core handle (`_cancelled` is its flag); null for a {@link detachedHandle} and for one
   * made by calling the class (handle-init.ts).
   */
  handle: Handle | null = null;
  /** `_cancelled` of a handle that is on no loop's queue (made by calling the class). */
  ownCancelled = false;
  /** The loop's entry while it is pending (it owns a reference to this handle). */
  call: ScheduledCall | null = null;
  /** `_loop` (owned): asyncio's loop, or any object for a handle made by calling the class. */
  loop: rt.PyObject | null = null;
  /** `_callback` and `_args` (owned): null once cancelled. */
  callback: rt.PyObject | null = null;
  args: readonly rt.PyObject[] | null = null;
  /**
   * `_context` (owned): the `context=` given, else a copy of the context current when the handle
   * was made; the callback runs as `context.run(callback, *args)`. Null only for a detached handle.
   */
  context: rt.PyObject | null = null;
  /** `_when`, and whether it was given as an int (`call_at(1, ...)` shows and returns `1`). */
  when = 0;
  whenIsInt = false;
  /** `_when` as given to the class (owned), when it was called directly. */
  whenGiven: rt.PyObject | null = null;
  /** `_args` as given to the class (owned), when it was called directly. */
  argsGiven: rt.PyObject | null = null;
  /** What a detached handle shows for its native callback. */
  label = '';
  /** `_repr`: the repr saved by `cancel()` in debug mode. */
  savedRepr: string | null = null;
  /** `_source_traceback`, in debug mode. */
  sourceTraceback: readonly rt.HiddenFrame[] | null = null;
}

/** Whether the handle is cancelled (`_cancelled`). */
export function isCancelled(h: PyHandle): boolean {
  return h.handle === null ? h.ownCancelled : h.handle.cancelled;
}

/** `_format_callback_source(self._callback, self._args)`, as a repr and an error message show it now. */
export function callbackSource(h: PyHandle): string {
  return formatCallbackSource(h.callback ?? rt.None, h.args ?? []);
}

/** `Handle.__repr__` (`_repr_info`; `TimerHandle` adds `when=`). */
handleType.repr = (self) => {
  const h = self as PyHandle;
  if (h.savedRepr !== null) return rt.newStr(h.savedRepr);
  const parts = [self.type.name];
  if (isCancelled(h)) parts.push('cancelled');
  if (self.type === timerHandleType) {
    // `when` as Python shows it: a float (`when=1.0`), or the int `call_at` was given.
    const when = whenObject(h);
    try {
      parts.push(`when=${rt.reprText(when)}`);
    } finally {
      rt.decref(when);
    }
  }
  if (h.callback !== null) parts.push(callbackSource(h));
  else if (h.label !== '') parts.push(h.label);
  const created = createdAt(h.sourceTraceback);
  if (created !== null) parts.push(created);
  return rt.newStr(`<${parts.join(' ')}>`);
};

/** Drops the callback and its arguments (`self._callback = None; self._args = None`). */
export function dropCallback(h: PyHandle): void {
  const { callback, args, argsGiven } = h;
  h.callback = null;
  h.args = null;
  h.argsGiven = null;
  rt.xdecref(callback);
  rt.xdecref(argsGiven);
  if (args !== null) for (const a of args) rt.decref(a);
}

/** Drops everything the handle owns (`tp_clear`, dealloc). */
function clearHandle(h: PyHandle): void {
  dropCallback(h);
  const { loop, context, whenGiven } = h;
  h.loop = null;
  h.context = null;
  h.whenGiven = null;
  rt.xdecref(loop);
  rt.xdecref(context);
  rt.xdecref(whenGiven);
}

// `__weakref__` is one of its slots.
handleType.weakrefable = true;
handleType.dealloc = (self) => {
  rt.clearWeakrefs(self);
  clearHandle(self as PyHandle);
  rt.freeObject(self);
};
handleType.traverse = (self, visit) => {
  const h = self as PyHandle;
  for (const o of [h.loop, h.callback, h.context, h.argsGiven, h.whenGiven]) if (o !== null) visit(o);
  if (h.args !== null) for (const a of h.args) visit(a);
};
handleType.clear = (self) => {
  clearHandle(self as PyHandle);
};

/**
 * `cancel()` of a handle made by calling the class: `TimerHandle.cancel` first tells its loop
 * (`self._loop._timer_handle_cancelled(self)`), then `Handle.cancel` marks it, keeps its repr in
 * debug mode and drops the callback and arguments.
 */
function cancelUnscheduled(h: PyHandle): void {
  if (h.ownCancelled) return;
  if (h.type.isSubtype(timerHandleType)) rt.decref(callMethod(h.loop ?? rt.None, '_timer_handle_cancelled', [h]));
  h.ownCancelled = true;
  if (h.loop !== null && loopGetDebug(h.loop)) {
    const r = rt.repr(h);
    h.savedRepr = rt.strText(r);
    rt.decref(r);
  }
  dropCallback(h);
}

/** `Handle.cancel` (`TimerHandle.cancel` too: the core handle tells its loop). */
const cancelDef: rt.NativeDef = {
  name: 'cancel',
  kind: 'noargs',
  impl: (self) => {
    const h = self as PyHandle;
    if (h.handle === null) {
      if (h.label === '') cancelUnscheduled(h);
      return rt.newNone();
    }
    if (!h.handle.cancelled) {
      // `_cancelled = True` (a timer tells its loop), the repr kept in debug mode while it still
      // shows the callback, then the callback and arguments dropped.
      h.handle.cancel();
      if (h.loop !== null && loopGetDebug(h.loop)) {
        const r = rt.repr(h);
        h.savedRepr = rt.strText(r);
        rt.decref(r);
      }
      dropCallback(h);
      // The loop keeps it until `_run_once` pops it from its queue (ScheduledCall.discarded).
    }
    return rt.newNone();
  },
};
addPythonMethods(handleType, 'asyncio.events', handleType, [
  { def: cancelDef },
  { def: { name: 'cancelled', kind: 'noargs', impl: (self) => rt.newBool(isCancelled(self as PyHandle)) } },
]);
// `__slots__` as events.py spells them (a tuple for `Handle`, a list for `TimerHandle`).
const strs = (names: readonly string[]): rt.PyObject[] => names.map((n) => rt.newStr(n));
rt.addValue(handleType, '__slots__', () => rt.newTupleStealing(strs(['_callback', '_args', '_cancelled', '_loop', '_source_traceback', '_repr', '__weakref__', '_context'])));
rt.addValue(timerHandleType, '__slots__', () => rt.newListStealing(strs(['_scheduled', '_when'])));
// The slots of events.py's `Handle` (`_source_traceback` is not kept: corosim has no
// `traceback.StackSummary`).
rt.addGetSets(handleType, [
  { name: '_context', get: (self) => rt.incref((self as PyHandle).context ?? rt.None) },
  { name: '_callback', get: (self) => rt.incref((self as PyHandle).callback ?? rt.None) },
  {
    name: '_args',
    get: (self) => {
      const h = self as PyHandle;
      if (h.argsGiven !== null) return rt.incref(h.argsGiven);
      return h.args === null ? rt.newNone() : rt.newTuple(h.args);
    },
  },
  { name: '_cancelled', get: (self) => rt.newBool(isCancelled(self as PyHandle)) },
  { name: '_loop', get: (self) => rt.incref((self as PyHandle).loop ?? rt.None) },
  // DEVIATION(cpython): as a future's (future.ts), tuples in a list made when read.
  { name: '_source_traceback', get: (self) => ((self as PyHandle).sourceTraceback === null ? rt.newNone() : sourceTracebackObject((self as PyHandle).sourceTraceback as readonly rt.HiddenFrame[])) },
  {
    name: '_repr',
    get: (self) => {
      const saved = (self as PyHandle).savedRepr;
      return saved === null ? rt.newNone() : rt.newStr(saved);
    },
  },
]);

/** The `when` of a timer handle (new reference). */
function whenObject(h: PyHandle): rt.PyObject {
  if (h.whenGiven !== null) return rt.incref(h.whenGiven);
  return h.whenIsInt ? rt.newInt(h.when) : rt.newFloat(h.when);
}

/** `other._when`: a timer handle's deadline, or the attribute of anything else (new reference). */
function otherWhen(other: rt.PyObject): rt.PyObject {
  if (other instanceof PyHandle && other.type.isSubtype(timerHandleType)) return whenObject(other);
  return rt.getAttr(other, rt.internStr('_when'));
}

/** `self._when <op> other._when` (new reference). */
function compareWhen(self: PyHandle, other: rt.PyObject, op: number): rt.PyObject {
  const a = whenObject(self);
  try {
    const b = otherWhen(other);
    try {
      return rt.richCompare(a, b, op);
    } finally {
      rt.decref(b);
    }
  } finally {
    rt.decref(a);
  }
}

/**
 * `TimerHandle.__eq__`: NotImplemented unless `other` is a TimerHandle, else `when`, callback,
 * arguments and cancelled state compared in turn with `and` (the first false result, or the last).
 */
function timerHandleEq(self: PyHandle, other: rt.PyObject): rt.PyObject {
  if (!(other instanceof PyHandle && other.type.isSubtype(timerHandleType))) return rt.incref(rt.NotImplemented);
  const pairs: (readonly [rt.PyObject, rt.PyObject])[] = [];
  const made: rt.PyObject[] = [whenObject(self), whenObject(other)];
  const args = (h: PyHandle): rt.PyObject => (h.args === null ? rt.incref(rt.None) : rt.newTuple(h.args));
  made.push(args(self), args(other));
  try {
    pairs.push([made[0] as rt.PyObject, made[1] as rt.PyObject]);
    pairs.push([self.callback ?? rt.None, other.callback ?? rt.None]);
    pairs.push([made[2] as rt.PyObject, made[3] as rt.PyObject]);
    for (const [a, b] of pairs) {
      const r = rt.richCompare(a, b, OP.EQ);
      let truth: boolean;
      try {
        truth = rt.isTrue(r);
      } catch (e) {
        rt.decref(r);
        throw e;
      }
      if (!truth) return r;
      rt.decref(r);
    }
    return rt.newBool(isCancelled(self) === isCancelled(other));
  } finally {
    for (const o of made) rt.decref(o);
  }
}

// `TimerHandle.__lt__`/`__le__`/`__gt__`/`__ge__`/`__eq__`/`__ne__` and `__hash__` (events.py).
timerHandleType.richcompare = (a, b, op) => {
  const self = a as PyHandle;
  switch (op) {
    case OP.LT:
    case OP.GT:
      return compareWhen(self, b, op);
    case OP.LE:
    case OP.GE: {
      // `if self._when < other._when: return True`, then `self.__eq__(other)`.
      const strict = compareWhen(self, b, op === OP.LE ? OP.LT : OP.GT);
      try {
        if (rt.isTrue(strict)) return rt.newBool(true);
      } finally {
        rt.decref(strict);
      }
      return timerHandleEq(self, b);
    }
    case OP.EQ:
      return timerHandleEq(self, b);
    case OP.NE: {
      const eq = timerHandleEq(self, b);
      if (eq === rt.NotImplemented) return eq;
      try {
        return rt.newBool(!rt.isTrue(eq));
      } finally {
        rt.decref(eq);
      }
    }
    default:
      return rt.incref(rt.NotImplemented);
  }
};
timerHandleType.hash = (self) => {
  const when = whenObject(self as PyHandle);
  try {
    return rt.hashObject(when);
  } finally {
    rt.decref(when);
  }
};
addPythonMethods(timerHandleType, 'asyncio.events', timerHandleType, [
  { def: { name: 'when', kind: 'noargs', impl: (self) => whenObject(self as PyHandle) } },
  { def: cancelDef },
]);
rt.addGetSets(timerHandleType, [
  { name: '_when', get: (self) => whenObject(self as PyHandle) },
  { name: '_scheduled', get: (self) => rt.newBool(((self as PyHandle).handle as TimerHandle | null)?.scheduled === true) },
]);

/**
 * `Handle._run`: calls back (through `context.run` when a context was given), reporting an
 * exception but SystemExit and KeyboardInterrupt to the loop's `call_exception_handler`.
 */
export function runHandle(h: PyHandle): void {
  // What the call is made with stays alive through it, though the callback cancel its handle.
  const cb = rt.incref(h.callback ?? rt.None);
  const args = h.args === null ? null : h.args.map((a) => rt.incref(a));
  const context = h.context === null ? null : rt.incref(h.context);
  try {
    // `self._context.run(self._callback, *self._args)`: a cancelled handle has no arguments.
    if (args === null) throw rt.typeError('run() argument after * must be an iterable, not NoneType');
    if (context === null) rt.decref(rt.callObject(cb, args));
    else if (context instanceof rt.PyContext) rt.decref(rt.runInContext(context, () => rt.callObject(cb, args)));
    else rt.decref(callMethod(context, 'run', [cb, ...args]));
  } catch (e) {
    if (!(e instanceof rt.PyRaise) || exitsTheLoop(e)) throw e;
    raisedInHandle(e);
    const tb = h.sourceTraceback;
    const source = tb === null ? null : sourceTracebackObject(tb);
    try {
      const message = `Exception in callback ${callbackSource(h)}`;
      const extra: [string, rt.PyObject][] = source === null ? [['handle', h]] : [['handle', h], ['source_traceback', source]];
      if (h.loop instanceof PyLoop) callExceptionHandler(h.loop, message, e, extra);
      else reportToLoop(h.loop ?? rt.None, message, e, extra);
    } finally {
      rt.xdecref(source);
    }
  } finally {
    rt.decref(cb);
    if (args !== null) for (const a of args) rt.decref(a);
    rt.xdecref(context);
  }
}

/** A pending Python handle on the loop's queue: the loop's reference to it (released when it has run or is cancelled). */
class ScheduledCall {
  released = false;
  readonly pyHandle: PyHandle;
  constructor(pyHandle: PyHandle) {
    this.pyHandle = pyHandle;
  }

  /** `Handle._run`, then the loop lets go of the handle. */
  static readonly run = (s: ScheduledCall): void => {
    try {
      runHandle(s.pyHandle);
    } finally {
      s.release();
    }
  };

  /** Drops the loop's reference to the handle (once). */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.pyHandle.call = null;
    rt.decref(this.pyHandle);
  }

  visitHeld(visit: (o: rt.PyObject) => void): void {
    if (!this.released) visit(this.pyHandle);
  }

  dropped(): void {
    this.release();
  }

  /** The loop lets go of the cancelled handle (popped from its queue, or the loop closed). */
  discarded(): void {
    this.release();
  }

  /** `_format_handle`: the task of a task's bound method, else `str(handle)`. */
  describe(): string {
    const cb = this.pyHandle.callback;
    const self = cb === null ? null : rt.lookupAttrString(cb, '__self__');
    try {
      if (self !== null && self.type.mro.some((t) => t.name === 'Task' && t.module === '_asyncio')) return rt.reprText(self);
    } finally {
      rt.xdecref(self);
    }
    return rt.reprText(this.pyHandle);
  }

  get sourceTraceback(): readonly rt.HiddenFrame[] | null {
    return this.pyHandle.sourceTraceback;
  }

  /** What debug mode keeps alive while it times the call: the handle. */
  get held(): rt.PyObject {
    return this.pyHandle;
  }
}

/**
 * The `Handle` object of a handle on the loop's queue (new reference): the one `call_soon` or
 * `call_at` returned for a Python callback, else one standing for the callback the loop runs
 * natively (a `TimerHandle` when `when` is given).
 */
export function queuedHandleObject(arg: unknown, label: string, cancelled: boolean, when: number | null = null): rt.PyObject {
  if (arg instanceof ScheduledCall) return rt.incref(arg.pyHandle);
  // A cancelled handle has no callback left to show (`Handle.cancel` drops it).
  const h = detachedHandle(cancelled ? '' : label, when === null ? handleType : timerHandleType) as PyHandle;
  // A native record that knows its callback's source shows it as CPython's handle does (the
  // handle is made first: a stand-in the text needs is let go after).
  if (!cancelled && isDescribedCallback(arg)) h.label = arg.callbackText();
  h.ownCancelled = cancelled;
  if (when !== null) h.when = when;
  return h;
}

/** A record of a callback the loop runs natively that can write `_format_callback_source` of it. */
interface DescribedCallback {
  callbackText(): string;
}

function isDescribedCallback(arg: unknown): arg is DescribedCallback {
  return typeof arg === 'object' && arg !== null && typeof (arg as Partial<DescribedCallback>).callbackText === 'function';
}

/** A `Handle` object for a callback the loop runs natively (for the context of its error report). */
export function detachedHandle(label: string, type: rt.PyType = handleType): rt.PyObject {
  const h = new PyHandle(type, rt.allocateAddress(type));
  h.label = label;
  return h;
}

/**
 * `Handle._run`'s report of `e`, raised by the callback `label` that the loop ran natively: the
 * context names a handle standing for it.
 */
export function reportFromDetachedHandle(loop: PyLoop, label: string, e: rt.PyRaise): void {
  raisedInHandle(e);
  const handle = detachedHandle(label);
  try {
    callExceptionHandler(loop, `Exception in callback ${label}`, e, [['handle', handle]]);
  } finally {
    rt.decref(handle);
  }
}

/** Schedules `callback(*args)` (borrowed): `call_soon` when `when` is null, else `call_at(when)`. */
export function scheduleCall(loop: PyLoop, when: number | null, callback: rt.PyObject, args: readonly rt.PyObject[], context: rt.PyObject | null = null, whenIsInt = false): rt.PyObject {
  checkClosed(loop);
  const type = when === null ? handleType : timerHandleType;
  const pyHandle = new PyHandle(type, rt.allocateAddress(type));
  pyHandle.loop = rt.incref(loop);
  pyHandle.callback = rt.incref(callback);
  pyHandle.args = args.map((a) => rt.incref(a));
  // `Handle.__init__`: `if context is None: context = contextvars.copy_context()`.
  pyHandle.context = context !== null ? rt.incref(context) : rt.contextCopyCurrent();
  pyHandle.when = when ?? 0;
  pyHandle.whenIsInt = whenIsInt;
  const label = callbackSource(pyHandle);
  // The loop's queue holds a reference, the caller gets the other.
  const call = new ScheduledCall(rt.incref(pyHandle));
  pyHandle.call = call;
  pyHandle.handle = when === null ? loop.core.callSoonWith(ScheduledCall.run, call, label) : loop.core.callAtWith(when, ScheduledCall.run, call, label);
  // `extract_stack(sys._getframe(1))` (ten frames), less the frames of `call_soon`/`call_at`.
  if (loop.debug) pyHandle.sourceTraceback = captureSourceTraceback([], DEBUG_STACK_DEPTH - 2);
  return pyHandle;
}

/**
 * `BaseEventLoop._add_callback(handle)`: a handle that is not cancelled joins the ready queue as
 * it is (a handle made by calling `Handle` runs through its own `_run`); a TimerHandle fails the
 * method's assertion.
 */
export function addCallback(loop: PyLoop, handle: rt.PyObject): void {
  // `assert isinstance(handle, events.Handle), 'A Handle is required here'`.
  if (!(handle instanceof PyHandle)) throw rt.raiseValue(rt.newExceptionStealing(rt.Exceptions.AssertionError, [rt.newStr('A Handle is required here')]));
  if (isCancelled(handle)) return;
  if (handle.type.isSubtype(timerHandleType)) throw rt.raiseValue(rt.newExceptionStealing(rt.Exceptions.AssertionError, []));
  // `self._ready.append(handle)`: the queue holds a reference; `_cancelled` is the queued handle's.
  const call = new ScheduledCall(rt.incref(handle));
  handle.call = call;
  handle.handle = loop.core.callSoonWith(ScheduledCall.run, call, callbackSource(handle));
}

/** `checkCallable`-style argument splitting for call_soon/call_later (positional callback and args). */
export function callbackArgs(args: readonly rt.PyObject[], kwnames: readonly string[] | null, skip: number, what: string): { callback: rt.PyObject; rest: readonly rt.PyObject[]; context: rt.PyObject | null } {
  const { pos, kw } = splitArgs(args, kwnames);
  for (const k of kw.keys()) if (k !== 'context') throw rt.typeError(`${what}() got an unexpected keyword argument '${k}'`);
  const callback = pos[skip];
  if (callback === undefined) throw rt.typeError(`${what}() missing 1 required positional argument: 'callback'`);
  const context = kw.get('context');
  return { callback, rest: pos.slice(skip + 1), context: context === undefined || context === rt.None ? null : context };
}
