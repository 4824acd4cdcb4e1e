/**
 * Tasks for TypeScript coroutines: a generator function that yields `sleep(seconds)` requests,
 * driven through `@corosim/vm/host`'s `Resumable` protocol. Mirrors `Task.__step` and
 * `Task.__wakeup` of CPython 3.8's Lib/asyncio/tasks.py, `asyncio.sleep` (a future completed by
 * `call_later`, or a bare yield for `sleep(0)`) and `run_until_complete` of base_events.py.
 * @module
 */
import type { ResumeRequest, Resumable, StepResult } from '@corosim/vm/host';
import { LoopStateError } from './errors.ts';
import type { TimerHandle } from './handles.ts';
import { emitTaskEvent, type EventLoop } from './loop.ts';

/** What a TypeScript coroutine yields to wait: `yield sleep(1.5)`. */
export interface SleepRequest {
  readonly kind: 'sleep';
  readonly seconds: number;
}

/** A request to suspend the task for `seconds` of virtual time (`asyncio.sleep`). */
export function sleep(seconds: number): SleepRequest {
  return { kind: 'sleep', seconds };
}

/** Thrown into a coroutine whose task is cancelled (`asyncio.CancelledError`). */
export class TsCancelledError extends Error {
  /** Creates the error. */
  constructor() {
    super('task cancelled');
    this.name = 'TsCancelledError';
  }
}

/** A TypeScript coroutine: any `Resumable` yielding sleep requests, or a generator object. */
export type TsCoroutine<R> =
  | Resumable<SleepRequest, R, undefined, unknown>
  | Generator<SleepRequest, R, undefined>;

/**
 * Wraps a generator object as a `Resumable`: `send` is `next`, `throw` is `throw`, `close` is
 * `return`, and whatever the generator throws comes back as a `raise` result.
 */
export function fromGenerator<Y, R, S>(gen: Generator<Y, R, S>): Resumable<Y, R, S, unknown> {
  return {
    resume(request: ResumeRequest<S, unknown>): StepResult<Y, R, unknown> {
      try {
        const step =
          request.mode === 'send'
            ? gen.next(request.value)
            : request.mode === 'throw'
              ? gen.throw(request.error)
              : gen.return(undefined as unknown as R);
        return step.done === true ? { kind: 'return', value: step.value } : { kind: 'yield', value: step.value };
      } catch (error: unknown) {
        return { kind: 'raise', error };
      }
    },
  };
}

const taskCounters = new WeakMap<EventLoop, number>();

function nextTaskName(loop: EventLoop): string {
  const n = (taskCounters.get(loop) ?? 0) + 1;
  taskCounters.set(loop, n);
  return `TsTask-${n}`;
}

type TaskState<R> =
  | { readonly kind: 'pending' }
  | { readonly kind: 'return'; readonly value: R }
  | { readonly kind: 'raise'; readonly error: unknown }
  | { readonly kind: 'cancelled'; readonly error: unknown };

/**
 * A TypeScript coroutine scheduled on a loop (`asyncio.Task`): its first step is queued with
 * `callSoon` on creation, and each `sleep` resumes it after the delay in virtual time.
 */
export class TsTask<R> {
  /** The task's name in `task-step` and `task-done` events (`TsTask-1`, ...). */
  readonly name: string;
  readonly #loop: EventLoop;
  readonly #coro: Resumable<SleepRequest, R, undefined, unknown>;
  #state: TaskState<R> = { kind: 'pending' };
  #doneCallbacks: (() => void)[] = [];
  #timer: TimerHandle | null = null;
  #mustCancel = false;

