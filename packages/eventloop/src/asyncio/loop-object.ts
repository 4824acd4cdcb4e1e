/**
 * The Python-visible event loop (`_UnixSelectorEventLoop`) over the TypeScript scheduling core:
 * `run_forever`/`run_until_complete`/`stop`/`close` (the exception handler and its default output
 * are in exception-handler.ts, the handles of `call_soon`/`call_later`/`call_at` in
 * handle-object.ts). Mirrors CPython 3.8
 * Lib/asyncio/base_events.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { pythonClassRoot, withSignature } from './python-method.ts';
import { LoopDeadlockError } from '../errors.ts';
import type { LoopClock } from '../loop-clock.ts';
import { EventLoop } from '../loop.ts';
import { raiseNew, state } from './state.ts';
import { noteLoopCreated } from './observe.ts';
import { setFunctionSource } from './callback-source.ts';
import { madeAt } from './source-traceback.ts';
import { asyncioFrame, asyncioSource, underAsyncioFrames } from './asyncio-paths.ts';
import { AsyncgenWeakSet } from './asyncgen-weak-set.ts';
import { importModule } from './snapshots.ts';

// The loop classes of CPython 3.8 are Python classes: instances have the object head, `__dict__`
// and `__weakref__` (sys.getsizeof 48).
const loopClass = (name: string, module: string, base?: rt.PyType): rt.PyType => {
  const t = rt.staticType({ name, module, basicsize: 32, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC, ...(base === undefined ? {} : { base }) });
  t.weakrefable = true;
  return t;
};

/** `asyncio.AbstractEventLoop` (events.py), the root of the loop classes. */
export const abstractLoopType: rt.PyType = loopClass('AbstractEventLoop', 'asyncio.events');
pythonClassRoot(abstractLoopType);
/** `asyncio.BaseEventLoop` (base_events.py). */
export const baseLoopType: rt.PyType = loopClass('BaseEventLoop', 'asyncio.base_events', abstractLoopType);
/** `BaseSelectorEventLoop` (selector_events.py). */
export const baseSelectorLoopType: rt.PyType = loopClass('BaseSelectorEventLoop', 'asyncio.selector_events', baseLoopType);
/**
 * The loop type, `asyncio.SelectorEventLoop` (unix_events.py), with CPython's chain of bases.
 * `BaseEventLoop` holds the methods, and its instances are loops too: one that is no selector loop
 * waits in `self._selector.select(timeout)` and `self._process_events(...)`, which its program
 * supplies (see {@link pythonSelectHook}).
 */
export const loopType: rt.PyType = loopClass('_UnixSelectorEventLoop', 'asyncio.unix_events', baseSelectorLoopType);

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
  /** `_debug` as a truth value (what the loop acts on). */
  debug = false;
  /** `_debug` as `set_debug` was given it (owned), when that was not a bool: `get_debug()` returns it. */
  debugValue: rt.PyObject | null = null;
  closed = false;
  /** `_asyncgens`: the weak set of async generators the first-iteration hook saw. */
  readonly asyncgens: AsyncgenWeakSet = new AsyncgenWeakSet();
  /** `_transports` (owned): a selector loop's `weakref.WeakValueDictionary`, or null. */
  transports: rt.PyObject | null = null;
  /** `_asyncgens_shutdown_called`. */
  asyncgensShutdownCalled = false;
  /** `_task_factory` (owned), or null. */
  taskFactory: rt.PyObject | null = null;
  /** `_default_executor` (owned), as `set_default_executor` was given it, or null. */
  defaultExecutor: rt.PyObject | null = null;
  /** `_coroutine_origin_tracking_enabled` and `_coroutine_origin_tracking_saved_depth`. */
  originTracking = false;
  /** Null (None) until origin tracking is first turned on. */
  savedOriginDepth: number | null = null;
  /** Whether `_clock_resolution` (the core's `clockResolution`) was last set to an int. */
  clockResolutionIsInt = false;
  /** `slow_callback_duration`: in debug mode, a callback running this long is reported. */
  slowCallbackDuration = 0.1;
  /** The source traceback of `_current_handle` (debug mode, while a handle runs), or null. */
  currentHandleTraceback: readonly rt.HiddenFrame[] | null = null;

  constructor(type: rt.PyType, address: number) {
    super(type, address);
    // `self.time()`: the core reads the clock unless the class or the instance replaces `time`.
    this.core.timeHook = () => (methodOverridden(this, 'time') ? pythonTime(this) : vmClock.now());
  }
}

