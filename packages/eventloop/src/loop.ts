/**
 * The event loop core: `BaseEventLoop` of CPython 3.8's Lib/asyncio/base_events.py on a virtual
 * clock. `runOnce` is `_run_once` line for line (the cancelled-timer clean-up, the select
 * timeout, the `end_time` sweep of due timers, one pass over the ready handles); where CPython
 * would wait in `select(timeout)`, the clock jumps by `timeout`, as the oracle's selector does.
 * @module
 */
import type { Observable } from 'rxjs';
import { CLOCK_RESOLUTION } from './clock.ts';
import { LoopDeadlockError, LoopStateError } from './errors.ts';
import { LoopEventChannel, type LoopEvent, type TaskEvent } from './events.ts';
import { Handle, markScheduled, TimerHandle } from './handles.ts';
import { KeyedHeap } from './heap-queue.ts';
import type { LoopClock } from './loop-clock.ts';
import { ReadyQueue } from './ready-queue.ts';

/** `MAXIMUM_SELECT_TIMEOUT`: the longest single wait (a day); longer sleeps take several. */
export const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;
/** `_MIN_SCHEDULED_TIMER_HANDLES`: below this many timers, cancelled ones are never swept. */
export const MIN_SCHEDULED_TIMER_HANDLES = 100;
/** `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`: sweep once more than this share is cancelled. */
export const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;

let publish: (loop: EventLoop, event: TaskEvent) => void;
let observed: (loop: EventLoop) => boolean;

function labelOf(callback: (arg: never) => void, label: string | undefined): string {
  if (label !== undefined) return label;
  return callback.name === '' ? 'anonymous' : callback.name;
}

/**
 * The loop lets go of a cancelled handle: an argument with a `discarded()` method is told (a
 * host's handle object then drops the reference the loop's queue had).
 */
function discard(handle: Handle): void {
  const arg = handle.takeCancelledArg();
  const discarded = (arg as { discarded?: unknown } | null | undefined)?.discarded;
  if (typeof discarded === 'function') discarded.call(arg);
}

/** Tells the argument of a handle the loop drops unrun: `dropped()` if it was to run, else as {@link discard}. */
function release(handle: Handle): void {
  if (handle.cancelledArg !== undefined) {
    discard(handle);
    return;
  }
  const arg = handle.arg;
  if (handle.cancelled || typeof arg !== 'object' || arg === null) return;
  const dropped = (arg as { dropped?: unknown }).dropped;
  if (typeof dropped === 'function') dropped.call(arg);
}

/** Runs the release of the handles one queue held (`'ready'` or `'scheduled'`) when the loop drops them. */
export type PendingRelease = (queue: 'ready' | 'scheduled', release: () => void) => void;

/**
 * An asyncio event loop on a virtual clock, scheduling exactly as CPython 3.8's `BaseEventLoop`.
 *
 * @remarks
 * Callbacks run synchronously inside {@link EventLoop.runOnce}. A callback that throws is a host
 * defect: the error propagates out of `runOnce` (and `runForever`), leaving the handles not yet
 * run in the ready queue, as a `SystemExit` escaping `Handle._run` does in CPython.
 *
 * @example
 * ```ts
 * const loop = new EventLoop(loopClockOf(new VirtualClock()));
 * loop.callLater(3600, () => loop.stop());
 * loop.runForever();
 * loop.time(); // 3600, instantly
 * ```
 */
