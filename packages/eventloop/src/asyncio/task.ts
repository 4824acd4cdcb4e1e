/**
 * `asyncio.Task`: a future that drives a coroutine one step per loop callback, waking when the
 * future it awaits is done. Mirrors CPython 3.8 Modules/_asynciomodule.c (`TaskObj`,
 * `task_step_impl`, `task_wakeup`, `_asyncio_Task_cancel_impl`, `TaskObj_finalize`) and
 * Lib/asyncio/base_tasks.py (`_task_repr_info`), coroutines.py (`_format_coroutine`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { emitTaskEvent, taskEventsObserved } from '../loop.ts';
import {
  PyFuture, TASK_LOG_DESTROY_PENDING, TASK_MUST_CANCEL, addDoneCallback, isExactFuture, type DoneCallback, cancelFuture, withSourceTraceback, deallocFuture, finalizeFuture, futureLoop, futureReprInfo, futureType, initFuture, releaseFuture, setException, setResult, traverseFuture,
} from './future.ts';
import {
  PyLoop, callMethod, callSoonThroughMethod, exitsTheLoop, getFutureLoop, hasNativeCallSoon, loopCore, loopHooks, methodOverridden,
} from './loop-object.ts';
import { reportFromFinalizer } from './exception-handler.ts';
import { reportFromDetachedHandle } from './handle-object.ts';
import { asyncioFrame, asyncioSource } from './asyncio-paths.ts';
import { PyNativeCoro, nativeCoroStep } from './native-coro.ts';
import { keepWithException } from './frame-locals.ts';
import { dropShownWakeup, newTaskStep, newTaskWakeup, setTaskStep, setTaskWakeup } from './task-wrappers.ts';
import { CancelledError, InvalidStateError, raiseNew, state, takeException } from './state.ts';

/** The `_asyncio.Task` type: `sizeof(TaskObj)` is 144 (FutureObj's fields, four pointers, two ints). */
export const taskType: rt.PyType = rt.staticType({ name: 'Task', module: '_asyncio', basicsize: 144, flags: rt.TPFLAGS_BASETYPE | rt.TPFLAGS_HAVE_GC, base: futureType });
rt.markDottedTypeName(taskType);

/**
 * A task: its coroutine (owned), the future it waits for (owned), its name.
 *
 * @remarks
 * A task is also the done callback that wakes it (CPython's `TaskWakeupMethWrapper`, which
 * `handleYield` registers on the future it waits for): no function, {@link taskWakeup} as its
 * native callback, the task itself held. So a waiting task costs no record of its own.
 */
export class PyTask extends PyFuture implements DoneCallback {
  coro: rt.PyObject | null = null;
  /** The future (or future-like object) the task waits for (owned). */
  futWaiter: rt.PyObject | null = null;
  name: rt.PyObject | null = null;
  /**
   * `task_context` (owned): a copy of the context current when the task was made; every step,
   * and the wakeup that leads to it, runs inside it.
   */
  context: rt.PyObject | null = null;

  constructor(type: rt.PyType, address: number) {
    super(type, address);
    this.flags |= TASK_LOG_DESTROY_PENDING;
  }

  /** `_must_cancel` (a bit of {@link PyFuture.flags}). */
  get mustCancel(): boolean {
    return (this.flags & TASK_MUST_CANCEL) !== 0;
  }

  set mustCancel(on: boolean) {
    this.setFlag(TASK_MUST_CANCEL, on);
  }

  /** `_log_destroy_pending` (a bit of {@link PyFuture.flags}). */
  get logDestroyPending(): boolean {
    return (this.flags & TASK_LOG_DESTROY_PENDING) !== 0;
  }

  set logDestroyPending(on: boolean) {
    this.setFlag(TASK_LOG_DESTROY_PENDING, on);
  }

  /** As a wakeup record: no Python function. */
  get fn(): null {
    return null;
  }

  /** As a wakeup record: {@link taskWakeup}. */
  get native(): (fut: PyFuture, cb: DoneCallback) => void {
    return taskWakeup;
  }

