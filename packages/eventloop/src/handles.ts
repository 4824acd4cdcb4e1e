/**
 * Callback handles: what `callSoon`, `callLater` and `callAt` return. Mirrors `Handle` and
 * `TimerHandle` of CPython 3.8's Lib/asyncio/events.py: a timer handle compares by its deadline
 * only (`TimerHandle.__lt__`), and cancelling a scheduled timer tells its loop, which counts it
 * towards the clean-up of `_run_once` (`_timer_handle_cancelled`).
 * @module
 */

const cancelledCallback = (): void => {};

/**
 * A callback registered with an event loop (`asyncio.Handle`).
 *
 * @example
 * ```ts
 * const handle = loop.callSoon(() => console.log('never'), 'greet');
 * handle.cancel();
 * handle.cancelled; // true
 * ```
 */
export class Handle {
  #callback: (arg: never) => void;
  /** The argument `#callback` is called with (`Handle._args`), undefined for none. */
  #arg: unknown;
  /** The argument of a cancelled handle, until its loop discards the handle (see {@link Handle.takeCancelledArg}). */
  #cancelledArg: unknown;
  #cancelled = false;
  /** A name for the callback, shown in the loop's `events$` stream. */
  readonly label: string;

  /**
   * Wraps `callback`, to be called with `arg` (as `Handle(callback, args)` keeps its arguments):
   * one shared function and an argument cost less than a closure made per handle. Loops create
   * handles, users rarely need to.
   */
  constructor(callback: () => void, label: string);
  constructor(callback: (arg: never) => void, label: string, arg: unknown);
  constructor(callback: (arg: never) => void, label: string, arg?: unknown) {
    this.#callback = callback;
    this.#arg = arg;
    this.label = label;
  }

  /** The callback to run, bound to its argument; a no-op once cancelled (CPython drops `_callback` on cancel). */
  get callback(): () => void {
    const fn = this.#callback as (arg: unknown) => void;
    const arg = this.#arg;
    if (arg === undefined) return fn as () => void;
    return () => {
      fn(arg);
    };
  }

  /** The argument the callback is called with (`Handle._args`): undefined for none, or once cancelled. */
  get arg(): unknown {
    return this.#arg;
  }

  /** Runs the callback with its argument (`Handle._run`); a no-op once cancelled. */
  run(): void {
    (this.#callback as (arg: unknown) => void)(this.#arg);
  }

  /** Whether {@link Handle.cancel} was called (`Handle.cancelled()`). */
  get cancelled(): boolean {
    return this.#cancelled;
  }

  /** Cancels the callback: the loop skips it. Cancelling twice does nothing (`Handle.cancel`). */
  cancel(): void {
    if (!this.#cancelled) {
      this.#cancelled = true;
      this.#callback = cancelledCallback;
      this.#cancelledArg = this.#arg;
      this.#arg = undefined;
    }
  }

  /**
   * The argument the handle had when it was cancelled, once (undefined after): the loop takes it
   * when it lets go of the cancelled handle (`_run_once` popping it, `close`), as CPython's loop
   * drops its reference to a cancelled `Handle` only then.
   */
  takeCancelledArg(): unknown {
    const arg = this.#cancelledArg;
    this.#cancelledArg = undefined;
    return arg;
  }

  /** The argument of a cancelled handle its loop still holds (undefined otherwise). */
  get cancelledArg(): unknown {
    return this.#cancelledArg;
  }
}

/** Sets a timer handle's `scheduled` flag; only the loop that owns the heap calls it. */
let setScheduled: (handle: TimerHandle, scheduled: boolean) => void;

/**
 * A callback due at a deadline on the loop's clock (`asyncio.TimerHandle`).
 *
 * @remarks
 * Ordered on the timer heap by {@link TimerHandle.when} only, so the order of equal deadlines is
 * the order `heapq` leaves them in, as in CPython.
 */
export class TimerHandle extends Handle {
  #scheduled = false;
  readonly #onCancel: ((handle: TimerHandle) => void) | null;
  /** The deadline, in seconds of loop time (`TimerHandle.when()`). */
  readonly when: number;

  static {
    setScheduled = (handle, scheduled): void => {
      handle.#scheduled = scheduled;
    };
  }

  /**
   * Wraps `callback` due at `when`; `onCancel` is the owning loop's `_timer_handle_cancelled`,
   * called before the first cancellation takes effect.
   */
  constructor(
    when: number,
    callback: (arg: never) => void,
    label: string,
    onCancel: ((handle: TimerHandle) => void) | null = null,
    arg?: unknown,
  ) {
    super(callback, label, arg);
    this.when = when;
    this.#onCancel = onCancel;
  }

  /** Whether the handle sits on its loop's timer heap (`TimerHandle._scheduled`). */
  get scheduled(): boolean {
    return this.#scheduled;
  }

  /** Cancels the timer and lets its loop count it (`TimerHandle.cancel`). */
  override cancel(): void {
    if (!this.cancelled) this.#onCancel?.(this);
    super.cancel();
  }
}

/** `TimerHandle.__lt__`: compares deadlines only. */
export function timerLessThan(a: TimerHandle, b: TimerHandle): boolean {
  return a.when < b.when;
}

/** Marks `handle` as on (or off) its loop's heap; the loop's bookkeeping of `_scheduled`. */
export function markScheduled(handle: TimerHandle, scheduled: boolean): void {
  setScheduled(handle, scheduled);
}
