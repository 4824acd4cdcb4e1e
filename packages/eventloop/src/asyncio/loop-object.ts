/**
 * The Python-visible event loop (`_UnixSelectorEventLoop`) over the TypeScript scheduling core:
 * `call_soon`/`call_later`/`call_at`, `run_forever`/`run_until_complete`/`stop`/`close`, the
 * exception handler and its default output. Mirrors CPython 3.8 Lib/asyncio/base_events.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { LoopDeadlockError } from '../errors.ts';
import type { Handle } from '../handles.ts';
import type { LoopClock } from '../loop-clock.ts';
import { EventLoop } from '../loop.ts';
import { raiseNew, splitArgs, state, takeException } from './state.ts';
import { noteLoopCreated } from './observe.ts';

/** The loop type. */
export const loopType: rt.PyType = rt.staticType({ name: '_UnixSelectorEventLoop', module: 'asyncio.unix_events', basicsize: 16, flags: rt.TPFLAGS_BASETYPE });

/** The VM's virtual clock (what `time.time()` reads), moved by addition as the oracle's selector does. */
const vmClock: LoopClock = {
  now: () => rt.virtualNow(),
  advanceTo: (t) => {
    rt.advanceVirtualTime(t - rt.virtualNow());
  },
};

/** A Python loop object. */
export class PyLoop extends rt.PyObject {
  core: EventLoop = noteLoopCreated(new EventLoop(vmClock));
  handler: rt.PyObject | null = null;
  debug = false;
  closed = false;
  /** `_asyncgens`: a weak set in CPython (borrowed; freed generators are skipped when read). */
  readonly asyncgens: Set<rt.PyObject> = new Set();
  /** `_asyncgens_shutdown_called`. */
  asyncgensShutdownCalled = false;
}

/** Hooks the task module fills: what to say about pending tasks on a deadlock, and shutdown_asyncgens. */
export const loopHooks: {
  describePending: (loop: PyLoop) => string;
  shutdownAsyncgens: (loop: PyLoop) => rt.PyObject | null;
  ensureFuture: (o: rt.PyObject, loop: PyLoop) => rt.PyObject;
  installAsyncgenHooks: (loop: PyLoop) => () => void;
} = {
  describePending: () => '',
  installAsyncgenHooks: () => () => undefined,
  shutdownAsyncgens: () => null,
  ensureFuture: (o) => rt.incref(o),
};

/** The scheduling core of a loop object. */
export function loopCore(loop: rt.PyObject): EventLoop {
  return (loop as PyLoop).core;
}

/** `new_event_loop()`. */
export function newLoop(): PyLoop {
  const l = new PyLoop(loopType, rt.allocateAddress(loopType));
  return l;
}

loopType.new = (type) => new PyLoop(type, rt.allocateAddress(type));
loopType.dealloc = (self) => {
  const l = self as PyLoop;
  rt.xdecref(l.handler);
  l.handler = null;
  if (l.dict !== null) {
    const d = l.dict;
    l.dict = null;
    rt.decref(d);
  }
  rt.freeObject(self);
};
loopType.repr = (self) => {
  const l = self as PyLoop;
  return rt.newStr(`<${self.type.name} running=${l.core.isRunning() ? 'True' : 'False'} closed=${l.closed ? 'True' : 'False'} debug=${l.debug ? 'True' : 'False'}>`);
};

/**
 * `call_exception_handler` with a context of `message`, the exception (a caught raise, consumed,
 * or a borrowed instance) and extra borrowed entries.
 */