/** `self.time()` of a loop whose `time` is not asyncio's, as the number the core computes with. */
function pythonTime(l: PyLoop): number {
  const t = callMethod(l, 'time', []);
  try {
    if (t instanceof rt.PyFloat) return t.value;
    if (t instanceof rt.PyInt) return Number(t.value);
    // `end_time = self.time() + self._clock_resolution` of `_run_once`.
    throw rt.typeError(`unsupported operand type(s) for +: '${t.type.name}' and 'float'`);
  } finally {
    rt.decref(t);
  }
}

/** `f'{self.get_debug()}'`. */
function debugText(l: PyLoop): string {
  if (l.debugValue === null) return l.debug ? 'True' : 'False';
  const text = rt.str(l.debugValue);
  try {
    return rt.strText(text);
  } finally {
    rt.decref(text);
  }
}

/** `loop.get_debug()` of asyncio's loop (new reference): `_debug` as it was set. */
export function debugObject(loop: PyLoop): rt.PyObject {
  return loop.debugValue === null ? rt.newBool(loop.debug) : rt.incref(loop.debugValue);
}

/** `constants.DEBUG_STACK_DEPTH`. */
export const DEBUG_STACK_DEPTH = 10;

/** `_set_coroutine_origin_tracking(enabled)`: debug mode records where coroutines are made. */
export function setOriginTracking(loop: PyLoop, enabled: boolean): void {
  if (enabled === loop.originTracking) return;
  if (enabled) {
    loop.savedOriginDepth = rt.tstate.coroutineOriginTrackingDepth;
    rt.tstate.coroutineOriginTrackingDepth = DEBUG_STACK_DEPTH;
  } else rt.tstate.coroutineOriginTrackingDepth = loop.savedOriginDepth ?? 0;
  loop.originTracking = enabled;
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
  makeLoopState(l, true);
  return l;
}

/**
 * What the `__init__` of CPython's loop classes make and keep that takes memory the program's own
 * objects could have had: `BaseEventLoop`'s `_asyncgens` with its `_remove` function, and a
 * selector loop's `_transports`, a `weakref.WeakValueDictionary` with its `remove` function.
 */
function makeLoopState(l: PyLoop, selector: boolean): void {
  l.asyncgens.prepare();
  if (!selector) return;
  const weakref = importModule('weakref');
  try {
    const wvd = rt.getAttrString(weakref, 'WeakValueDictionary');
    try {
      l.transports = rt.callObject(wvd, []);
    } finally {
      rt.decref(wvd);
    }
  } finally {
    rt.decref(weakref);
  }
}

loopType.new = (type) => {
  const l = new PyLoop(type, rt.allocateAddress(type));
  // An instance of a subclass holds its class (released by `subtype_dealloc`).
  if (type.isHeapType) rt.incref(type);
  const selector = type.isSubtype(baseSelectorLoopType);
  if (!selector) l.core.selectHook = pythonSelectHook(l);
  makeLoopState(l, selector);
  return l;
};

/** `0` and `MAXIMUM_SELECT_TIMEOUT` are ints in `_run_once` (`max(0, ...)`, `min(..., 24 * 3600)`). */
const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;

/**
 * The wait of `BaseEventLoop._run_once` for a loop that is no selector loop:
 * `event_list = self._selector.select(timeout)` then `self._process_events(event_list)`, both
 * looked up on the loop (`BaseEventLoop` has no `_selector`, and its `_process_events` raises
 * NotImplementedError). The selector does the waiting: the virtual clock moves only if it moves
 * it, except that one that reports no events at once (a stub, a mock) has waited out its timeout,
 * as a real selector with nothing to report does (see {@link waitOutTimeout}), when `waits`: in a
 * loop that runs, not in one `_run_once()` a program calls itself.
 */