  /** Schedules the first step of `coro` on `loop` (`Task.__init__`). */
  constructor(loop: EventLoop, coro: TsCoroutine<R>, name?: string) {
    this.#loop = loop;
    this.#coro = 'resume' in coro ? coro : fromGenerator(coro);
    this.name = name ?? nextTaskName(loop);
    loop.callSoon(() => { this.#step({ mode: 'send', value: undefined }); }, `${this.name} step`);
  }

  /** Whether the coroutine returned, raised or was cancelled (`Task.done()`). */
  get done(): boolean {
    return this.#state.kind !== 'pending';
  }

  /** Whether the task ended cancelled (`Task.cancelled()`). */
  get cancelled(): boolean {
    return this.#state.kind === 'cancelled';
  }

  /** The return value; throws what the coroutine raised, or a LoopStateError if pending. */
  result(): R {
    const state = this.#state;
    if (state.kind === 'pending') throw new LoopStateError('Result is not set.');
    if (state.kind === 'return') return state.value;
    throw state.error;
  }

  /** Runs `callback` via `callSoon` once the task is done (`add_done_callback`). */
  addDoneCallback(callback: () => void): void {
    if (this.done) this.#loop.callSoon(callback, `${this.name} done callback`);
    else this.#doneCallbacks.push(callback);
  }

  /**
   * Requests cancellation (`Task.cancel`): a sleeping task is woken with a
   * {@link TsCancelledError} thrown in; returns false if the task is already done.
   */
  cancel(): boolean {
    if (this.done) return false;
    const timer = this.#timer;
    if (timer !== null) {
      timer.cancel();
      this.#timer = null;
      this.#loop.callSoon(() => { this.#step({ mode: 'throw', error: new TsCancelledError() }); }, `${this.name} wakeup`);
    } else {
      this.#mustCancel = true;
    }
    return true;
  }

  /** `Task.__step`: resumes the coroutine once and arranges the next step. */
  #step(request: ResumeRequest<undefined, unknown>): void {
    const loop = this.#loop;
    let req = request;
    if (this.#mustCancel) {
      this.#mustCancel = false;
      req = { mode: 'throw', error: new TsCancelledError() };
    }
    emitTaskEvent(loop, { kind: 'task-step', task: this.name, time: loop.time() });
    const result = this.#coro.resume(req);
    if (result.kind === 'return') {
      this.#finish({ kind: 'return', value: result.value });
    } else if (result.kind === 'raise') {
      const cancelled = result.error instanceof TsCancelledError;
      this.#finish(cancelled ? { kind: 'cancelled', error: result.error } : { kind: 'raise', error: result.error });
    } else {
      this.#wait(result.value);
    }
  }

  /** What `asyncio.sleep` arranges: a bare yield for a delay <= 0, else a timer-set future. */
  #wait(request: SleepRequest): void {
    const loop = this.#loop;
    const resume = (): void => { this.#step({ mode: 'send', value: undefined }); };
    if (!(request.seconds > 0)) {
      loop.callSoon(resume, `${this.name} step`);
      return;
    }
    this.#timer = loop.callLater(
      request.seconds,
      () => {
        this.#timer = null;
        emitTaskEvent(loop, { kind: 'future-done', label: `${this.name} sleep`, time: loop.time() });
        loop.callSoon(resume, `${this.name} wakeup`);
      },
      `${this.name} sleep`,
    );
  }

  #finish(state: Exclude<TaskState<R>, { kind: 'pending' }>): void {
    this.#state = state;
    const loop = this.#loop;
    emitTaskEvent(loop, { kind: 'task-done', task: this.name, time: loop.time(), outcome: state.kind });
    const callbacks = this.#doneCallbacks;
    this.#doneCallbacks = [];
    for (const callback of callbacks) loop.callSoon(callback, `${this.name} done callback`);
  }
}

/**
 * Schedules a TypeScript coroutine as a task on `loop` without running the loop (`create_task`).
 */
export function createTsTask<R>(loop: EventLoop, coro: TsCoroutine<R>, name?: string): TsTask<R> {
  return new TsTask(loop, coro, name);
}

/**
 * Runs a TypeScript coroutine to completion in virtual time and returns its result
 * (`loop.run_until_complete(coro)`): the task's done callback stops the loop, as
 * `_run_until_complete_cb` does, so other tasks get exactly the iterations CPython gives them.
 *
 * @throws whatever the coroutine raised; {@link LoopStateError} if the loop is closed, running,
 * or was stopped first ('Event loop stopped before Future completed.');
 * {@link LoopDeadlockError} if the loop would block forever.
 *
 * @example
 * ```ts
 * const loop = new EventLoop(loopClockOf(new VirtualClock()));
 * const answer = runTsTask(loop, (function* () {
 *   yield sleep(365 * 24 * 3600); // a year, instantly
 *   return 42;
 * })());
 * ```
 */
export function runTsTask<R>(loop: EventLoop, coro: TsCoroutine<R>, name?: string): R {
  if (loop.isClosed()) throw new LoopStateError('Event loop is closed');
  if (loop.isRunning()) throw new LoopStateError('This event loop is already running');
  const task = new TsTask(loop, coro, name);
  task.addDoneCallback(() => { loop.stop(); });
  loop.runForever();
  if (!task.done) throw new LoopStateError('Event loop stopped before Future completed.');
  return task.result();
}