export function callExceptionHandler(loop: PyLoop, message: string, exc: rt.PyRaise | rt.PyBaseException | null, extra: readonly (readonly [string, rt.PyObject])[]): void {
  const value = exc instanceof rt.PyRaise ? takeException(exc) : exc === null ? null : rt.incref(exc);
  const context = rt.newDict();
  try {
    const m = rt.newStr(message);
    rt.dictSetStr(context, 'message', m);
    rt.decref(m);
    if (value !== null) rt.dictSetStr(context, 'exception', value);
    for (const [k, v] of extra) rt.dictSetStr(context, k, v);
    if (loop.handler === null) {
      defaultExceptionHandler(context);
      return;
    }
    try {
      rt.decref(rt.callObject(loop.handler, [loop, context]));
    } catch (e) {
      if (!(e instanceof rt.PyRaise)) throw e;
      const ctx = rt.newDict();
      try {
        const msg = rt.newStr('Unhandled error in exception handler');
        rt.dictSetStr(ctx, 'message', msg);
        rt.decref(msg);
        const ev = takeException(e);
        rt.dictSetStr(ctx, 'exception', ev);
        rt.decref(ev);
        rt.dictSetStr(ctx, 'context', context);
        defaultExceptionHandler(ctx);
      } finally {
        rt.decref(ctx);
      }
    }
  } finally {
    rt.xdecref(value);
    rt.decref(context);
  }
}

/** `default_exception_handler`: the lines `logger.error` writes to stderr through logging's last resort. */
export function defaultExceptionHandler(context: rt.PyObject): void {
  const msgObj = rt.dictGetStr(context as rt.PyDict, 'message');
  const message = msgObj !== null && rt.isTrue(msgObj) ? rt.strText(msgObj) : 'Unhandled exception in event loop';
  const exception = rt.dictGetStr(context as rt.PyDict, 'exception');
  const lines = [message];
  const keys: string[] = [];
  for (const [k] of rt.dictItems(context as rt.PyDict)) keys.push(rt.strText(k));
  keys.sort();
  for (const key of keys) {
    if (key === 'message' || key === 'exception') continue;
    const v = rt.dictGetStr(context as rt.PyDict, key);
    if (v !== null) lines.push(`${key}: ${rt.reprText(v)}`);
  }
  let out = `${lines.join('\n')}\n`;
  if (exception !== null && exception !== rt.None) out += rt.formatException(exception);
  rt.writeStderr(out);
}

/** `_check_closed`. */
function checkClosed(loop: PyLoop): void {
  if (loop.closed) throw raiseNew(rt.Exceptions.RuntimeError, 'Event loop is closed');
}

/** Where CPython 3.8's asyncio sources are, for the frames native code stands in for. */
const ASYNCIO_DIR = '/usr/lib/python3.8/asyncio/';

/** `(file, line, name)` of a CPython asyncio frame. */
export function asyncioFrame(file: string, line: number, name: string): rt.HiddenFrame {
  return [ASYNCIO_DIR + file, line, name];
}

/**
 * `run_forever`, turning a deadlock into a RuntimeError naming the pending tasks. `outer` are the
 * CPython frames between it and its Python caller (`run_until_complete`, `run`), innermost first.
 */
export function runForever(loop: PyLoop, outer: readonly rt.HiddenFrame[] = []): void {
  checkClosed(loop);
  if (loop.core.isRunning()) throw raiseNew(rt.Exceptions.RuntimeError, 'This event loop is already running');
  if (state.runningLoop !== null) throw raiseNew(rt.Exceptions.RuntimeError, 'Cannot run the event loop while another loop is running');
  const oldDepth = rt.tstate.coroutineOriginTrackingDepth;
  const restoreHooks = loopHooks.installAsyncgenHooks(loop);
  state.runningLoop = loop;
  // Python code the loop runs sits on Handle._run, _run_once and run_forever in CPython.
  const current = rt.tstate.frame;
  const caller = current instanceof rt.PyFrame ? current : null;
  const hiddenBefore = caller === null ? undefined : rt.hiddenCallerFrames.get(caller);
  if (caller !== null) {
    rt.hiddenCallerFrames.set(caller, [
      asyncioFrame('events.py', 81, '_run'), asyncioFrame('base_events.py', 1859, '_run_once'), asyncioFrame('base_events.py', 570, 'run_forever'), ...outer,
    ]);
  }
  try {
    loop.core.runForever();
  } catch (e) {
    if (!(e instanceof LoopDeadlockError)) throw e;
    const pending = loopHooks.describePending(loop);
    throw raiseNew(rt.Exceptions.RuntimeError, `virtual-time deadlock: loop would block forever${pending}`);
  } finally {
    if (caller !== null) {
      if (hiddenBefore === undefined) rt.hiddenCallerFrames.delete(caller);
      else rt.hiddenCallerFrames.set(caller, hiddenBefore);
    }
    state.runningLoop = null;
    rt.tstate.coroutineOriginTrackingDepth = oldDepth;
    restoreHooks();
  }
}