function pythonSelectHook(l: PyLoop, waits = true): (timeout: number | null) => void {
  return (timeout) => {
    const before = vmClock.now();
    const selector = rt.getAttrString(l, '_selector');
    let events: rt.PyObject;
    try {
      const t = timeout === null ? rt.newNone() : timeout === 0 || timeout === MAXIMUM_SELECT_TIMEOUT ? rt.newInt(timeout) : rt.newFloat(timeout);
      try {
        events = callMethod(selector, 'select', [t]);
      } finally {
        rt.decref(t);
      }
    } finally {
      rt.decref(selector);
    }
    try {
      if (waits) waitOutTimeout(l, timeout, before, events);
      rt.decref(callMethod(l, '_process_events', [events]));
    } finally {
      rt.decref(events);
    }
  };
}

/**
 * Moves the virtual clock by `timeout` after a Python `select` that returned no events without
 * moving it, for a loop that reads the clock (`time` not replaced). On CPython such a selector
 * returns at once and `_run_once` spins until real time reaches the next timer; under virtual
 * time nothing else would ever move the clock, and the loop would spin forever.
 */
function waitOutTimeout(l: PyLoop, timeout: number | null, before: number, events: rt.PyObject): void {
  if (timeout === null || !(timeout > 0) || vmClock.now() !== before || methodOverridden(l, 'time')) return;
  // Only a list or tuple is looked at: a truth test could run Python code CPython never runs.
  if (!(events instanceof rt.PyList || events instanceof rt.PyTuple) || events.items.length > 0) return;
  vmClock.advanceTo(before + timeout);
}
/**
 * What a pending handle's argument does for the collector: shows the references it owns, and lets
 * go of them when the loop drops the handle unrun.
 */
interface HeldByLoop {
  visitHeld(visit: (o: rt.PyObject) => void): void;
}

function isHeldByLoop(arg: unknown): arg is HeldByLoop {
  return typeof (arg as Partial<HeldByLoop> | null)?.visitHeld === 'function';
}

/** The frame of `BaseEventLoop.close` dropping each queue: `self._ready.clear()`, then `self._scheduled.clear()`. */
const CLOSE_FRAMES = {
  ready: [asyncioFrame('base_events.py', 641, 'close')],
  scheduled: [asyncioFrame('base_events.py', 642, 'close')],
} as const;

/**
 * The dropping of the handles of `BaseEventLoop.close` (the caller sets `_closed`): what the
 * handles held is released on the line of `close` that clears their queue, so a coroutine never
 * awaited warns from there as in CPython.
 */
export function closeCore(l: PyLoop): void {
  l.core.close((queue, release) => {
    underAsyncioFrames(CLOSE_FRAMES[queue], release);
  });
}

/** The end of `BaseEventLoop.close`: the default executor is let go, then `executor.shutdown(wait=False)`. */
export function shutdownDefaultExecutor(l: PyLoop): void {
  const executor = l.defaultExecutor;
  if (executor === null) return;
  l.defaultExecutor = null;
  try {
    rt.decref(callMethod(executor, 'shutdown', [rt.False], ['wait']));
  } finally {
    rt.decref(executor);
  }
}

/** `BaseEventLoop.__del__`: an unclosed loop that is not running closes itself (its handles are dropped). */
function finalizeLoop(l: PyLoop): void {
  if (!l.closed && !l.core.isRunning()) {
    l.closed = true;
    closeCore(l);
    try {
      shutdownDefaultExecutor(l);
    } catch (e) {
      if (!(e instanceof rt.PyRaise)) throw e;
      // What `__del__` raises is unraisable.
      const del = rt.lookupType(l.type, '__del__');
      rt.writeUnraisable(e, del ?? l);
    }
  }
}

/** Drops what the loop holds: its handles (unrun), its exception handler, its instance dict. */
function clearLoop(l: PyLoop): void {
  l.core.discardPending();
  const handler = l.handler;
  const factory = l.taskFactory;
  const debugValue = l.debugValue;
  const executor = l.defaultExecutor;
  l.handler = l.taskFactory = l.debugValue = l.defaultExecutor = null;
  rt.xdecref(handler);
  rt.xdecref(factory);
  rt.xdecref(debugValue);
  rt.xdecref(executor);
  const d = l.dict;
  l.dict = null;
  rt.xdecref(d);
  const transports = l.transports;
  l.transports = null;
  rt.xdecref(transports);
  l.asyncgens.release();
}

