/**
 * The Python-visible `asyncio` module, registered with the VM when this file is imported.
 * Mirrors the public namespace of CPython 3.8 Lib/asyncio/__init__.py.
 * @module
 */
 
import { rt } from '@corosim/vm/host';
import { taskFunctions } from './api.ts';
import { setGatherCancelledError } from './gather.ts';
import { moreFunctions } from './api-more.ts';
import { asCompletedFunctions } from './as-completed.ts';
import { coroutineFunctions } from './coroutines.ts';
import { UNSUPPORTED_ASYNC, UNSUPPORTED_MODULES, unsupportedFunctions } from './unsupported-functions.ts';
import { eventFunctions } from './events.ts';
import { registryFunctions, releaseTaskRegistry, resetTaskRegistry } from './task-registry.ts';
import { futureType } from './future.ts';
import { abstractLoopType, baseLoopType, loopType } from './loop-object.ts';
import { loopMethodsInstalled } from './loop-methods.ts';
import './asyncgens.ts';
import './task-stack.ts';
import './native-coro-wrapper.ts';
import './repr-info.ts';
import './future-iter.ts';
import './future-remove-callback.ts';
import './future-callbacks-attr.ts';
import './abstract-loop.ts';
import './loop-unsupported.ts';
import './loop-executor.ts';
import './loop-signals.ts';
import './loop-fds.ts';
import './handle-init.ts';
import './stream-errors.ts';
import './policy-local.ts';
import './c-asyncio-module.ts';
import {
  CancelledError, IncompleteReadError, InvalidStateError, LimitOverrunError, QueueEmpty, QueueFull, SendfileNotAvailableError, TimeoutError, releasePolicyLoop, resetState,
} from './state.ts';
import { taskType } from './task.ts';
import { handleType, timerHandleType } from './handle-object.ts';
import { asPythonFunction } from './frame-locals.ts';
import { CO_COROUTINE, nativeSignature, withSignature, type PySignature } from './python-method.ts';
import { asyncioSource } from './asyncio-paths.ts';
import { setFunctionSource } from './callback-source.ts';
import { functionDefinition } from './native-sources.ts';
import { abstractPolicyType, defaultPolicyType } from './policy.ts';
import { eventType, lockType } from './locks.ts';
import { boundedSemaphoreType, conditionType, semaphoreType } from './condition.ts';
import { lifoQueueType, priorityQueueType, queueType } from './queues.ts';
import { baseProtocolType, bufferedProtocolType, datagramProtocolType, protocolType, subprocessProtocolType } from './protocols.ts';
import { ASYNCIO_SUBMODULES } from './submodules.ts';

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
  ['Handle', handleType],
  ['TimerHandle', timerHandleType],
  ['AbstractEventLoop', abstractLoopType],
  ['BaseEventLoop', baseLoopType],
  ['AbstractEventLoopPolicy', abstractPolicyType],
  ['DefaultEventLoopPolicy', defaultPolicyType],
  ['SelectorEventLoop', loopType],
  ['Lock', lockType],
  ['Event', eventType],
  ['Condition', conditionType],
  ['Semaphore', semaphoreType],
  ['BoundedSemaphore', boundedSemaphoreType],
  ['Queue', queueType],
  ['PriorityQueue', priorityQueueType],
  ['LifoQueue', lifoQueueType],
  ['BaseProtocol', baseProtocolType],
  ['Protocol', protocolType],
  ['DatagramProtocol', datagramProtocolType],
  ['SubprocessProtocol', subprocessProtocolType],
  ['BufferedProtocol', bufferedProtocolType],
];

/** The `_asyncio` functions, builtins in CPython too; the others are Python functions there. */
const builtinNames: ReadonlySet<string> = new Set(['get_running_loop', '_get_running_loop', 'get_event_loop', '_set_running_loop', '_register_task', '_unregister_task', '_enter_task', '_leave_task']);
/** The Lib/asyncio submodule defining each Python function (`__module__`). */
const moduleOf: Readonly<Record<string, string>> = {
  run: 'asyncio.runners', isfuture: 'asyncio.base_futures', iscoroutine: 'asyncio.coroutines', iscoroutinefunction: 'asyncio.coroutines', coroutine: 'asyncio.coroutines',
  set_event_loop: 'asyncio.events', new_event_loop: 'asyncio.events', get_event_loop_policy: 'asyncio.events',
  set_event_loop_policy: 'asyncio.events', wrap_future: 'asyncio.futures', ...UNSUPPORTED_MODULES,
};
const allFunctions = [...eventFunctions, ...taskFunctions, ...moreFunctions, ...asCompletedFunctions, ...coroutineFunctions, ...registryFunctions, ...unsupportedFunctions];