  /** As a wakeup record: the task, which the registration owns a reference to. */
  get holds(): rt.PyObject {
    return this;
  }
}

/** `iscoroutine`: a coroutine object (Python or native) or a generator-based coroutine. */
export function isCoroutine(o: rt.PyObject): boolean {
  if (o instanceof rt.PyCoroutine || o instanceof PyNativeCoro || rt.isAwaitableGenerator(o)) return true;
  if (o instanceof rt.PyGenerator) return o.kind === 'generator';
  // collections.abc.Coroutine: __await__, send, throw and close.
  const t = o.type;
  return (t.amAwait !== undefined || rt.lookupType(t, '__await__') !== null) && ['send', 'throw', 'close'].every((n) => rt.lookupType(t, n) !== null);
}

/** `Task.__init__(coro, *, loop=None, name=None)`. */
export function initTask(task: PyTask, coro: rt.PyObject, loop: rt.PyObject | null, name: rt.PyObject | null): void {
  initFuture(task, loop);
  if (!isCoroutine(coro)) {
    task.logDestroyPending = false;
    throw rt.typeError(`a coroutine was expected, got ${rt.reprText(coro)}`);
  }
  const oldContext = task.context;
  task.context = rt.contextCopyCurrent();
  rt.xdecref(oldContext);
  task.mustCancel = false;
  task.logDestroyPending = true;
  const oldCoro = task.coro;
  task.coro = rt.incref(coro);
  rt.xdecref(oldCoro);
  const oldName = task.name;
  task.name = name === null || name === rt.None ? rt.newStr(`Task-${++state.taskCounter}`) : name instanceof rt.PyStr ? rt.incref(name) : rt.str(name);
  rt.xdecref(oldName);
  callStepSoon(task, null);
  state.allTasks.add(task);
}

/** A new task running `coro` on `loop` (both borrowed). */
export function newTask(coro: rt.PyObject, loop: rt.PyObject, name: rt.PyObject | null): PyTask {
  const t = new PyTask(taskType, rt.allocateAddress(taskType));
  try {
    initTask(t, coro, loop, name);
  } catch (e) {
    rt.decref(t);
    throw e;
  }
  return t;
}

/**
 * `loop.create_task(coro)` as `ensure_future` and `asyncio.create_task` call it: through the
 * method when the loop's class or the instance overrides it.
 */
export function loopCreateTask(loop: rt.PyObject, coro: rt.PyObject): rt.PyObject {
  if (loop instanceof PyLoop && methodOverridden(loop, 'create_task')) return callMethod(loop, 'create_task', [coro]);
  return createTask(loop, coro, null);
}

/**
 * `loop.create_task(coro, name=name)`: a Task, or what the loop's task factory makes of the
 * coroutine (then named with `set_name`, when it has one, as `tasks._set_task_name` does).
 */
export function createTask(loop: rt.PyObject, coro: rt.PyObject, name: rt.PyObject | null): rt.PyObject {
  // A `loop=` that is not asyncio's loop makes the task through its own method (`ensure_future`).
  if (!(loop instanceof PyLoop)) return callMethod(loop, 'create_task', [coro]);
  if (loop.closed) throw raiseNew(rt.Exceptions.RuntimeError, 'Event loop is closed');
  const factory = loop.taskFactory;
  if (factory === null) return newTask(coro, loop, name);
  const task = rt.callObject(factory, [loop, coro]);
  if (name === null || name === rt.None) return task;
  try {
    const setName = rt.lookupAttrString(task, 'set_name');
    if (setName !== null) {
      try {
        rt.decref(rt.callObject(setName, [name]));
      } finally {
        rt.decref(setName);
      }
    }
  } catch (e) {
    rt.decref(task);
    throw e;
  }
  return task;
}

/** The task's name as text, for the loop's event stream. */
function taskLabel(task: PyTask): string {
  return task.name instanceof rt.PyStr ? rt.strText(task.name) : 'Task';
}

