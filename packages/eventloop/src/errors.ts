/**
 * The host errors of the event loop. `LoopStateError` carries the message of the RuntimeError
 * CPython 3.8's Lib/asyncio/base_events.py raises (`_check_closed`, `_check_running`, `close`,
 * `run_until_complete`); `LoopDeadlockError` is what the conformance oracle's virtual selector
 * raises when the loop would block forever (shared/oracle/vt.py).
 * @module
 */

/**
 * The loop was used in a state CPython rejects with RuntimeError; `message` is CPython's.
 *
 * @example
 * ```ts
 * loop.close();
 * loop.callSoon(() => {}); // throws LoopStateError('Event loop is closed')
 * ```
 */
export class LoopStateError extends Error {
  /** The Python exception type CPython raises here. */
  readonly pythonType = 'RuntimeError';

  /** Creates the error with CPython's message. */
  constructor(message: string) {
    super(message);
    this.name = 'LoopStateError';
  }
}

/**
 * `runOnce` found nothing ready, no timer scheduled and no stop requested: the loop would
 * block forever. The asyncio layer turns it into a message naming the pending tasks.
 */
export class LoopDeadlockError extends Error {
  /** The loop time at which the loop would have blocked. */
  readonly time: number;

  /** Creates the error for a loop stuck at `time`. */
  constructor(time: number) {
    super(
      `virtual-time deadlock: loop would block forever at t=${time} ` +
        '(nothing is ready and no timer is scheduled)',
    );
    this.name = 'LoopDeadlockError';
    this.time = time;
  }
}