/** The module functions that are `async def` in CPython (`inspect.iscoroutinefunction` says so). */
const ASYNC_FUNCTIONS: ReadonlySet<string> = new Set(['sleep', 'wait', 'wait_for', ...UNSUPPORTED_ASYNC]);

/** The parameters of the Python functions (3.8's signatures), checked before the native body runs. */
const signatures: Readonly<Record<string, PySignature>> = {
  run: { params: ['main'], kwonly: ['debug'] },
  sleep: { params: ['delay', 'result'], required: 1, kwonly: ['loop'] },
  wait: { params: ['fs'], kwonly: ['loop', 'timeout', 'return_when'], defaults: { return_when: rt.internStr('ALL_COMPLETED') } },
  wait_for: { params: ['fut', 'timeout'], kwonly: ['loop'] },
  gather: { params: [], varargs: true, varargsName: 'coros_or_futures', kwonly: ['loop', 'return_exceptions'], defaults: { return_exceptions: rt.False } },
  shield: { params: ['arg'], kwonly: ['loop'] },
  wrap_future: { params: ['future'], kwonly: ['loop'] },
  ensure_future: { params: ['coro_or_future'], kwonly: ['loop'] },
  create_task: { params: ['coro'], kwonly: ['name'] },
  as_completed: { params: ['fs'], kwonly: ['loop', 'timeout'] },
  current_task: { params: ['loop'], required: 0 },
  all_tasks: { params: ['loop'], required: 0 },
  iscoroutine: { params: ['obj'] },
  iscoroutinefunction: { params: ['func'] },
  isfuture: { params: ['obj'] },
  coroutine: { params: ['func'] },
  new_event_loop: { params: [] },
  set_event_loop: { params: ['loop'] },
  get_event_loop_policy: { params: [] },
  set_event_loop_policy: { params: ['policy'] },
};

/** The def with its arguments checked first against the function's signature, if known. */
function checked(d: rt.NativeDef): rt.NativeDef {
  const sig = signatures[d.name];
  return sig === undefined ? d : withSignature(d, sig);
}

/**
 * A module function that is a Python function in CPython: a function object, which callback
 * reprs show with where CPython defines it (`sleep() at .../tasks.py:641`).
 */
function pythonFunction(d: rt.NativeDef): rt.PyObject {
  const flags = ASYNC_FUNCTIONS.has(d.name) ? CO_COROUTINE : 0;
  const sig = signatures[d.name];
  const fn = rt.newNativePyFunction(checked(asPythonFunction(d, false)), moduleOf[d.name] ?? 'asyncio.tasks', d.name, flags, sig === undefined ? null : nativeSignature(sig));
  const at = functionDefinition(d.name);
  if (at !== null) setFunctionSource(fn, asyncioSource(at.file, at.line));
  return fn;
}

rt.defineNativeModule({
  name: 'asyncio',
  doc: 'The asyncio package, tracking PEP 3156.',
  // C functions of `_asyncio` that asyncio re-exports: builtins of that module.
  functions: allFunctions.filter((d) => builtinNames.has(d.name)).map((d) => ({ ...d, cModule: '_asyncio' })),
  values: () => {
    resetState();
    resetTaskRegistry();
    return [
      ...allFunctions.filter((d) => !builtinNames.has(d.name)).map((d) => [d.name, pythonFunction(d)] as const),
      ...types.map(([n, t]) => [n, t] as const),
      ['FIRST_COMPLETED', rt.newStr('FIRST_COMPLETED')],
      ['FIRST_EXCEPTION', rt.newStr('FIRST_EXCEPTION')],
      ['ALL_COMPLETED', rt.newStr('ALL_COMPLETED')],
    ];
  },
  submodules: ASYNCIO_SUBMODULES,
  // The policy, with the loop it holds, dies with the module (CPython's `asyncio.events` global).
  free: () => {
    releaseTaskRegistry();
    releasePolicyLoop();
  },
});

/**
 * Marks that the `asyncio` module is registered (importing this file registers it).
 * @returns true once the module and the loop methods are installed
 */
export function installAsyncio(): boolean {
  return loopMethodsInstalled;
}