/** A task's next step on the ready queue, with the exception to throw in (both owned). */
class ScheduledStep {
  readonly task: PyTask;
  readonly exc: rt.PyBaseException | null;
  constructor(task: PyTask, exc: rt.PyBaseException | null) {
    this.task = task;
    this.exc = exc;
  }

  static readonly run = (s: ScheduledStep): void => {
    try {
      // `call_soon(task.__step, context=task._context)`: `Handle._run` runs it in the task's context.
      inTaskContext(s.task, () => { taskStep(s.task, s.exc); });
    } finally {
      rt.xdecref(s.exc);
      rt.decref(s.task);
    }
  };

  visitHeld(visit: (o: rt.PyObject) => void): void {
    visit(this.task);
    if (this.exc !== null) visit(this.exc);
  }

  dropped(): void {
    rt.xdecref(this.exc);
    rt.decref(this.task);
  }

  /** `_format_handle`: the task. */
  describe(): string {
    return rt.reprText(this.task);
  }

  /** What debug mode keeps alive while it times the step: the task (CPython's handle holds its `__step`). */
  get held(): rt.PyObject {
    return this.task;
  }

  /**
   * `_format_callback_source` of the `TaskStepMethWrapper` CPython queues: `loop._ready` shows
   * it. The loop queues no such object, so a stand-in is made for the text and let go.
   */
  callbackText(): string {
    const wrapper = newTaskStep(this.task, this.exc === null ? null : rt.incref(this.exc));
    try {
      return `${rt.reprText(wrapper)}()`;
    } finally {
      rt.decref(wrapper);
    }
  }
}

/** Runs `fn` in the task's context (`Context.run`), or as it is for a task not initialised. */
export function inTaskContext(task: PyTask, fn: () => void): void {
  const ctx = task.context;
  if (!(ctx instanceof rt.PyContext)) {
    fn();
    return;
  }
  rt.incref(ctx);
  try {
    rt.runInContext(ctx, fn);
  } finally {
    rt.decref(ctx);
  }
}

/** `task_call_step_soon`: `loop.call_soon(task.__step, exc)` (`exc` owned by the step). */
function callStepSoon(task: PyTask, exc: rt.PyBaseException | null): void {
  const loop = futureLoop(task);
  if (!hasNativeCallSoon(loop)) {
    callStepSoonThroughMethod(loop, task, exc);
    return;
  }
  if (loop.closed) {
    rt.xdecref(exc);
    throw raiseNew(rt.Exceptions.RuntimeError, 'Event loop is closed');
  }
  rt.incref(task);
  loopCore(loop).callSoonWith(ScheduledStep.run, new ScheduledStep(task, exc), 'task step');
}

/**
 * `task_call_step_soon` on a loop that is not asyncio's: its `call_soon` is given a callable (the
 * `TaskStepMethWrapper`) owning the task and the exception (`exc` owned by the step), which steps
 * the task and lets an error out to whoever calls it.
 */
function callStepSoonThroughMethod(loop: rt.PyObject, task: PyTask, exc: rt.PyBaseException | null): void {
  const step = newTaskStep(task, exc);
  try {
    callSoonThroughMethod(loop, step, [], task.context);
  } finally {
    rt.decref(step);
  }
}

/** `task_set_error_soon`: schedules a step that throws RuntimeError(message) in. */
function setErrorSoon(task: PyTask, message: string): void {
  const e = rt.newExceptionStealing(rt.Exceptions.RuntimeError, [rt.newStr(message)]);
  callStepSoon(task, e);
}

