/**
 * What the asyncio module keeps per run: the exception classes of asyncio.exceptions, the running
 * loop, the policy's loop, the task registry and the task name counter. Mirrors CPython 3.8
 * Lib/asyncio/exceptions.py and the module state of Modules/_asynciomodule.c.
 * @module
 */
 
import { rt } from '@corosim/vm/host';

const E = rt.Exceptions;

/**
 * An exception class of CPython's asyncio, a class statement there: its dict has `__module__`,
 * and its instances take weak references (a pointer after the base's fields, with the
 * `__weakref__` descriptor), which the built-in exceptions do not; the instance dict is the
 * base's.
 */
function excType(name: string, base: rt.PyType, module = 'asyncio.exceptions'): rt.PyType {
  const t = rt.staticType({ name, module, basicsize: 64, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC, base });
  t.isPythonClass = true;
  rt.layOutAsLibraryClass(t, { dict: false, weak: true });
  return t;
}

/** `asyncio.CancelledError` (a BaseException in 3.8). */
export const CancelledError: rt.PyType = excType('CancelledError', E.BaseException);
/** `asyncio.TimeoutError`. */
export const TimeoutError: rt.PyType = excType('TimeoutError', E.Exception);
/** `asyncio.InvalidStateError`. */
export const InvalidStateError: rt.PyType = excType('InvalidStateError', E.Exception);
/** `asyncio.SendfileNotAvailableError`. */
export const SendfileNotAvailableError: rt.PyType = excType('SendfileNotAvailableError', E.RuntimeError);
/** `asyncio.IncompleteReadError`. */
export const IncompleteReadError: rt.PyType = excType('IncompleteReadError', E.EOFError);
/** `asyncio.LimitOverrunError`. */
export const LimitOverrunError: rt.PyType = excType('LimitOverrunError', E.Exception);
/** `asyncio.QueueEmpty` (asyncio.queues). */
export const QueueEmpty: rt.PyType = excType('QueueEmpty', E.Exception, 'asyncio.queues');
/** `asyncio.QueueFull`. */
export const QueueFull: rt.PyType = excType('QueueFull', E.Exception, 'asyncio.queues');

/** The per-run state. */
export interface AsyncioState {
  /** `_get_running_loop()`: borrowed (the loop is alive while it runs). */
  runningLoop: rt.PyObject | null;
  /** The current event loop policy (owned), or null until `get_event_loop_policy()` makes the default one. */
  policy: rt.PyObject | null;
  /** The policy's loop for this thread (owned), or null. */
  policyLoop: rt.PyObject | null;
  /** `_set_called` of the policy's thread-local state: once set, no loop is made implicitly. */
  policySetCalled: boolean;
  /** `coroutines._is_coroutine`, the mark of `@asyncio.coroutine` functions (owned; made on first use). */
  isCoroutineMark: rt.PyObject | null;
  /** `base_events._run_until_complete_cb` (owned; made with the module). */
  runUntilCompleteCb: rt.PyObject | null;
  /** `asyncio.log.logger` (owned; made with the module). */
  logger: rt.PyObject | null;
  /** `_task_name_counter`. */
  taskCounter: number;
  /** `_all_tasks` (a WeakSet in CPython: not owned). */
  readonly allTasks: Set<rt.PyObject>;
  /** `_current_tasks`: loop → task (both owned, as the dict's key and value). */
  readonly currentTasks: Map<rt.PyObject, rt.PyObject>;
}

/** The state of the current run (reset on each first import). */
export const state: AsyncioState = { runningLoop: null, policy: null, policyLoop: null, isCoroutineMark: null, runUntilCompleteCb: null, logger: null, policySetCalled: false, taskCounter: 0, allTasks: new Set(), currentTasks: new Map() };

/** Resets the state for a new run. */
export function resetState(): void {
  state.runningLoop = null;
  state.policy = null;
  state.isCoroutineMark = null;
  state.runUntilCompleteCb = null;
  state.logger = null;
  state.policyLoop = null;
  state.policySetCalled = false;
  state.taskCounter = 0;
  state.allTasks.clear();
  state.currentTasks.clear();
}

