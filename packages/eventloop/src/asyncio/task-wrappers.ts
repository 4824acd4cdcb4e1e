/**
 * The callables a task hands to code outside asyncio's own loop and futures:
 * `TaskWakeupMethWrapper`, given to `add_done_callback` of a future-like object it awaits that is
 * not exactly a `Future` or a `Task` (a subclass written in Python, a duck-typed future), or to a
 * loop's overridden `call_soon`, which wakes the task with the future (`task_wakeup`); and
 * `TaskStepMethWrapper`, given to a loop's `call_soon`, which steps it (`task_step`). Mirrors
 * CPython 3.8 Modules/_asynciomodule.c (`TaskWakeupMethWrapper_*`, `TaskStepMethWrapper_*`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import type { PyTask } from './task.ts';

/** The type: `sizeof(TaskWakeupMethWrapper)` is a header and one pointer. */
export const taskWakeupType: rt.PyType = rt.staticType({ name: 'TaskWakeupMethWrapper', basicsize: 24, flags: rt.TPFLAGS_HAVE_GC });

/** A wakeup callable owning its task (`ww_task`; null once cleared). */
export class PyTaskWakeup extends rt.PyObject {
  task: PyTask | null;
  constructor(task: PyTask) {
    super(taskWakeupType, rt.allocateAddress(taskWakeupType));
    this.task = rt.incref(task);
  }
}

/** `TaskWakeupMethWrapper_new(task)` (task borrowed; new reference). */
export function newTaskWakeup(task: PyTask): PyTaskWakeup {
  return new PyTaskWakeup(task);
}

/**
 * Sets what a call does: `task_wakeup(task, fut)`, set by the task module (which this file may
 * not import at run time).
 */
export function setTaskWakeup(wakeup: (task: PyTask, fut: rt.PyObject) => void): void {
  taskWakeupType.call = (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw rt.typeError('function takes no keyword arguments');
    const fut = args[0];
    if (fut === undefined || args.length !== 1) throw rt.typeError(`function takes exactly 1 argument (${String(args.length)} given)`);
    const task = (self as PyTaskWakeup).task;
    if (task !== null) wakeup(task, fut);
    return rt.newNone();
  };
}

function clearWakeup(self: rt.PyObject): void {
  const w = self as PyTaskWakeup;
  const task = w.task;
  w.task = null;
  if (task !== null) rt.decref(task);
}

taskWakeupType.clear = clearWakeup;
taskWakeupType.traverse = (self, visit) => {
  const task = (self as PyTaskWakeup).task;
  if (task !== null) visit(task);
};
taskWakeupType.dealloc = (self) => {
  clearWakeup(self);
  rt.freeObject(self);
};
rt.addGetSets(taskWakeupType, [
  { name: '__self__', get: (self) => rt.incref((self as PyTaskWakeup).task ?? rt.None) },
]);

/** The type of `TaskStepMethWrapper`: a header and two pointers. */
export const taskStepType: rt.PyType = rt.staticType({ name: 'TaskStepMethWrapper', basicsize: 32, flags: rt.TPFLAGS_HAVE_GC });

/** A step callable owning its task (`sw_task`) and the exception to throw in (`sw_arg`). */
export class PyTaskStep extends rt.PyObject {
  task: PyTask | null;
  exc: rt.PyBaseException | null;
  constructor(task: PyTask, exc: rt.PyBaseException | null) {
    super(taskStepType, rt.allocateAddress(taskStepType));
    this.task = rt.incref(task);
    this.exc = exc;
  }
}

/** `TaskStepMethWrapper_new(task, exc)` (task borrowed, `exc` stolen; new reference). */
export function newTaskStep(task: PyTask, exc: rt.PyBaseException | null): PyTaskStep {
  return new PyTaskStep(task, exc);
}

/** Sets what a call does: `task_step(task, exc)`, set by the task module. */
export function setTaskStep(step: (task: PyTask, exc: rt.PyBaseException | null) => void): void {
  taskStepType.call = (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw rt.typeError('function takes no keyword arguments');
    if (args.length > 0) throw rt.typeError('function takes no positional arguments');
    const { task, exc } = self as PyTaskStep;
    if (task !== null) step(task, exc);
    return rt.newNone();
  };
}

function clearStep(self: rt.PyObject): void {
  const w = self as PyTaskStep;
  const { task, exc } = w;
  w.task = null;
  w.exc = null;
  if (task !== null) rt.decref(task);
  if (exc !== null) rt.decref(exc);
}

taskStepType.clear = clearStep;
taskStepType.traverse = (self, visit) => {
  const { task, exc } = self as PyTaskStep;
  if (task !== null) visit(task);
  if (exc !== null) visit(exc);
};
taskStepType.dealloc = (self) => {
  clearStep(self);
  rt.freeObject(self);
};
rt.addGetSets(taskStepType, [
  { name: '__self__', get: (self) => rt.incref((self as PyTaskStep).task ?? rt.None) },
]);

/** The stand-in wakeup each task shown waiting has: the future it waits for and the object. */
const shownWakeups = new Map<PyTask, { readonly fut: rt.PyObject; readonly wrapper: PyTaskWakeup }>();

/**
 * The repr of the `TaskWakeupMethWrapper` that a task waiting for `fut` has registered there, as
 * `_format_callbacks` shows it. CPython makes one for each wait; a corosim task is its own done
 * callback, so the first repr that names it makes a stand-in (which owns no task), kept while
 * the task waits for that future, so reprs during one wait show one address. A later wait
 * replaces it; the task's dealloc frees it ({@link dropShownWakeup}).
 */
export function shownWakeupRepr(task: PyTask, fut: rt.PyObject): string {
  let shown = shownWakeups.get(task);
  if (shown?.fut !== fut) {
    if (shown !== undefined) rt.decref(shown.wrapper);
    const wrapper = newTaskWakeup(task);
    clearWakeup(wrapper);
    // The entry holds no reference to `fut`: it only tells this wait from the next.
    shown = { fut, wrapper };
    shownWakeups.set(task, shown);
  }
  return rt.reprText(shown.wrapper);
}

/** Frees the stand-in wakeup of a task being deallocated, if a repr made one. */
export function dropShownWakeup(task: PyTask): void {
  if (shownWakeups.size === 0) return;
  const shown = shownWakeups.get(task);
  if (shown === undefined) return;
  shownWakeups.delete(task);
  rt.decref(shown.wrapper);
}