loopType.finalize = (self) => {
  if (self.refcnt > 0) finalizeLoop(self as PyLoop);
};
loopType.dealloc = (self) => {
  const l = self as PyLoop;
  // Alive again while its handles go: what they held may be finalized, and may reach the loop.
  l.refcnt = 1;
  if (!l.finalized) {
    l.finalized = true;
    finalizeLoop(l);
  }
  rt.clearWeakrefs(l);
  clearLoop(l);
  if (--l.refcnt !== 0) return;
  rt.freeObject(self);
};
loopType.traverse = (self, visit) => {
  const l = self as PyLoop;
  if (l.handler !== null) visit(l.handler);
  if (l.taskFactory !== null) visit(l.taskFactory);
  if (l.debugValue !== null) visit(l.debugValue);
  if (l.defaultExecutor !== null) visit(l.defaultExecutor);
  if (l.dict !== null) visit(l.dict);
  l.core.forEachPendingArg((arg) => {
    if (isHeldByLoop(arg)) arg.visitHeld(visit);
  });
  // A cancelled `Handle` object stays in the loop's queue until `_run_once` pops it.
  l.core.forEachCancelledArg((arg) => {
    if (isHeldByLoop(arg) && typeof (arg as { discarded?: unknown }).discarded === 'function') arg.visitHeld(visit);
  });
};
loopType.clear = (self) => {
  clearLoop(self as PyLoop);
};
loopType.repr = (self) => {
  const l = self as PyLoop;
  return rt.newStr(`<${self.type.name} running=${l.core.isRunning() ? 'True' : 'False'} closed=${l.closed ? 'True' : 'False'} debug=${debugText(l)}>`);
};

// `BaseEventLoop` and `BaseSelectorEventLoop` instances are loops as well.
for (const t of [baseLoopType, baseSelectorLoopType]) {
  t.new = loopType.new;
  t.finalize = loopType.finalize;
  t.dealloc = loopType.dealloc;
  t.traverse = loopType.traverse;
  t.clear = loopType.clear;
  t.repr = loopType.repr;
}

/**
 * `loop.get_debug()` as `future_init` calls it: asyncio's own loop answers from its flag, anything
 * else given as `loop=` is asked through its method (`Future(loop=5)` raises AttributeError).
 */
export function loopGetDebug(loop: rt.PyObject): boolean {
  if (loop.type === loopType) return (loop as PyLoop).debug;
  const r = callMethod(loop, 'get_debug', []);
  try {
    return rt.isTrue(r);
  } finally {
    rt.decref(r);
  }
}

/**
 * `loop.call_soon(callback, *args, context=context)` through the method of a loop that is not
 * asyncio's (a future or task made with `loop=` something else), as `_asyncio`'s `call_soon`
 * makes it: a missing method raises AttributeError as in CPython.
 */
export function callSoonThroughMethod(loop: rt.PyObject, callback: rt.PyObject, args: readonly rt.PyObject[], context: rt.PyObject | null = null): void {
  const result = context === null ? callMethod(loop, 'call_soon', [callback, ...args]) : callMethod(loop, 'call_soon', [callback, ...args, context], ['context']);
  rt.decref(result);
}

/**
 * Whether `loop` is asyncio's loop with its own `call_soon`: the futures and tasks of CPython's
 * `_asyncio` call `loop.call_soon(...)` by name, so a subclass overriding it is called.
 */
export function hasNativeCallSoon(loop: rt.PyObject): loop is PyLoop {
  if (!(loop instanceof PyLoop)) return false;
  // `loop.call_soon` finds an instance's own first (a program or a test replacing it); most loops
  // have no instance dict, so this costs one null check.
  if (loop.dict !== null && rt.dictGetStr(loop.dict, 'call_soon') !== null) return false;
  return loop.type === loopType || rt.lookupType(loop.type, 'call_soon') === rt.lookupType(loopType, 'call_soon');
}