/** `task_step`: `enter_task`, one step, `leave_task`; an error is passed on. */
function enterStepLeave(task: PyTask, exc: rt.PyBaseException | null): void {
  const loop = futureLoop(task);
  const current = state.currentTasks.get(loop);
  if (current !== undefined) {
    throw raiseNew(rt.Exceptions.RuntimeError, `Cannot enter into task ${rt.reprText(task)} while another task ${rt.reprText(current)} is being executed.`);
  }
  // `enter_task`: `_current_tasks` holds the loop and the task while the step runs.
  state.currentTasks.set(rt.incref(loop), rt.incref(task));
  const core = loop instanceof PyLoop ? loop.core : null;
  if (core !== null && taskEventsObserved(core)) emitTaskEvent(core, { kind: 'task-step', task: taskLabel(task), time: core.time() });
  try {
    taskStepImpl(task, exc);
    if (core !== null && task.state !== 'PENDING' && taskEventsObserved(core)) {
      const outcome = task.state === 'CANCELLED' ? 'cancelled' : task.exception === null ? 'return' : 'raise';
      emitTaskEvent(core, { kind: 'task-done', task: taskLabel(task), time: core.time(), outcome });
    }
  } finally {
    // `leave_task` (unless the step left it already through `asyncio.tasks._leave_task`).
    if (state.currentTasks.get(loop) === task) {
      state.currentTasks.delete(loop);
      rt.decref(task);
      rt.decref(loop);
    }
  }
}

/** A step as asyncio's loop runs it (`Handle._run`): an error goes to the loop's exception handler. */
function taskStep(task: PyTask, exc: rt.PyBaseException | null): void {
  try {
    enterStepLeave(task, exc);
  } catch (e) {
    // `task_step` passes its error on; `Handle._run` lets SystemExit and KeyboardInterrupt out,
    // its frame (in the traceback) holding the handle, and so the task.
    if (!(e instanceof rt.PyRaise)) throw e;
    if (exitsTheLoop(e)) {
      keepWithException(e, [task]);
      throw e;
    }
    const loop = futureLoop(task);
    // Only asyncio's loop runs a step that reports (a wakeup of a future of another loop passes it on).
    if (!(loop instanceof PyLoop)) throw e;
    stepFailed(loop, task, e);
  }
}

/**
 * `Handle._run`'s report of a step that raised (`_step(): already done`, `Cannot enter into
 * task`): the callback is the `TaskStepMethWrapper` CPython gave `call_soon`, and the context
 * has the handle.
 */
function stepFailed(loop: PyLoop, task: PyTask, e: rt.PyRaise): void {
  const wrapper = newTaskStep(task, null);
  const label = `${rt.reprText(wrapper)}()`;
  rt.decref(wrapper);
  reportFromDetachedHandle(loop, label, e);
}

/**
 * Resumes the coroutine: send None, or throw `exc` in. A StopIteration out of it is its end
 * (`_PyGen_FetchStopIterationValue`), whatever raised it: a generator sent to after it finished
 * (a generator-based coroutine wrapped in a task a second time) ends with None. Another exception
 * out of a generator or coroutine is returned (the VM returns it without a JS throw), or thrown.
 */
function resume(coro: rt.PyObject, exc: rt.PyBaseException | null): rt.GenStep | rt.PyRaise {
  if (coro instanceof PyNativeCoro) return nativeCoroStep(coro, rt.None, exc, true);
  let step: rt.GenStep | rt.PyRaise;
  try {
    if (coro instanceof rt.PyGenerator) step = exc === null ? rt.genResume(coro, rt.None, null, false) : rt.genThrowResume(coro, true, exc, null, null);
    else step = { done: false, value: callMethod(coro, exc === null ? 'send' : 'throw', [exc ?? rt.None]) };
  } catch (e) {
    if (!(e instanceof rt.PyRaise)) throw e;
    step = e;
  }
  if (step instanceof rt.PyRaise && rt.exceptionMatches(step, rt.Exceptions.StopIteration)) return { done: true, value: rt.stopIterationValue(step) };
  return step;
}

