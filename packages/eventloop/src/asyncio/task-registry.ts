/**
 * The task registry as Python code reaches it: `_register_task`, `_unregister_task`,
 * `_enter_task`, `_leave_task` and `_set_running_loop`, builtins of CPython's `_asyncio` that
 * `asyncio` re-exports, which tests and third-party task classes call with objects that are not
 * asyncio's tasks. asyncio's own tasks stay in the native registry (`state.allTasks`); any other
 * object is kept in a weak set, as CPython's `_all_tasks` `WeakSet` keeps every task. Mirrors
 * CPython 3.8 Modules/_asynciomodule.c (`_asyncio__register_task_impl`, `enter_task`,
 * `leave_task`, `_asyncio__set_running_loop`) and Lib/asyncio/tasks.py (`all_tasks`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { AsyncgenWeakSet } from './asyncgen-weak-set.ts';
import { callMethod } from './loop-object.ts';
import { PyTask } from './task.ts';
import { raiseNew, state } from './state.ts';

/**
 * The members of `_all_tasks` that are not asyncio's tasks, held weakly (a `WeakSet` of any
 * objects: the class is the one the loops use for their async generators). Made per run.
 */
let foreignTasks = new AsyncgenWeakSet();

/** A loop `_set_running_loop` was given (owned: CPython's thread state keeps a reference). */
let runningLoopSet: rt.PyObject | null = null;

/** Starts a new run with an empty registry (the previous run's heap is gone). */
export function resetTaskRegistry(): void {
  foreignTasks = new AsyncgenWeakSet();
  runningLoopSet = null;
}

/** Lets go of what the registry holds (the module dies). */
export function releaseTaskRegistry(): void {
  foreignTasks.release();
  const loop = runningLoopSet;
  runningLoopSet = null;
  rt.xdecref(loop);
}

/** `futures._get_loop(t)` (new reference): `t.get_loop()` if it has the method, else `t._loop`. */
function getLoopOf(t: rt.PyObject): rt.PyObject {
  const getLoop = rt.lookupAttrString(t, 'get_loop');
  if (getLoop === null) return rt.getAttrString(t, '_loop');
  try {
    return rt.callObject(getLoop, []);
  } finally {
    rt.decref(getLoop);
  }
}

/**
 * Adds to `set` the members of `_all_tasks` that are not asyncio's tasks and belong to `loop`:
 * `{t for t in tasks if futures._get_loop(t) is loop and not t.done()}` (`pendingOnly` false:
 * `_all_tasks_compat`, done ones too).
 */
export function addForeignTasks(set: rt.PyObject, loop: rt.PyObject, pendingOnly = true): void {
  for (const t of foreignTasks.live()) {
    const tLoop = getLoopOf(t);
    rt.decref(tLoop);
    if (tLoop !== loop) continue;
    if (pendingOnly) {
      const done = callMethod(t, 'done', []);
      try {
        if (rt.isTrue(done)) continue;
      } finally {
        rt.decref(done);
      }
    }
    rt.setAdd(set, t);
  }
}

/** `_enter_task(loop, task)`. */
function enterTask(loop: rt.PyObject, task: rt.PyObject): void {
  const current = state.currentTasks.get(loop);
  if (current !== undefined) {
    throw raiseNew(rt.Exceptions.RuntimeError, `Cannot enter into task ${rt.reprText(task)} while another task ${rt.reprText(current)} is being executed.`);
  }
  state.currentTasks.set(rt.incref(loop), rt.incref(task));
}

/** `_leave_task(loop, task)`. */
function leaveTask(loop: rt.PyObject, task: rt.PyObject): void {
  const current = state.currentTasks.get(loop);
  if (current !== task) {
    throw raiseNew(rt.Exceptions.RuntimeError, `Leaving task ${rt.reprText(task)} does not match the current task ${rt.reprText(current ?? rt.None)}.`);
  }
  state.currentTasks.delete(loop);
  rt.decref(task);
  rt.decref(loop);
}

/** `_set_running_loop(loop)`: None clears it. */
function setRunningLoop(loop: rt.PyObject): void {
  const old = runningLoopSet;
  runningLoopSet = loop === rt.None ? null : rt.incref(loop);
  state.runningLoop = runningLoopSet;
  rt.xdecref(old);
}

/** The arguments of an Argument Clinic function taking exactly `names` (positional or keyword). */
function clinicArgs(fname: string, names: readonly string[], args: readonly rt.PyObject[], kwnames: readonly string[] | null): rt.PyObject[] {
  return rt.parseArgs(fname, args, kwnames, names, names.length) as rt.PyObject[];
}

/** The registry's builtins. */
export const registryFunctions: readonly rt.NativeDef[] = [
  {
    name: '_register_task',
    kind: 'fastkw',
    impl: (_s, args, kwnames) => {
      const [task] = clinicArgs('_register_task', ['task'], args, kwnames) as [rt.PyObject];
      if (task instanceof PyTask) state.allTasks.add(task);
      else foreignTasks.add(task);
      return rt.newNone();
    },
  },
  {
    name: '_unregister_task',
    kind: 'fastkw',
    impl: (_s, args, kwnames) => {
      const [task] = clinicArgs('_unregister_task', ['task'], args, kwnames) as [rt.PyObject];
      if (task instanceof PyTask) state.allTasks.delete(task);
      else foreignTasks.discard(task);
      return rt.newNone();
    },
  },
  {
    name: '_enter_task',
    kind: 'fastkw',
    impl: (_s, args, kwnames) => {
      const [loop, task] = clinicArgs('_enter_task', ['loop', 'task'], args, kwnames) as [rt.PyObject, rt.PyObject];
      enterTask(loop, task);
      return rt.newNone();
    },
  },
  {
    name: '_leave_task',
    kind: 'fastkw',
    impl: (_s, args, kwnames) => {
      const [loop, task] = clinicArgs('_leave_task', ['loop', 'task'], args, kwnames) as [rt.PyObject, rt.PyObject];
      leaveTask(loop, task);
      return rt.newNone();
    },
  },
  { name: '_set_running_loop', kind: 'o', impl: (_s, args) => (setRunningLoop(args[0] as rt.PyObject), rt.newNone()) },
];
