/**
 * What the asyncio module keeps per run: the exception classes of asyncio.exceptions, the running
 * loop, the policy's loop, the task registry and the task name counter. Mirrors CPython 3.8
 * Lib/asyncio/exceptions.py and the module state of Modules/_asynciomodule.c.
 * @module
 */
 
import { rt } from '@corosim/vm/host';

const E = rt.Exceptions;

function excType(name: string, base: rt.PyType): rt.PyType {
  return rt.staticType({ name, module: 'asyncio.exceptions', basicsize: 64, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC, base });
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
export const QueueEmpty: rt.PyType = rt.staticType({ name: 'QueueEmpty', module: 'asyncio.queues', basicsize: 64, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC, base: E.Exception });
/** `asyncio.QueueFull`. */
export const QueueFull: rt.PyType = rt.staticType({ name: 'QueueFull', module: 'asyncio.queues', basicsize: 64, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC, base: E.Exception });

/** The per-run state. */
export interface AsyncioState {
  /** `_get_running_loop()`: borrowed (the loop is alive while it runs). */
  runningLoop: rt.PyObject | null;
  /** The policy's loop for this thread (owned), or null. */
  policyLoop: rt.PyObject | null;
  /** `_set_called` of the policy's thread-local state: once set, no loop is made implicitly. */
  policySetCalled: boolean;
  /** `_task_name_counter`. */
  taskCounter: number;
  /** `_all_tasks` (a WeakSet in CPython: not owned). */
  readonly allTasks: Set<rt.PyObject>;
  /** `_current_tasks`: loop → task (borrowed). */
  readonly currentTasks: Map<rt.PyObject, rt.PyObject>;
}

/** The state of the current run (reset on each first import). */
export const state: AsyncioState = { runningLoop: null, policyLoop: null, policySetCalled: false, taskCounter: 0, allTasks: new Set(), currentTasks: new Map() };

/** Resets the state for a new run. */
export function resetState(): void {
  state.runningLoop = null;
  state.policyLoop = null;
  state.policySetCalled = false;
  state.taskCounter = 0;
  state.allTasks.clear();
  state.currentTasks.clear();
}

/** Lets go of the policy's loop (when the module that holds the policy dies). */
export function releasePolicyLoop(): void {
  const loop = state.policyLoop;
  state.policyLoop = null;
  if (loop !== null) rt.decref(loop);
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
