/**
 * `TaskWakeupMethWrapper`: the callable a task gives to `add_done_callback` of a future-like
 * object it awaits that is not exactly a `Future` or a `Task` (a subclass written in Python, a
 * duck-typed future). Calling it with the future wakes the task (`task_wakeup`). Mirrors CPython
 * 3.8 Modules/_asynciomodule.c (`TaskWakeupMethWrapper_*`).
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
