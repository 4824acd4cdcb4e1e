/**
 * Where CPython 3.8 defines the `async def` functions of its asyncio that corosim writes in
 * TypeScript, and the line each one is usually suspended at: what a task's repr shows of its
 * coroutine (`running at tasks.py:659`, `done, defined at tasks.py:641`); and where it defines its
 * plain module functions (callback reprs). Line numbers are those of CPython 3.8.18's Lib/asyncio.
 * @module
 */

/** A coroutine function's file (under Lib/asyncio), `co_firstlineno` and the line of its main `await`. */
export interface NativeSource {
  readonly file: string;
  readonly firstlineno: number;
  readonly awaitLine: number;
  /** The code's `co_name` where it is not the last part of the coroutine's `__qualname__`. */
  readonly name?: string;
}

const sources: ReadonlyMap<string, NativeSource> = new Map<string, NativeSource>([
  ['sleep', { file: 'tasks.py', firstlineno: 641, awaitLine: 659 }],
  ['wait', { file: 'tasks.py', firstlineno: 394, awaitLine: 426 }],
  ['wait_for', { file: 'tasks.py', firstlineno: 434, awaitLine: 481 }],
  ['_wrap_awaitable', { file: 'tasks.py', firstlineno: 688, awaitLine: 695 }],
  ['as_completed.<locals>._wait_for_one', { file: 'tasks.py', firstlineno: 614, awaitLine: 615 }],
  ['_ContextManagerMixin.__aenter__', { file: 'locks.py', firstlineno: 96, awaitLine: 97 }],
  ['_ContextManagerMixin.__aexit__', { file: 'locks.py', firstlineno: 102, awaitLine: 102 }],
  ['Lock.acquire', { file: 'locks.py', firstlineno: 182, awaitLine: 203 }],
  ['Event.wait', { file: 'locks.py', firstlineno: 296, awaitLine: 309 }],
  ['Condition.wait', { file: 'locks.py', firstlineno: 354, awaitLine: 373 }],
  ['Condition.wait_for', { file: 'locks.py', firstlineno: 391, awaitLine: 400 }],
  ['Semaphore.acquire', { file: 'locks.py', firstlineno: 483, awaitLine: 496 }],
  ['Queue.put', { file: 'queues.py', firstlineno: 115, awaitLine: 125 }],
  ['Queue.get', { file: 'queues.py', firstlineno: 154, awaitLine: 163 }],
  ['Queue.join', { file: 'queues.py', firstlineno: 211, awaitLine: 220 }],
  ['BaseEventLoop.shutdown_asyncgens', { file: 'base_events.py', firstlineno: 524, awaitLine: 536 }],
]);

/**
 * The CPython source of the asyncio coroutine function named `qualname`, or null.
 *
 * @param qualname - e.g. `'sleep'`, `'Queue.get'`.
 */
export function nativeSource(qualname: string): NativeSource | null {
  return sources.get(qualname) ?? null;
}

/**
 * Where CPython 3.8.18's Lib/asyncio defines its module-level functions that are plain `def`s
 * (file under Lib/asyncio, `co_firstlineno`): what a callback's repr shows (`at tasks.py:728`).
 */
const plainFunctions: ReadonlyMap<string, readonly [string, number]> = new Map<string, readonly [string, number]>([
  ['all_tasks', ['tasks.py', 41]],
  ['as_completed', ['tasks.py', 567]],
  ['coroutine', ['coroutines.py', 105]],
  ['create_task', ['tasks.py', 376]],
  ['current_task', ['tasks.py', 34]],
  ['ensure_future', ['tasks.py', 664]],
  ['gather', ['tasks.py', 728]],
  ['get_event_loop_policy', ['events.py', 719]],
  ['iscoroutine', ['coroutines.py', 177]],
  ['iscoroutinefunction', ['coroutines.py', 164]],
  ['isfuture', ['base_futures.py', 14]],
  ['new_event_loop', ['events.py', 756]],
  ['run', ['runners.py', 8]],
  ['run_coroutine_threadsafe', ['tasks.py', 911]],
  ['set_event_loop', ['events.py', 751]],
  ['set_event_loop_policy', ['events.py', 726]],
  ['shield', ['tasks.py', 848]],
  ['wrap_future', ['futures.py', 380]],
]);

/**
 * Where CPython defines the asyncio module function `name` (an `async def` or a plain `def`):
 * its file under Lib/asyncio and first line, or null (a builtin of `_asyncio`, or unknown).
 */
export function functionDefinition(name: string): { readonly file: string; readonly line: number } | null {
  const source = sources.get(name);
  if (source !== undefined) return { file: source.file, line: source.firstlineno };
  const plain = plainFunctions.get(name);
  return plain === undefined ? null : { file: plain[0], line: plain[1] };
}

/** `__sleep0`'s `await` in `sleep` (a delay of 0 or less). */
export const SLEEP0_LINE = 644;
/** `return await fut` in `wait_for` without a timeout. */
export const WAIT_FOR_NO_TIMEOUT_LINE = 455;
/** `await _cancel_and_wait(fut, loop=loop)` in `wait_for` with a timeout of 0 or less. */
export const WAIT_FOR_EXPIRED_LINE = 463;
/** `await _cancel_and_wait(fut, loop=loop)` in `wait_for` cancelled while it waits. */
export const WAIT_FOR_CANCELLED_LINE = 490;
/** `await _cancel_and_wait(fut, loop=loop)` in `wait_for` once the timeout expired. */
export const WAIT_FOR_TIMED_OUT_LINE = 500;
