/**
 * The submodules of the `asyncio` package and the names each defines, so that
 * `asyncio.events.get_event_loop`, `from asyncio import futures` or `asyncio.tasks.Task` reach
 * the objects the package exports. Mirrors which CPython 3.8 Lib/asyncio/*.py module defines
 * each public name (the `__all__` lists the package's `__init__` star-imports).
 * @module
 */
import type { rt } from '@corosim/vm/host';
import { constantsValues, coroutinesPrivates, futuresPrivates } from './submodule-privates.ts';
import { formatHelpersFunctions } from './format-helpers.ts';

/** The docstring of Lib/asyncio/base_events.py. */
const BASE_EVENTS_DOC = 'Base implementation of event loop.\n\nThe event loop can be broken up into a multiplexer (the part\nresponsible for notifying us of I/O events) and the event loop proper,\nwhich wraps a multiplexer with functionality for scheduling callbacks,\nimmediately or at a given time in the future.\n\nWhenever a public API takes a callback, subsequent positional\narguments will be passed to the callback if/when it is called.  This\navoids the proliferation of trivial lambdas implementing closures.\nKeyword arguments for the callback are not supported; this is a\nconscious design decision, leaving the door open for keyword arguments\nto modify the meaning of the API call itself.\n';

/**
 * The Lib/asyncio modules that define names corosim has, with their docstrings (CPython 3.8's) and those names, in import order.
 * `_CFuture`, `_CTask` and the `_c_` functions are the `_asyncio` objects the names are bound to.
 */
export const ASYNCIO_SUBMODULES: readonly rt.NativeSubmodule[] = [
  { name: 'constants', names: [], values: constantsValues },
  { name: 'format_helpers', names: [], values: formatHelpersFunctions },
  { name: 'base_futures', names: ['isfuture'] },
  { name: 'coroutines', names: ['coroutine', 'iscoroutinefunction', 'iscoroutine'], values: coroutinesPrivates },
  { name: 'exceptions', doc: 'asyncio exceptions.', names: ['CancelledError', 'InvalidStateError', 'TimeoutError', 'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError'] },
  {
    name: 'events',
    doc: 'Event loop and event loop policy.',
    names: [
      'AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
      'get_event_loop', 'set_event_loop', 'new_event_loop', '_set_running_loop', 'get_running_loop', '_get_running_loop',
      ['_c__get_running_loop', '_get_running_loop'], ['_c__set_running_loop', '_set_running_loop'],
      ['_c_get_running_loop', 'get_running_loop'], ['_c_get_event_loop', 'get_event_loop'],
    ],
  },
  { name: 'futures', doc: 'A Future class similar to the one in PEP 3148.', names: ['Future', 'wrap_future', 'isfuture', ['_CFuture', 'Future']], values: futuresPrivates },
  { name: 'protocols', doc: 'Abstract Protocol base classes.', names: ['BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol'] },
  { name: 'locks', doc: 'Synchronization primitives.', names: ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore'] },
  {
    name: 'tasks',
    doc: 'Support for tasks, coroutines and the scheduler.',
    names: [
      'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
      'gather', 'shield', 'ensure_future', 'current_task', 'all_tasks', '_register_task', '_unregister_task', '_enter_task',
      '_leave_task', ['_CTask', 'Task'], ['_c_register_task', '_register_task'], ['_c_unregister_task', '_unregister_task'],
      ['_c_enter_task', '_enter_task'], ['_c_leave_task', '_leave_task'],
    ],
  },
  { name: 'base_events', doc: BASE_EVENTS_DOC, names: ['BaseEventLoop'] },
  { name: 'runners', names: ['run'] },
  { name: 'queues', names: ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'] },
  { name: 'unix_events', doc: 'Selector event loop for Unix with signal handling.', names: ['SelectorEventLoop', 'DefaultEventLoopPolicy'] },
];
