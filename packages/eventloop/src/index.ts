/**
 * `@corosim/eventloop`: an asyncio event loop on a virtual clock whose scheduling mirrors
 * CPython 3.8's `asyncio.base_events`, usable from TypeScript without any Python.
 *
 * @remarks
 * The loop drives coroutines only through `@corosim/vm/host`'s `Resumable` interface, so a
 * TypeScript generator function is as good a coroutine as a Python one.
 *
 * @packageDocumentation
 */
export { CLOCK_RESOLUTION, VirtualClock } from './clock.ts';
export { type LoopClock, loopClockOf } from './loop-clock.ts';
export { Handle, TimerHandle } from './handles.ts';
export { LoopDeadlockError, LoopStateError } from './errors.ts';
export type {
  ClockAdvancedEvent,
  FutureDoneEvent,
  HandleRunEvent,
  LoopEvent,
  ScheduledEvent,
  TaskDoneEvent,
  TaskEvent,
  TaskStepEvent,
} from './events.ts';
export {
  EventLoop,
  emitTaskEvent,
  MAXIMUM_SELECT_TIMEOUT,
  MIN_CANCELLED_TIMER_HANDLES_FRACTION,
  MIN_SCHEDULED_TIMER_HANDLES,
} from './loop.ts';
export {
  createTsTask,
  fromGenerator,
  runTsTask,
  sleep,
  type SleepRequest,
  TsCancelledError,
  type TsCoroutine,
  TsTask,
} from './ts-task.ts';

/**
 * Registers the Python `asyncio` module with the VM (importing `@corosim/eventloop` does it); the
 * call only tells a host that it is there.
 */
export { installAsyncio } from './asyncio/index.ts';

/**
 * The VM's events (call, return, yield, resume, raise, alloc, free, unraisable) as a shared RxJS
 * stream: subscribing sets the VM's event sink, the last unsubscription clears it.
 */
export { vmEvents$, type VmEvent } from './vm-events.ts';
/**
 * What the Python `asyncio` module does, for traces: the merged `events$` of every loop created
 * after subscribing, and the name of the task being stepped (null outside a task).
 */
export { asyncioLoopEvents$, currentAsyncioTaskName } from './asyncio/observe.ts';