/** `run_until_complete(future)`: the result (new reference). */
export function runUntilComplete(loop: PyLoop, arg: rt.PyObject, outer: readonly rt.HiddenFrame[] = []): rt.PyObject {
  checkClosed(loop);
  if (loop.core.isRunning()) throw raiseNew(rt.Exceptions.RuntimeError, 'This event loop is already running');
  if (state.runningLoop !== null) throw raiseNew(rt.Exceptions.RuntimeError, 'Cannot run the event loop while another loop is running');
  const fut = loopHooks.ensureFuture(arg, loop);
  try {
    const stopCb = rt.newBuiltinFunction({ name: '_run_until_complete_cb', kind: 'o', impl: (_s, args) => {
      const f = args[0] as rt.PyObject;
      const cancelled = callMethod(f, 'cancelled', []);
      const isCancelled = rt.isTrue(cancelled);
      rt.decref(cancelled);
      if (isCancelled) {
        loop.core.stop();
        return rt.newNone();
      }
      const exc = callMethod(f, 'exception', []);
      const special = exc.type.isSubtype(rt.Exceptions.SystemExit) || exc.type.isSubtype(rt.Exceptions.KeyboardInterrupt);
      rt.decref(exc);
      if (!special) loop.core.stop();
      return rt.newNone();
    } }, null);
    callMethod(fut, 'add_done_callback', [stopCb]);
    try {
      runForever(loop, [asyncioFrame('base_events.py', 603, 'run_until_complete'), ...outer]);
    } finally {
      callMethod(fut, 'remove_done_callback', [stopCb]);
      rt.decref(stopCb);
    }
    const done = callMethod(fut, 'done', []);
    const isDone = rt.isTrue(done);
    rt.decref(done);
    if (!isDone) throw raiseNew(rt.Exceptions.RuntimeError, 'Event loop stopped before Future completed.');
    return callMethod(fut, 'result', []);
  } finally {
    rt.decref(fut);
  }
}

/** Calls `o.name(*args)` (new reference). */
export function callMethod(o: rt.PyObject, name: string, args: readonly rt.PyObject[]): rt.PyObject {
  const m = rt.getAttrString(o, name);
  try {
    return rt.callObject(m, args);
  } finally {
    rt.decref(m);
  }
}

/** A Python-visible `Handle`/`TimerHandle` over a core handle. */
export const handleType: rt.PyType = rt.staticType({ name: 'Handle', module: 'asyncio.events', basicsize: 16, flags: 0 });
/** `TimerHandle`. */
export const timerHandleType: rt.PyType = rt.staticType({ name: 'TimerHandle', module: 'asyncio.events', basicsize: 16, flags: 0, base: handleType });

class PyHandle extends rt.PyObject {
  handle: Handle | null = null;
  release: () => void = () => undefined;
  when = 0;
  label = '';
}
handleType.repr = (self) => {
  const h = self as PyHandle;
  const parts = [self.type.name];
  const cancelled = h.handle?.cancelled === true;
  if (cancelled) parts.push('cancelled');
  if (self.type === timerHandleType) {
    // `when` is a float: shown with Python's float repr (`when=1.0`, not `when=1`).
    const when = rt.newFloat(h.when);
    try {
      parts.push(`when=${rt.reprText(when)}`);
    } finally {
      rt.decref(when);
    }
  }
  // `Handle.cancel()` drops the callback, so a cancelled handle no longer shows it.
  if (!cancelled) parts.push(h.label);
  return rt.newStr(`<${parts.join(' ')}>`);
};
rt.addMethods(handleType, [
  {
    name: 'cancel',
    kind: 'noargs',
    impl: (self) => {
      const h = self as PyHandle;
      if (h.handle !== null && !h.handle.cancelled) {
        h.handle.cancel();
        h.release();
      }
      return rt.newNone();
    },
  },
  { name: 'cancelled', kind: 'noargs', impl: (self) => rt.newBool((self as PyHandle).handle?.cancelled === true) },
]);
rt.addMethods(timerHandleType, [{ name: 'when', kind: 'noargs', impl: (self) => rt.newFloat((self as PyHandle).when) }]);

