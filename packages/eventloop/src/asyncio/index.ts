/**
 * The Python-visible `asyncio` module, registered with the VM when this file is imported.
 * Mirrors the public namespace of CPython 3.8 Lib/asyncio/__init__.py.
 * @module
 */
 
import { rt } from '@corosim/vm/host';
import { setGatherCancelledError, taskFunctions } from './api.ts';
import { moreFunctions } from './api-more.ts';
import { asCompletedFunctions } from './as-completed.ts';
import { eventFunctions } from './events.ts';
import { futureType } from './future.ts';
import { loopType } from './loop-object.ts';
import { loopMethodsInstalled } from './loop-methods.ts';
import './asyncgens.ts';
import {
  CancelledError, IncompleteReadError, InvalidStateError, LimitOverrunError, QueueEmpty, QueueFull, SendfileNotAvailableError, TimeoutError, resetState,
} from './state.ts';
import { taskType } from './task.ts';
import { eventType, lockType } from './locks.ts';
import { boundedSemaphoreType, conditionType, semaphoreType } from './condition.ts';
import { lifoQueueType, priorityQueueType, queueType } from './queues.ts';

setGatherCancelledError(CancelledError);

const types: readonly (readonly [string, rt.PyType])[] = [
  ['CancelledError', CancelledError],
  ['TimeoutError', TimeoutError],
  ['InvalidStateError', InvalidStateError],
  ['SendfileNotAvailableError', SendfileNotAvailableError],
  ['IncompleteReadError', IncompleteReadError],
  ['LimitOverrunError', LimitOverrunError],
  ['QueueEmpty', QueueEmpty],
  ['QueueFull', QueueFull],
  ['Future', futureType],
  ['Task', taskType],
  ['AbstractEventLoop', loopType],
  ['SelectorEventLoop', loopType],
  ['Lock', lockType],
  ['Event', eventType],
  ['Condition', conditionType],
  ['Semaphore', semaphoreType],
  ['BoundedSemaphore', boundedSemaphoreType],
  ['Queue', queueType],
  ['PriorityQueue', priorityQueueType],
  ['LifoQueue', lifoQueueType],
];

rt.defineNativeModule({
  name: 'asyncio',
  functions: [...eventFunctions, ...taskFunctions, ...moreFunctions, ...asCompletedFunctions],
  values: () => {
    resetState();
    return [
      ...types.map(([n, t]) => [n, t] as const),
      ['FIRST_COMPLETED', rt.newStr('FIRST_COMPLETED')],
      ['FIRST_EXCEPTION', rt.newStr('FIRST_EXCEPTION')],
      ['ALL_COMPLETED', rt.newStr('ALL_COMPLETED')],
    ];
  },
});

/**
 * Marks that the `asyncio` module is registered (importing this file registers it).
 * @returns true once the module and the loop methods are installed
 */
export function installAsyncio(): boolean {
  return loopMethodsInstalled;
}