/** Whether the loop's method `name` is not asyncio's: set on the instance or overridden by a subclass. */
export function methodOverridden(loop: PyLoop, name: string): boolean {
  if (loop.dict !== null && rt.dictGetStr(loop.dict, name) !== null) return true;
  return loop.type !== loopType && rt.lookupType(loop.type, name) !== rt.lookupType(loopType, name);
}

/** Whether a timer set on `loop` must go through its own `call_later` (it or `call_at` is not asyncio's, or it is no asyncio loop). */
export function timersOverridden(loop: rt.PyObject): boolean {
  return !(loop instanceof PyLoop) || methodOverridden(loop, 'call_later') || methodOverridden(loop, 'call_at');
}

/** What a native scheduler keeps of the timer it set: `timeout_handle.cancel()`. */
export interface LoopTimer {
  cancel(): void;
}

/**
 * `loop.call_later(delay, callback)` of a native scheduler (the timeouts of wait_for, wait and
 * as_completed): on the core, or through the loop's own methods when {@link timersOverridden},
 * with `callback` as a builtin function named `label`. `text`, when given, writes what
 * `loop._scheduled` shows of the callback and its arguments.
 */
export function loopCallLater(loop: rt.PyObject, delay: number, callback: () => void, label: string, text?: () => string): LoopTimer {
  if (!timersOverridden(loop)) {
    const core = (loop as PyLoop).core;
    if (text === undefined) return core.callLater(delay, callback, label);
    // With the text `loop._scheduled` shows for the callback (`_format_callback_source`).
    return core.callAtWith(core.time() + delay, runDescribedTimer, { run: callback, callbackText: text }, label);
  }
  return new MethodTimer(loop, delay, callback, label);
}

/** Runs a timer set with the text of its callback. */
function runDescribedTimer(timer: { readonly run: () => void }): void {
  timer.run();
}

/** A timer set through `loop.call_later`: the handle it returned is held until the timer fires or is cancelled. */
class MethodTimer implements LoopTimer {
  #handle: rt.PyObject | null = null;

  constructor(loop: rt.PyObject, delay: number, callback: () => void, label: string) {
    const fn = rt.newBuiltinFunction({
      name: label,
      kind: 'noargs',
      impl: () => {
        this.#drop();
        callback();
        return rt.newNone();
      },
    }, null);
    const d = rt.newFloat(delay);
    try {
      this.#handle = callMethod(loop, 'call_later', [d, fn]);
    } finally {
      rt.decref(d);
      rt.decref(fn);
    }
  }

  cancel(): void {
    const h = this.#handle;
    if (h === null) return;
    this.#handle = null;
    try {
      rt.decref(callMethod(h, 'cancel', []));
    } finally {
      rt.decref(h);
    }
  }

  #drop(): void {
    const h = this.#handle;
    this.#handle = null;
    rt.xdecref(h);
  }
}

/** `_check_closed`. */
export function checkClosed(loop: PyLoop): void {
  if (loop.closed) throw raiseNew(rt.Exceptions.RuntimeError, 'Event loop is closed');
}

/** `Handle._run`, the frame a callback's exception leaves last in CPython. */
const HANDLE_RUN: readonly rt.HiddenFrame[] = [asyncioFrame('events.py', 81, '_run')];

/** Notes that `e`, raised by a callback the loop ran, went through `Handle._run` (its traceback starts there). */
export function raisedInHandle(e: rt.PyRaise): void {
  rt.outerHiddenFrames.set(e.value, HANDLE_RUN);
}

/**
 * `run_forever`, turning a deadlock into a RuntimeError naming the pending tasks. `outer` are the
 * CPython frames between it and its Python caller (`run_until_complete`, `run`), innermost first.
 */