/** `task_step_impl`. */
function taskStepImpl(task: PyTask, excIn: rt.PyBaseException | null): void {
  if (task.state !== 'PENDING') {
    throw raiseNew(InvalidStateError, `_step(): already done: ${rt.reprText(task)} ${rt.reprText(excIn ?? rt.None)}`);
  }
  let exc = excIn === null ? null : rt.incref(excIn);
  if (task.mustCancel) {
    if (exc === null || !exc.type.isSubtype(CancelledError)) {
      rt.xdecref(exc);
      exc = rt.newExceptionStealing(CancelledError, []);
    }
    task.mustCancel = false;
  }
  const waiter = task.futWaiter;
  task.futWaiter = null;
  rt.xdecref(waiter);
  const coro = task.coro;
  if (coro === null) throw raiseNew(rt.Exceptions.RuntimeError, 'Task object is not initialized.');
  let step: rt.GenStep | rt.PyRaise;
  try {
    try {
      step = resume(coro, exc);
    } catch (e) {
      if (!(e instanceof rt.PyRaise)) throw e;
      step = e;
    }
    if (step instanceof rt.PyRaise) {
      stepRaised(task, coro, step);
      return;
    }
  } finally {
    rt.xdecref(exc);
  }
  const result = step.value;
  try {
    if (step.done) {
      if (mustCancelNow(task)) {
        task.mustCancel = false;
        cancelFuture(task);
      } else setResult(task, result);
      return;
    }
    handleYield(task, result);
  } finally {
    rt.decref(result);
  }
}


/** What `task_step_impl` does with an exception out of the coroutine: the task is cancelled or fails with it. */
function stepRaised(task: PyTask, coro: rt.PyObject, e: rt.PyRaise): void {
  if (rt.exceptionMatches(e, CancelledError)) {
    rt.clearRaise(e);
    cancelFuture(task);
    return;
  }
  if (coro instanceof PyNativeCoro && coro.source !== null) {
    // The task's coroutine is asyncio's own: its frame is where the traceback starts in CPython.
    rt.outerHiddenFrames.set(e.value, [asyncioFrame(coro.source.file, coro.lineno, coro.source.name ?? coro.qualname.slice(coro.qualname.lastIndexOf('.') + 1))]);
  }
  const value = takeException(e);
  try {
    setException(task, value);
    if (value.type.isSubtype(rt.Exceptions.KeyboardInterrupt) || value.type.isSubtype(rt.Exceptions.SystemExit)) throw rt.raiseValue(rt.incref(value));
  } finally {
    rt.decref(value);
  }
}

/** What `task_step_impl` does with a yielded value. */
function handleYield(task: PyTask, result: rt.PyObject): void {
  if (result === task) {
    setErrorSoon(task, `Task cannot await on itself: ${rt.reprText(task)}`);
    return;
  }
  if (isExactFuture(result)) {
    if (result.loop !== task.loop) {
      setErrorSoon(task, differentLoop(task, result));
      return;
    }
    if (!result.blocking) {
      setErrorSoon(task, yieldInsteadOfYieldFrom(task, result));
      return;
    }
    result.blocking = false;
    // The callback owns a reference to the task (`TaskWakeupMethWrapper.ww_task`).
    rt.incref(task);
    addDoneCallback(result, task);
    waitFor(task, result);
    return;
  }
  if (result === rt.None) {
    callStepSoon(task, null);
    return;
  }
  if (awaitFutureLike(task, result)) return;
  if (result instanceof rt.PyGenerator && result.kind === 'generator') {
    setErrorSoon(task, `yield was used instead of yield from for generator in task ${rt.reprText(task)} with ${rt.reprText(result)}`);
    return;
  }
  setErrorSoon(task, `Task got bad yield: ${rt.reprText(result)}`);
}

function differentLoop(task: PyTask, result: rt.PyObject): string {
  return `Task ${rt.reprText(task)} got Future ${rt.reprText(result)} attached to a different loop`;
}

function yieldInsteadOfYieldFrom(task: PyTask, result: rt.PyObject): string {
  return `yield was used instead of yield from in task ${rt.reprText(task)} with ${rt.reprText(result)}`;
}

/** `task._fut_waiter = result`, then `result.cancel()` if a cancellation is pending. */
function waitFor(task: PyTask, result: rt.PyObject): void {
  task.futWaiter = rt.incref(result);
  if (task.mustCancel) {
    const r = callMethod(result, 'cancel', []);
    if (rt.isTrue(r)) task.mustCancel = false;
    rt.decref(r);
  }
}

