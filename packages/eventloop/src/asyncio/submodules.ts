/**
 * The submodules of the `asyncio` package and the names each defines, so that
 * `asyncio.events.get_event_loop`, `from asyncio import futures` or `asyncio.tasks.Task` reach
 * the objects the package exports. Mirrors which CPython 3.8 Lib/asyncio/*.py module defines
 * each public name (the `__all__` lists the package's `__init__` star-imports).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { baseSelectorLoopType, runUntilCompleteCb } from './loop-object.ts';
import { MAXIMUM_SELECT_TIMEOUT, MIN_CANCELLED_TIMER_HANDLES_FRACTION, MIN_SCHEDULED_TIMER_HANDLES } from '../loop.ts';
import { constantsValues, coroutinesPrivates, futuresPrivates } from './submodule-privates.ts';
import { formatHelpersFunctions } from './format-helpers.ts';
import { loggerValues } from './logger.ts';

/**
 * The Lib/asyncio modules that define names corosim has, with those names, in import order.
 * `_CFuture`, `_CTask` and the `_c_` functions are the `_asyncio` objects the names are bound to.
 */
export const ASYNCIO_SUBMODULES: readonly rt.NativeSubmodule[] = [
  { name: 'constants', names: [], values: constantsValues },
  { name: 'format_helpers', names: [], values: formatHelpersFunctions },
  { name: 'base_futures', names: ['isfuture'] },
  { name: 'log', names: [], values: loggerValues },
  { name: 'coroutines', names: ['coroutine', 'iscoroutinefunction', 'iscoroutine'], values: () => [...loggerValues(), ...coroutinesPrivates()] },
  { name: 'exceptions', names: ['CancelledError', 'InvalidStateError', 'TimeoutError', 'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError'] },
  {
    name: 'events',
    names: [
      'AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
      'get_event_loop', 'set_event_loop', 'new_event_loop', '_set_running_loop', 'get_running_loop', '_get_running_loop',
      ['_c__get_running_loop', '_get_running_loop'], ['_c__set_running_loop', '_set_running_loop'],
      ['_c_get_running_loop', 'get_running_loop'], ['_c_get_event_loop', 'get_event_loop'],
    ],
  },
  { name: 'futures', names: ['Future', 'wrap_future', 'isfuture', ['_CFuture', 'Future']], values: futuresPrivates },
  { name: 'protocols', names: ['BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol'] },
  { name: 'locks', names: ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore'] },
  {
    name: 'tasks',
    names: [
      'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
      'gather', 'shield', 'ensure_future', 'current_task', 'all_tasks', '_register_task', '_unregister_task', '_enter_task',
      '_leave_task', ['_CTask', 'Task'], ['_c_register_task', '_register_task'], ['_c_unregister_task', '_unregister_task'],
      ['_c_enter_task', '_enter_task'], ['_c_leave_task', '_leave_task'],
    ],
  },
  { name: 'base_events', names: ['BaseEventLoop'], values: baseEventsValues },
  { name: 'runners', names: ['run'] },
  { name: 'queues', names: ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'] },
  { name: 'selector_events', names: [], values: () => [...loggerValues(), ['BaseSelectorEventLoop', rt.incref(baseSelectorLoopType)]] },
  { name: 'unix_events', names: ['SelectorEventLoop', 'DefaultEventLoopPolicy'], values: loggerValues },
];

/** The names of `asyncio.base_events` beyond the package's: its logger, the loop's tuning numbers and `_run_until_complete_cb` (new references). */
function baseEventsValues(): readonly (readonly [string, rt.PyObject])[] {
  return [
    ...loggerValues(),
    ['_MIN_SCHEDULED_TIMER_HANDLES', rt.newInt(MIN_SCHEDULED_TIMER_HANDLES)],
    ['_MIN_CANCELLED_TIMER_HANDLES_FRACTION', rt.newFloat(MIN_CANCELLED_TIMER_HANDLES_FRACTION)],
    ['MAXIMUM_SELECT_TIMEOUT', rt.newInt(MAXIMUM_SELECT_TIMEOUT)],
    ['_run_until_complete_cb', rt.incref(runUntilCompleteCb())],
  ];
}