/** Schedules `callback(*args)` (borrowed): `call_soon` when `when` is null, else `call_at(when)`. */
export function scheduleCall(loop: PyLoop, when: number | null, callback: rt.PyObject, args: readonly rt.PyObject[]): rt.PyObject {
  checkClosed(loop);
  const cb = rt.incref(callback);
  const argv = args.map((a) => rt.incref(a));
  const label = formatCallbackSource(callback, argv);
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    rt.decref(cb);
    for (const a of argv) rt.decref(a);
    rt.decref(pyHandle);
  };
  const run = (): void => {
    try {
      rt.decref(rt.callObject(cb, argv));
    } catch (e) {
      if (!(e instanceof rt.PyRaise)) throw e;
      callExceptionHandler(loop, `Exception in callback ${label}`, e, [['handle', pyHandle]]);
    } finally {
      release();
    }
  };
  const type = when === null ? handleType : timerHandleType;
  const pyHandle = new PyHandle(type, rt.allocateAddress(type));
  const h = when === null ? loop.core.callSoon(run, label) : loop.core.callAt(when, run, label);
  pyHandle.handle = h;
  pyHandle.release = release;
  rt.incref(pyHandle);
  pyHandle.when = when ?? 0;
  pyHandle.label = label;
  return pyHandle;
}

/** `reprlib.repr` of a callback argument (long strings are cut in the middle). */
function shortArgRepr(o: rt.PyObject): string {
  if (!(o instanceof rt.PyStr)) return rt.reprText(o);
  const text = rt.strText(o);
  let s = rt.reprText(o);
  if (text.length > 30) {
    const cut = rt.newStr(text.slice(0, 30));
    s = rt.reprText(cut);
    rt.decref(cut);
  }
  if (s.length <= 30) return s;
  const i = Math.max(0, Math.floor((30 - 3) / 2));
  const j = Math.max(0, 30 - 3 - i);
  return `${s.slice(0, i)}...${s.slice(s.length - j)}`;
}

/** `format_helpers._format_callback_source(func, args)`: qualname, arguments, source location. */
export function formatCallbackSource(func: rt.PyObject, args: readonly rt.PyObject[]): string {
  let name = '';
  for (const attr of ['__qualname__', '__name__']) {
    const v = rt.getAttrOrNull(func, rt.internStr(attr));
    if (v !== null) {
      const ok = rt.isTrue(v);
      if (ok && name === '') name = rt.strText(v);
      rt.decref(v);
    }
  }
  if (name === '') name = rt.reprText(func);
  let out = `${name}(${args.map(shortArgRepr).join(', ')})`;
  if (func instanceof rt.PyFunction) out += ` at ${rt.strText(func.code.filename)}:${func.code.co.firstlineno}`;
  return out;
}

/** `checkCallable`-style argument splitting for call_soon/call_later (positional callback and args). */
export function callbackArgs(args: readonly rt.PyObject[], kwnames: readonly string[] | null, skip: number, what: string): { callback: rt.PyObject; rest: readonly rt.PyObject[] } {
  const { pos } = splitArgs(args, kwnames);
  const callback = pos[skip];
  if (callback === undefined) throw rt.typeError(`${what}() missing 1 required positional argument: 'callback'`);
  return { callback, rest: pos.slice(skip + 1) };
}