/** Lets go of the module state that holds objects: the policy and its loop, the `_is_coroutine` mark, `_run_until_complete_cb`, the logger (when the module dies). */
export function releasePolicyLoop(): void {
  const mark = state.isCoroutineMark;
  state.isCoroutineMark = null;
  if (mark !== null) rt.decref(mark);
  const cb = state.runUntilCompleteCb;
  state.runUntilCompleteCb = null;
  if (cb !== null) rt.decref(cb);
  const logger = state.logger;
  state.logger = null;
  if (logger !== null) rt.decref(logger);
  const policy = state.policy;
  state.policy = null;
  if (policy !== null) rt.decref(policy);
  const loop = state.policyLoop;
  state.policyLoop = null;
  if (loop === null) return;
  // At exit the loop lives in the policy's thread-local, which CPython drops after its last
  // collection: the cycles through the loop are never collected there.
  if (rt.tstate.finalizing) rt.keepUntilExit(loop);
  else rt.decref(loop);
}

/** Raises `type(message)` (or `type()` when message is null). */
export function raiseNew(type: rt.PyType, message: string | null): rt.PyRaise {
  return rt.raiseValue(rt.newExceptionStealing(type, message === null ? [] : [rt.newStr(message)]));
}

/** Takes a caught exception: its value with the traceback attached (new reference); the raise is cleared. */
export function takeException(e: rt.PyRaise): rt.PyBaseException {
  const value = e.value;
  if (e.traceback !== null && value.traceback !== e.traceback) {
    const old = value.traceback;
    value.traceback = rt.incref(e.traceback);
    rt.xdecref(old);
  }
  rt.incref(value);
  rt.clearRaise(e);
  return value;
}

/**
 * An exception (`second`) raised while another (`first`) was on its way out of a `finally`: the
 * first is let go, becoming the second's `__context__` as Python chains them. Returns `second`
 * to throw.
 */
export function supersede(first: unknown, second: unknown): unknown {
  if (!(first instanceof rt.PyRaise) || !(second instanceof rt.PyRaise)) return second;
  const value = second.value;
  if (value !== first.value && value.context === null) value.context = takeException(first);
  else rt.clearRaise(first);
  return second;
}

/**
 * `except: cleanup(); raise`: runs `cleanup` while `e` is in flight, then rethrows `e`; an
 * exception `cleanup` raises replaces it, chained to it as its `__context__`.
 */
export function cleanupThenRethrow(e: unknown, cleanup: () => void): never {
  try {
    cleanup();
  } catch (e2) {
    throw supersede(e, e2);
  }
  throw e;
}

/** Raises a stored exception instance again (borrowed). */
export function reraise(exc: rt.PyBaseException): rt.PyRaise {
  return rt.raiseValue(rt.incref(exc));
}

/** Calls `fn`, turning a Python exception into `onError(value)` (value owned by the callee for the call). */
export function catchPy<T>(fn: () => T, onError: (e: rt.PyRaise) => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof rt.PyRaise)) throw e;
    return onError(e);
  }
}

/** The keywords of a call that has none (read only). */
const NO_KEYWORDS: ReadonlyMap<string, rt.PyObject> = new Map();

/** Keyword arguments of a `fastkw` call as a map; positional ones are the first `args.length - kwnames.length`. */
export function splitArgs(args: readonly rt.PyObject[], kwnames: readonly string[] | null): { pos: readonly rt.PyObject[]; kw: ReadonlyMap<string, rt.PyObject> } {
  const nkw = kwnames?.length ?? 0;
  // Without keywords: the arguments as they are and one shared empty map (no copies per call).
  if (nkw === 0) return { pos: args, kw: NO_KEYWORDS };
  const pos = args.slice(0, args.length - nkw);
  const kw = new Map<string, rt.PyObject>();
  for (let i = 0; i < nkw; i++) kw.set((kwnames as readonly string[])[i] as string, args[pos.length + i] as rt.PyObject);
  return { pos, kw };
}

/**
 * Runs `fn` as code in an `except` block handling `exc` runs: `sys.exc_info()` shows it, and an
 * exception raised there gets it as `__context__` (the fields of the current `exc_info` item,
 * set and restored as SETUP_FINALLY's handler and POP_EXCEPT do).
 */
export function whileHandling(exc: rt.PyBaseException, fn: () => void): void {
  const info = rt.tstate.excInfo;
  const { type, value, traceback } = info;
  info.type = rt.incref(exc.type);
  info.value = rt.incref(exc);
  info.traceback = exc.traceback === null ? null : rt.incref(exc.traceback);
  try {
    fn();
  } finally {
    const set = [info.type, info.value, info.traceback];
    info.type = type;
    info.value = value;
    info.traceback = traceback;
    for (const o of set) rt.xdecref(o);
  }
}
