/**
 * The `_asyncio` extension module: the C accelerator CPython's asyncio binds its `Future`, `Task`
 * and running-loop and task-registry functions to. corosim's asyncio is native throughout, so
 * `_asyncio` holds the very objects `asyncio` exports under those names. Mirrors the namespace of
 * CPython 3.8 Modules/_asynciomodule.c.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { importModule } from './snapshots.ts';

/** The names `_asyncio` defines that corosim has, each the `asyncio` object of the same name. */
const NAMES: readonly string[] = [
  'Future', 'Task', '_enter_task', '_get_running_loop', '_leave_task', '_register_task', '_set_running_loop',
  '_unregister_task', 'get_event_loop', 'get_running_loop',
];

// DEVIATION(cpython): no `_all_tasks` (a WeakSet) nor `_current_tasks` (a dict): corosim keeps the
// task registry natively, and `asyncio.tasks` has neither either.
rt.defineNativeModule({
  name: '_asyncio',
  doc: 'Accelerator module for asyncio',
  values: () => {
    // CPython's module initialisation imports asyncio's Python modules first, as this does.
    const asyncio = importModule('asyncio');
    try {
      return NAMES.map((name) => [name, rt.getAttrString(asyncio, name)] as const);
    } finally {
      rt.decref(asyncio);
    }
  },
});