/**
 * A future-compatible object (`_asyncio_future_blocking` is there and not None): on the task's
 * loop and blocking, it gets a `TaskWakeupMethWrapper` through its own `add_done_callback`.
 * False when `result` is no such object.
 */
function awaitFutureLike(task: PyTask, result: rt.PyObject): boolean {
  const flag = rt.lookupAttrString(result, '_asyncio_future_blocking');
  if (flag === null) return false;
  let blocking: boolean;
  try {
    if (flag === rt.None) return false;
    blocking = rt.isTrue(flag);
  } finally {
    rt.decref(flag);
  }
  const oloop = isExactFuture(result) ? rt.incref(futureLoop(result)) : getFutureLoop(result);
  rt.decref(oloop);
  if (oloop !== task.loop) {
    setErrorSoon(task, differentLoop(task, result));
    return true;
  }
  if (!blocking) {
    setErrorSoon(task, yieldInsteadOfYieldFrom(task, result));
    return true;
  }
  rt.setAttr(result, rt.internStr('_asyncio_future_blocking'), rt.False);
  const wrapper = newTaskWakeup(task);
  try {
    // `result.add_done_callback(wrapper, context=task._context)`, as the step's fast path does.
    const ctx = task.context;
    rt.decref(ctx === null ? callMethod(result, 'add_done_callback', [wrapper]) : callMethod(result, 'add_done_callback', [wrapper, ctx], ['context']));
  } finally {
    rt.decref(wrapper);
  }
  waitFor(task, result);
  return true;
}

/**
 * `task_wakeup(task, o)` called through a `TaskWakeupMethWrapper`: steps the task with the outcome
 * of `o` (its `result()`, for what is not exactly a Future or a Task); an error is passed on.
 */
function wakeupThroughWrapper(task: PyTask, o: rt.PyObject): void {
  if (isExactFuture(o)) {
    wakeupWithFuture(task, o, enterStepLeave);
    return;
  }
  let exc: rt.PyBaseException;
  try {
    rt.decref(callMethod(o, 'result', []));
    enterStepLeave(task, null);
    return;
  } catch (e) {
    if (!(e instanceof rt.PyRaise)) throw e;
    exc = takeException(e);
  }
  try {
    enterStepLeave(task, exc);
  } finally {
    rt.decref(exc);
  }
}
setTaskWakeup(wakeupThroughWrapper);
setTaskStep(enterStepLeave);

/**
 * `TaskWakeupMethWrapper`: steps the task the callback holds (`cb.holds`) with the awaited
 * future's outcome, then drops the callback's reference to it. One function for every task, so
 * a waiting task costs a callback record and no closure.
 */
function taskWakeup(fut: PyFuture, cb: DoneCallback): void {
  const task = cb.holds as PyTask;
  try {
    wakeupWithFuture(task, fut, taskStep);
  } finally {
    rt.decref(task);
  }
}

/** `task_wakeup` for a Future or a Task: `step` the task with its outcome (`future_get_result`). */
function wakeupWithFuture(task: PyTask, fut: PyFuture, step: (task: PyTask, exc: rt.PyBaseException | null) => void): void {
  if (fut.state === 'CANCELLED') {
    const e = rt.newExceptionStealing(CancelledError, []);
    try {
      step(task, e);
    } finally {
      rt.decref(e);
    }
  } else if (fut.exception !== null) {
    fut.logTraceback = false;
    step(task, fut.exception);
  } else step(task, null);
}

/** `Task.cancel()`. */
export function cancelTask(task: PyTask): boolean {
  task.logTraceback = false;
  if (task.state !== 'PENDING') return false;
  if (task.futWaiter !== null) {
    const res = callMethod(task.futWaiter, 'cancel', []);
    const ok = rt.isTrue(res);
    rt.decref(res);
    if (ok) return true;
  }
  task.mustCancel = true;
  return true;
}