export function runForever(loop: PyLoop, outer: readonly rt.HiddenFrame[] = []): void {
  checkClosed(loop);
  if (loop.core.isRunning()) throw raiseNew(rt.Exceptions.RuntimeError, 'This event loop is already running');
  if (state.runningLoop !== null) throw raiseNew(rt.Exceptions.RuntimeError, 'Cannot run the event loop while another loop is running');
  setOriginTracking(loop, loop.debug);
  const restoreHooks = loopHooks.installAsyncgenHooks(loop);
  state.runningLoop = loop;
  // `while True: self._run_once()`: a subclass's `_run_once` runs each iteration.
  if (methodOverridden(loop, '_run_once')) {
    loop.core.iterationHook = () => {
      rt.decref(callMethod(loop, '_run_once', []));
    };
  }
  try {
    // `_run_once` calls `handle._run()` on line 1851 in debug mode, 1859 otherwise.
    underLoopFrames([asyncioFrame('base_events.py', loop.debug ? 1851 : 1859, '_run_once'), asyncioFrame('base_events.py', 570, 'run_forever'), ...outer], () => {
      loop.core.runForever();
    }, loop);
  } finally {
    loop.core.iterationHook = null;
    state.runningLoop = null;
    setOriginTracking(loop, false);
    restoreHooks();
  }
}

/**
 * Runs `body` with the CPython frames between the Python caller and the code the loop runs
 * (`Handle._run`, then `frames`, innermost first) shown in tracebacks, turning a deadlock into a
 * RuntimeError naming the pending tasks.
 */
function underLoopFrames(frames: readonly rt.HiddenFrame[], body: () => void, loop: PyLoop): void {
  const current = rt.tstate.frame;
  const caller = current instanceof rt.PyFrame ? current : null;
  const hiddenBefore = caller === null ? undefined : rt.hiddenCallerFrames.get(caller);
  if (caller !== null) rt.hiddenCallerFrames.set(caller, [asyncioFrame('events.py', 81, '_run'), ...frames]);
  try {
    body();
  } catch (e) {
    if (!(e instanceof LoopDeadlockError)) throw e;
    const pending = loopHooks.describePending(loop);
    throw raiseNew(rt.Exceptions.RuntimeError, `virtual-time deadlock: loop would block forever${pending}`);
  } finally {
    if (caller !== null) {
      if (hiddenBefore === undefined) rt.hiddenCallerFrames.delete(caller);
      else rt.hiddenCallerFrames.set(caller, hiddenBefore);
    }
  }
}

/**
 * `loop._run_once()` called from Python (tests step a loop with it): one iteration, without
 * making the loop the running one. Where CPython would block forever in `select(None)`, the
 * deadlock error is raised.
 */
export function runOnceFromPython(loop: PyLoop): void {
  // Called by a program on a loop that is not running, a stand-in selector that returns at once
  // has not waited: the clock stays where it is, as real time hardly moves in CPython (a test then
  // sees the timers not yet due still scheduled). A subclass's `_run_once` calling this one from
  // `run_forever` waits as the loop does, or the clock would never reach a timer.
  const hook = loop.core.selectHook;
  if (hook !== null && !loop.core.isRunning()) loop.core.selectHook = pythonSelectHook(loop, false);
  try {
    underLoopFrames([asyncioFrame('base_events.py', loop.debug ? 1851 : 1859, '_run_once')], () => {
      loop.core.runOnce();
    }, loop);
  } finally {
    loop.core.selectHook = hook;
  }
}

/**
 * `_run_until_complete_cb(fut)` of base_events.py, a Python function there: stops the future's
 * loop (`futures._get_loop(fut).stop()`), unless the future failed with SystemExit or
 * KeyboardInterrupt (`run_forever` has finished already then).
 */
const runUntilCompleteCbDef: rt.NativeDef = {
  name: '_run_until_complete_cb', kind: 'fast',
  impl: (_s, args) => {
    const f = args[0] as rt.PyObject;
    const cancelled = callMethod(f, 'cancelled', []);
    const isCancelled = rt.isTrue(cancelled);
    rt.decref(cancelled);
    if (!isCancelled) {
      const exc = callMethod(f, 'exception', []);
      const special = exc.type.isSubtype(rt.Exceptions.SystemExit) || exc.type.isSubtype(rt.Exceptions.KeyboardInterrupt);
      rt.decref(exc);
      if (special) return rt.newNone();
    }
    const loop = getFutureLoop(f);
    try {
      return callMethod(loop, 'stop', []);
    } finally {
      rt.decref(loop);
    }
  },
};

