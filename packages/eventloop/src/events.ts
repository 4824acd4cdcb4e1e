/**
 * What the event loop reports while it runs: the `LoopEvent` union published on
 * `EventLoop.events$`. CPython 3.8 has no such stream; the events name the points of
 * Lib/asyncio/base_events.py (`call_soon`/`call_at`, `Handle._run` in `_run_once`, the selector
 * wait), tasks.py (`Task.__step`) and futures.py (`Future.__schedule_callbacks`).
 * @module
 */
import { Subject, type Observable } from 'rxjs';

/** A callback was scheduled: `when` is the deadline for timers and `null` for `callSoon`. */
export interface ScheduledEvent {
  readonly kind: 'scheduled';
  readonly label: string;
  readonly when: number | null;
  readonly time: number;
}

/** `_run_once` ran a handle (cancelled handles are skipped and not reported). */
export interface HandleRunEvent {
  readonly kind: 'handle-run';
  readonly label: string;
  readonly time: number;
}

/** The virtual clock jumped from `from` to `to` where CPython's selector would have waited. */
export interface ClockAdvancedEvent {
  readonly kind: 'clock-advanced';
  readonly from: number;
  readonly to: number;
}

/** A task resumed its coroutine once (`Task.__step`). */
export interface TaskStepEvent {
  readonly kind: 'task-step';
  readonly task: string;
  readonly time: number;
}

/** A task finished: its coroutine returned, raised, or the task was cancelled. */
export interface TaskDoneEvent {
  readonly kind: 'task-done';
  readonly task: string;
  readonly time: number;
  readonly outcome: 'return' | 'raise' | 'cancelled';
}

/** A future got its result, exception or cancellation. */
export interface FutureDoneEvent {
  readonly kind: 'future-done';
  readonly label: string;
  readonly time: number;
}

/** Everything a loop reports on `events$`. */
export type LoopEvent =
  | ScheduledEvent
  | HandleRunEvent
  | ClockAdvancedEvent
  | TaskStepEvent
  | TaskDoneEvent
  | FutureDoneEvent;

/** The events a task layer (the asyncio module, `runTsTask`) publishes through the loop. */
export type TaskEvent = TaskStepEvent | TaskDoneEvent | FutureDoneEvent;

/**
 * The loop's outlet for events: builds nothing and emits nothing unless someone subscribed.
 */
export class LoopEventChannel {
  readonly #subject = new Subject<LoopEvent>();
  /** The events, hot and synchronous; subscribers observe and never drive execution. */
  readonly events$: Observable<LoopEvent> = this.#subject.asObservable();

  /** Whether anyone listens, so callers can skip building an event. */
  get observed(): boolean {
    return this.#subject.observed;
  }

  /** Emits `make()` if anyone listens. */
  emit(make: () => LoopEvent): void {
    if (this.#subject.observed) this.#subject.next(make());
  }
}