/** Whether `o.name` exists and is true. */
function attrTrue(o: rt.PyObject, name: string): boolean {
  const v = rt.lookupAttrString(o, name);
  if (v === null) return false;
  try {
    return rt.isTrue(v);
  } finally {
    rt.decref(v);
  }
}

/** `get_name` of `_format_coroutine`: `__qualname__`, else `__name__`, else a placeholder. */
function coroName(coro: rt.PyObject): string {
  for (const attr of ['__qualname__', '__name__']) {
    const v = rt.lookupAttrString(coro, attr);
    if (v === null) continue;
    try {
      if (rt.isTrue(v)) return rt.strText(v);
    } finally {
      rt.decref(v);
    }
  }
  return `<${coro.type.name} without __name__>`;
}

/** `coroutines._format_coroutine`. */
export function formatCoroutine(coro: rt.PyObject): string {
  const name = `${coroName(coro)}()`;
  if (coro instanceof PyNativeCoro) {
    // The frame of CPython's `async def` is there until the coroutine ends (at its first line
    // until it starts).
    const source = coro.source;
    if (source === null) return name;
    if (coro.body !== null) return `${name} running at ${asyncioSource(source.file, coro.started ? coro.lineno : source.firstlineno)}`;
    return `${name} done, defined at ${asyncioSource(source.file, source.firstlineno)}`;
  }
  if (!(coro instanceof rt.PyGenerator)) {
    // No code object: `running` when `cr_running` (or `gi_running`) says so.
    if (attrTrue(coro, 'cr_code') || attrTrue(coro, 'gi_code')) return name;
    const running = rt.lookupAttrString(coro, 'cr_running') ?? rt.lookupAttrString(coro, 'gi_running');
    if (running === null) return name;
    try {
      return rt.isTrue(running) ? `${name} running` : name;
    } finally {
      rt.decref(running);
    }
  }
  const code = coro.code;
  if (code === null) return name;
  const filename = rt.strText(code.filename);
  const frame = coro.frame;
  if (frame !== null && !frame.finished) return `${name} running at ${filename}:${frame.lineno}`;
  return `${name} done, defined at ${filename}:${code.co.firstlineno}`;
}

/** `_task_repr_info`. */
export function taskReprInfo(task: PyTask): string[] {
  const info = futureReprInfo(task);
  if (task.mustCancel) info[0] = 'cancelling';
  info.splice(1, 0, `name=${rt.reprText(task.name ?? rt.None)}`);
  info.splice(2, 0, `coro=<${formatCoroutine(task.coro ?? rt.None)}>`);
  if (task.futWaiter !== null) info.splice(3, 0, `wait_for=${rt.reprText(task.futWaiter)}`);
  return info;
}

taskType.new = (type) => {
  const t = new PyTask(type, rt.allocateAddress(type));
  if (type.isHeapType) rt.incref(type);
  return t;
};
// `Task.__init__(coro, *, loop=None, name=None)`, parsed by Argument Clinic.
taskType.init = (self, args, kwnames) => {
  const [coro, loop, name] = rt.parseArgs('Task', args, kwnames, ['coro', 'loop', 'name'], 1, 0, 1);
  initTask(self as PyTask, coro as rt.PyObject, loop === undefined || loop === rt.None ? null : loop, name ?? null);
};
taskType.repr = (self) => rt.newStr(`<${self.type.name} ${taskReprInfo(self as PyTask).join(' ')}>`);
/** `TaskObj_finalize`: reports a task destroyed while pending (once), then the future's report. */
function finalizeTask(task: PyTask): void {
  if (task.state === 'PENDING' && task.logDestroyPending && task.loop !== null) {
    task.logDestroyPending = false;
    rt.incref(task);
    withSourceTraceback(task, [['task', task]], (extra) => {
      reportFromFinalizer(task.loop as rt.PyObject, 'Task was destroyed but it is pending!', null, extra);
    });
    task.refcnt--;
  }
  finalizeFuture(task);
}