/** `base_events._run_until_complete_cb` (borrowed): one function object per run, as CPython's module has. */
export function runUntilCompleteCb(): rt.PyObject {
  let cb = state.runUntilCompleteCb;
  if (cb === null) {
    cb = rt.newNativePyFunction(withSignature(runUntilCompleteCbDef, { params: ['fut'] }), 'asyncio.base_events');
    setFunctionSource(cb, asyncioSource('base_events.py', 184));
    state.runUntilCompleteCb = cb;
  }
  return cb;
}

/** `run_until_complete(future)`: the result (new reference). */
export function runUntilComplete(loop: PyLoop, arg: rt.PyObject, outer: readonly rt.HiddenFrame[] = []): rt.PyObject {
  checkClosed(loop);
  if (loop.core.isRunning()) throw raiseNew(rt.Exceptions.RuntimeError, 'This event loop is already running');
  if (state.runningLoop !== null) throw raiseNew(rt.Exceptions.RuntimeError, 'Cannot run the event loop while another loop is running');
  const newTask = !isFuture(arg);
  const fut = madeAt([['base_events.py', 595, 'run_until_complete']], () => loopHooks.ensureFuture(arg, loop));
  try {
    // A task made here is reported by the RuntimeError below if the loop stops first: no
    // "Task was destroyed but it is pending!" when it is freed.
    if (newTask) rt.setAttr(fut, rt.internStr('_log_destroy_pending'), rt.False);
    const stopCb = rt.incref(runUntilCompleteCb());
    callMethod(fut, 'add_done_callback', [stopCb]);
    try {
      runForever(loop, [asyncioFrame('base_events.py', 603, 'run_until_complete'), ...outer]);
    } catch (e) {
      // A BaseException out of the loop: the task made here is the caller's to see no more, so
      // its exception is consumed (not logged as never retrieved).
      if (e instanceof rt.PyRaise && fut !== arg && isDoneNotCancelled(fut)) rt.decref(callMethod(fut, 'exception', []));
      throw e;
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

/**
 * `futures.isfuture(obj)`: its class has `_asyncio_future_blocking` and the object's is not None
 * (a Future, a Task, or a duck-typed future).
 */
export function isFuture(o: rt.PyObject): boolean {
  if (rt.lookupType(o.type, '_asyncio_future_blocking') === null) return false;
  const v = rt.getAttr(o, rt.internStr('_asyncio_future_blocking'));
  const isNone = v === rt.None;
  rt.decref(v);
  return !isNone;
}

/** `futures._get_loop(fut)`: `fut.get_loop()` when it has one (an AttributeError reading it means none), else `fut._loop` (new reference). */
export function getFutureLoop(fut: rt.PyObject): rt.PyObject {
  const getLoop = rt.lookupAttrString(fut, 'get_loop');
  if (getLoop === null) return rt.getAttrString(fut, '_loop');
  try {
    return rt.callObject(getLoop, []);
  } finally {
    rt.decref(getLoop);
  }
}

/** `future.done() and not future.cancelled()`. */
function isDoneNotCancelled(fut: rt.PyObject): boolean {
  for (const [name, want] of [['done', true], ['cancelled', false]] as const) {
    const r = callMethod(fut, name, []);
    const v = rt.isTrue(r);
    rt.decref(r);
    if (v !== want) return false;
  }
  return true;
}

/** Whether `e` is a SystemExit or KeyboardInterrupt, which `Handle._run` lets through. */
export function exitsTheLoop(e: unknown): e is rt.PyRaise {
  return e instanceof rt.PyRaise && (rt.exceptionMatches(e, rt.Exceptions.SystemExit) || rt.exceptionMatches(e, rt.Exceptions.KeyboardInterrupt));
}

/** Calls `o.name(*args)` (new reference); `kwnames` names the last arguments as keywords. */
export function callMethod(o: rt.PyObject, name: string, args: readonly rt.PyObject[], kwnames: readonly string[] | null = null): rt.PyObject {
  const m = rt.getAttrString(o, name);
  try {
    return rt.callObject(m, args, kwnames);
  } finally {
    rt.decref(m);
  }
}