export class EventLoop {
  readonly #clock: LoopClock;
  readonly #ready = new ReadyQueue<Handle>();
  /** `_scheduled`: the timers by deadline (`TimerHandle.__lt__` compares `when` only). */
  readonly #scheduled = new KeyedHeap<TimerHandle>();
  #timerCancelledCount = 0;
  #stopping = false;
  #running = false;
  #closed = false;
  readonly #channel = new LoopEventChannel();
  /**
   * Runs each ready handle instead of `handle.run()` when set: a host's wrapper (asyncio's debug
   * mode times each callback).
   */
  handleRunner: ((handle: Handle) => void) | null = null;
  /**
   * Waits for I/O instead of the virtual `select` when set (`self._selector.select(timeout)`
   * then `self._process_events(...)` of a loop whose host supplies them): it is given the
   * timeout `_run_once` computed (`null` to block), and the clock moves only if it moves it.
   */
  selectHook: ((timeout: number | null) => void) | null = null;
  /**
   * `_clock_resolution`: how close to the clock a deadline counts as due in `runOnce`
   * ({@link CLOCK_RESOLUTION} unless a host sets another, as a Python subclass may).
   */
  clockResolution = CLOCK_RESOLUTION;
  /**
   * Reads the time instead of the clock when set: a host's `time()` that a subclass may replace
   * (`self.time()`). The clock still moves only by the virtual `select`.
   */
  timeHook: (() => number) | null = null;
  /**
   * Runs each iteration of {@link EventLoop.runForever} and {@link EventLoop.runUntil} instead of
   * {@link EventLoop.runOnce} when set (`self._run_once()` of a subclass that replaces it).
   */
  iterationHook: (() => void) | null = null;
  readonly #onTimerCancelled = (handle: TimerHandle): void => {
    // `_timer_handle_cancelled`
    if (handle.scheduled) this.#timerCancelledCount += 1;
  };

  static {
    publish = (loop, event): void => {
      loop.#channel.emit(() => event);
    };
    observed = (loop): boolean => loop.#channel.observed;
  }

  /** Creates a loop reading `clock`; the loop moves it only when nothing is ready. */
  constructor(clock: LoopClock) {
    this.#clock = clock;
  }

  /**
   * The loop's events: scheduled, handle run, clock advanced, and the task events published
   * with {@link emitTaskEvent}. Hot and synchronous; nothing is built unless subscribed.
   */
  get events$(): Observable<LoopEvent> {
    return this.#channel.events$;
  }

  /** Handles waiting in the ready queue, cancelled ones included (`len(self._ready)`). */
  get readyCount(): number {
    return this.#ready.length;
  }

  /** Timers on the heap, cancelled ones not yet swept included (`len(self._scheduled)`). */
  get timerCount(): number {
    return this.#scheduled.length;
  }

  /** Whether `stop` was asked and the current iteration has not ended (`_stopping`). */
  get stopping(): boolean {
    return this.#stopping;
  }

  /** Cancelled timers still on the heap, as `_run_once` counts them (`_timer_cancelled_count`). */
  get timerCancelledCount(): number {
    return this.#timerCancelledCount;
  }

  /** The current loop time in seconds (`loop.time()`). */
  time(): number {
    const hook = this.timeHook;
    return hook === null ? this.#clock.now() : hook();
  }

  /** The clock's reading, whatever {@link EventLoop.timeHook} says (`BaseEventLoop.time()` itself). */
  clockTime(): number {
    return this.#clock.now();
  }

  /** Calls `fn` with each handle of the ready queue, cancelled ones included, in order (`_ready`). */
  forEachReady(fn: (handle: Handle) => void): void {
    this.#ready.forEach(fn);
  }

  /** Calls `fn` with each timer on the heap, cancelled ones not yet swept included, in heap order (`_scheduled`). */
  forEachScheduled(fn: (handle: TimerHandle) => void): void {
    for (const handle of this.#scheduled.items) fn(handle);
  }

  /** The deadline at the top of the timer heap (possibly a cancelled timer), or `null`. */
  nextDeadline(): number | null {
    return this.#scheduled.peekKey() ?? null;
  }

  /** Appends `callback` to the ready queue (`call_soon`); FIFO among ready callbacks. */
  callSoon(callback: () => void, label?: string): Handle {
    this.#checkClosed();
    const handle = new Handle(callback, labelOf(callback, label));
    this.#ready.append(handle);
    // Tested first so that no closure is made per call while nobody listens.
    if (this.#channel.observed) this.#channel.emit(() => ({ kind: 'scheduled', label: handle.label, when: null, time: this.time() }));
    return handle;
  }

  /**
   * Appends `callback(arg)` to the ready queue (`call_soon(callback, arg)`): one shared function
   * and its argument instead of a closure made per call, and an argument the loop can show (see
   * {@link EventLoop.forEachPendingArg}).
   */
  callSoonWith<A>(callback: (arg: A) => void, arg: A, label?: string): Handle {
    this.#checkClosed();
    const handle = new Handle(callback, labelOf(callback, label), arg);
    this.#ready.append(handle);
    if (this.#channel.observed) this.#channel.emit(() => ({ kind: 'scheduled', label: handle.label, when: null, time: this.time() }));
    return handle;
  }

  /** Schedules `callback` at `time() + delay` (`call_later`). */
  callLater(delay: number, callback: () => void, label?: string): TimerHandle {
    return this.callAt(this.time() + delay, callback, label);
  }

  /** Pushes `callback` due at `when` on the timer heap (`call_at`). */
  callAt(when: number, callback: () => void, label?: string): TimerHandle {
    return this.callAtWith(when, callback, undefined, label);
  }

  /**
   * Pushes `callback(arg)` due at `when` on the timer heap (`call_at(when, callback, arg)`): one
   * shared function and its argument instead of a closure made per timer.
   */
  callAtWith<A>(when: number, callback: (arg: A) => void, arg: A, label?: string): TimerHandle {
    this.#checkClosed();
    const timer = new TimerHandle(when, callback, labelOf(callback, label), this.#onTimerCancelled, arg);
    this.#scheduled.push(when, timer);
    markScheduled(timer, true);
    if (this.#channel.observed) this.#channel.emit(() => ({ kind: 'scheduled', label: timer.label, when, time: this.time() }));
    return timer;
  }

  /**
   * One full iteration of the loop (`_run_once`): sweeps cancelled timers, lets the clock jump
   * to the next deadline if nothing is ready, moves due timers to the ready queue and runs the
   * handles that were ready at that point (not those they schedule).
   *
   * @throws {@link LoopDeadlockError} if nothing is ready, no timer is scheduled and no stop was
   * requested: CPython would block forever in `select(None)`.
   */
  runOnce(): void {
    const schedCount = this.#scheduled.length;
    if (
      schedCount > MIN_SCHEDULED_TIMER_HANDLES &&
      this.#timerCancelledCount / schedCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION
    ) {
      const keys: number[] = [];
      const newScheduled: TimerHandle[] = [];
      const discarded: Handle[] = [];
      for (const handle of this.#scheduled.items) {
        if (handle.cancelled) {
          markScheduled(handle, false);
          discarded.push(handle);
        } else {
          keys.push(handle.when);
          newScheduled.push(handle);
        }
      }
      this.#scheduled.reset(keys, newScheduled);
      this.#timerCancelledCount = 0;
      for (const handle of discarded) discard(handle);
    } else {
      while (this.#scheduled.peek()?.cancelled === true) {
        this.#timerCancelledCount -= 1;
        const handle = this.#scheduled.pop();
        if (handle !== undefined) {
          markScheduled(handle, false);
          discard(handle);
        }
      }
    }

    let timeout: number | null = null;
    if (this.#ready.length > 0 || this.#stopping) {
      timeout = 0;
    } else {
      const first = this.#scheduled.peekKey();
      if (first !== undefined) {
        timeout = Math.min(Math.max(0, first - this.time()), MAXIMUM_SELECT_TIMEOUT);
      }
    }
    if (this.selectHook !== null) this.selectHook(timeout);
    else {
      if (timeout === null) throw new LoopDeadlockError(this.time());
      this.#select(timeout);
    }

    const endTime = this.time() + this.clockResolution;
    for (let handle = this.#scheduled.peek(); handle !== undefined; handle = this.#scheduled.peek()) {
      if (handle.when >= endTime) break;
      this.#scheduled.pop();
      markScheduled(handle, false);
      this.#ready.append(handle);
    }

    const ntodo = this.#ready.length;
    for (let i = 0; i < ntodo; i++) {
      const handle = this.#ready.popleft();
      if (handle === undefined) continue;
      if (handle.cancelled) {
        discard(handle);
        continue;
      }
      if (this.#channel.observed) this.#channel.emit(() => ({ kind: 'handle-run', label: handle.label, time: this.time() }));
      if (this.handleRunner === null) handle.run();
      else this.handleRunner(handle);
    }
  }

  /**
   * Runs {@link EventLoop.runOnce} until {@link EventLoop.stop} is called (`run_forever`).
   *
   * @throws {@link LoopStateError} if the loop is closed or already running.
   * @throws {@link LoopDeadlockError} if the loop would block forever.
   */
  runForever(): void {
    this.#startRunning();
    try {
      for (;;) {
        this.#iterate();
        if (this.#stopping) break;
      }
    } finally {
      this.#stopping = false;
      this.#running = false;
    }
  }

  /**
   * The loop of `run_until_complete`: runs iterations until `done()` holds after one, or until
   * {@link EventLoop.stop}. For CPython's exact timing, have the awaited future's done callback
   * call `stop()` (as `_run_until_complete_cb` does); check `done()` afterwards and raise
   * 'Event loop stopped before Future completed.' if it does not hold.
   *
   * @throws {@link LoopStateError} if the loop is closed or already running.
   * @throws {@link LoopDeadlockError} if the loop would block forever.
   */
  runUntil(done: () => boolean): void {
    this.#startRunning();
    try {
      for (;;) {
        this.#iterate();
        if (this.#stopping || done()) break;
      }
    } finally {
      this.#stopping = false;
      this.#running = false;
    }
  }

  /** Asks the loop to stop after the current iteration (`stop`). */
  stop(): void {
    this.#stopping = true;
  }

  /**
   * Closes the loop, dropping ready and scheduled handles (`close`); closing twice is a no-op.
   *
   * @param around - runs each queue's release (see {@link EventLoop.discardPending}).
   * @throws {@link LoopStateError} 'Cannot close a running event loop'.
   */
  close(around?: PendingRelease): void {
    if (this.#running) throw new LoopStateError('Cannot close a running event loop');
    if (this.#closed) return;
    this.#closed = true;
    this.discardPending(around);
  }

  /**
   * Calls `fn` with the argument of every handle still to run (ready or on the timer heap, not
   * cancelled, given an argument): what the loop keeps alive, for a host's cycle collector.
   */
  forEachPendingArg(fn: (arg: unknown) => void): void {
    const each = (handle: Handle): void => {
      const arg = handle.arg;
      if (!handle.cancelled && arg !== undefined) fn(arg);
    };
    this.#ready.forEach(each);
    for (const handle of this.#scheduled.items) each(handle);
  }

  /**
   * Drops every handle still to run without running it (what `close` does to `_ready`, then to
   * `_scheduled`). Both queues are emptied first; then, queue by queue and in queue order, the
   * argument of each handle is told: `dropped()` for a handle to run, `discarded()` for a
   * cancelled one that kept its argument, so that it can let go of what it holds.
   *
   * @param around - runs each queue's release, `'ready'` then `'scheduled'` (a host shows the
   * line of `close` that drops that queue while what it releases is finalized).
   */
  discardPending(around: PendingRelease = (_queue, release) => {
    release();
  }): void {
    const ready: Handle[] = [];
    this.#ready.forEach((handle) => {
      ready.push(handle);
    });
    const scheduled = [...this.#scheduled.items];
    for (const handle of scheduled) markScheduled(handle, false);
    this.#ready.clear();
    this.#scheduled.clear();
    this.#timerCancelledCount = 0;
    around('ready', () => {
      ready.forEach(release);
    });
    around('scheduled', () => {
      scheduled.forEach(release);
    });
  }

  /**
   * Calls `fn` with the kept argument of every cancelled handle the loop still holds (on the timer
   * heap until `_run_once` pops it, or in the ready queue): for a host's cycle collector.
   */
  forEachCancelledArg(fn: (arg: unknown) => void): void {
    const each = (handle: Handle): void => {
      const arg = handle.cancelledArg;
      if (arg !== undefined) fn(arg);
    };
    this.#ready.forEach(each);
    for (const handle of this.#scheduled.items) each(handle);
  }

  /** Whether `runForever` or `runUntil` is on the stack (`is_running`). */
  isRunning(): boolean {
    return this.#running;
  }

  /** Whether {@link EventLoop.close} was called (`is_closed`). */
  isClosed(): boolean {
    return this.#closed;
  }

  /** One iteration: {@link EventLoop.runOnce}, or the host's replacement. */
  #iterate(): void {
    const hook = this.iterationHook;
    if (hook === null) this.runOnce();
    else hook();
  }

  /** `_check_closed` then `_check_running` (the other-loop check is the caller's). */
  #startRunning(): void {
    this.#checkClosed();
    if (this.#running) throw new LoopStateError('This event loop is already running');
    this.#running = true;
  }

  #checkClosed(): void {
    if (this.#closed) throw new LoopStateError('Event loop is closed');
  }

  /** The virtual `select(timeout)`: the clock moves by `timeout` instead of waiting. */
  #select(timeout: number): void {
    if (!(timeout > 0)) return;
    const from = this.#clock.now();
    const to = from + timeout;
    this.#clock.advanceTo(to);
    this.#channel.emit(() => ({ kind: 'clock-advanced', from, to: this.#clock.now() }));
  }
}

/**
 * Publishes a task event on `loop.events$`, so the asyncio layer's tasks and futures report on
 * the same stream as the loop's handles. Does nothing unless someone subscribed.
 *
 * @example
 * ```ts
 * emitTaskEvent(loop, { kind: 'task-step', task: 'Task-1', time: loop.time() });
 * ```
 */
export function emitTaskEvent(loop: EventLoop, event: TaskEvent): void {
  publish(loop, event);
}

/**
 * Whether anyone listens to `loop.events$`, so a task layer can skip building events (and the
 * labels in them) that nobody would receive.
 */
export function taskEventsObserved(loop: EventLoop): boolean {
  return observed(loop);
}