/** Drops the task's own fields. */
function releaseTask(task: PyTask): void {
  const { context, coro, futWaiter, name } = task;
  task.context = task.coro = task.futWaiter = task.name = null;
  rt.xdecref(context);
  rt.xdecref(coro);
  rt.xdecref(futWaiter);
  rt.xdecref(name);
}

taskType.dealloc = (self) => {
  const task = self as PyTask;
  // `TaskObj_dealloc`: a task its report resurrected stays alive (and in `_all_tasks`).
  if (rt.callFinalizerFromDealloc(task)) return;
  state.allTasks.delete(task);
  rt.clearWeakrefs(task);
  dropShownWakeup(task);
  releaseTask(task);
  deallocFuture(task);
};
// `_all_tasks` is a `WeakSet`: a task the collector finds unreachable leaves it when its weak
// reference is cleared, before its finalizer runs (a report keeping it alive does not put it back).
rt.weakrefsClearedObservers.add((o) => {
  if (o instanceof PyTask) state.allTasks.delete(o);
});
taskType.finalize = (self) => {
  if (self.refcnt > 0) finalizeTask(self as PyTask);
};
taskType.traverse = (self, visit) => {
  const task = self as PyTask;
  traverseFuture(task, visit);
  for (const o of [task.context, task.coro, task.futWaiter, task.name]) if (o !== null) visit(o);
};
taskType.clear = (self) => {
  releaseTask(self as PyTask);
  releaseFuture(self as PyTask);
};

const asTask = (o: rt.PyObject): PyTask => o as PyTask;
rt.addMethods(taskType, [
  { name: 'cancel', kind: 'noargs', impl: (self) => rt.newBool(cancelTask(asTask(self))) },
  { name: 'get_name', kind: 'noargs', impl: (self) => rt.incref(asTask(self).name ?? rt.None) },
  {
    name: 'set_name',
    kind: 'o',
    impl: (self, args) => {
      const t = asTask(self);
      const v = args[0] as rt.PyObject;
      const old = t.name;
      t.name = v instanceof rt.PyStr ? rt.incref(v) : rt.str(v);
      rt.xdecref(old);
      return rt.newNone();
    },
  },
  { name: 'get_coro', kind: 'noargs', impl: (self) => rt.incref(asTask(self).coro ?? rt.None) },
  { name: 'set_result', kind: 'o', impl: () => { throw raiseNew(rt.Exceptions.RuntimeError, 'Task does not support set_result operation'); } },
  { name: 'set_exception', kind: 'o', impl: () => { throw raiseNew(rt.Exceptions.RuntimeError, 'Task does not support set_exception operation'); } },
]);
rt.addGetSets(taskType, [
  { name: '_coro', get: (self) => rt.incref(asTask(self).coro ?? rt.None) },
  { name: '_fut_waiter', get: (self) => rt.incref(asTask(self).futWaiter ?? rt.None) },
  { name: '_must_cancel', get: (self) => rt.newBool(asTask(self).mustCancel) },
  {
    name: '_log_destroy_pending',
    get: (self) => rt.newBool(asTask(self).logDestroyPending),
    // `TaskObj_set_log_destroy_pending`: it cannot be deleted.
    set: (self, v) => {
      if (v === null) throw rt.attributeError('cannot delete attribute');
      asTask(self).logDestroyPending = rt.isTrue(v);
    },
  },
]);

/** The pending tasks of `loop`, each with where its coroutine is suspended (for the deadlock error). */
loopHooks.describePending = (loop) => {
  const lines: string[] = [];
  for (const t of state.allTasks) {
    const task = t as PyTask;
    if (task.loop === loop && task.state === 'PENDING') lines.push(`\n  ${rt.reprText(task)}`);
  }
  return lines.length === 0 ? '' : ` with ${lines.length} pending task${lines.length === 1 ? '' : 's'}:${lines.join('')}`;
};

/** Reads `must_cancel` after the coroutine ran (it may have cancelled its own task). */
function mustCancelNow(task: { readonly mustCancel: boolean }): boolean {
  return task.mustCancel;
}
