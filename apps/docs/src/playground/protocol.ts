/**
 * The messages between the playground page and its Web Worker, and the limits of a run. The
 * page sends one `run` request to a fresh worker; the worker answers with output, timeline and
 * layout messages as the program runs, and one `done` (or `crashed`) at the end. Everything is
 * plain data, so it crosses `postMessage` unchanged.
 * @module
 */

/** Most bytecode instructions a playground run may execute: a few seconds of work in a browser. */
export const INSTRUCTION_BUDGET = 200_000_000;

/** Most bytes the simulated CPython heap of a playground run may hold before MemoryError. */
export const HEAP_BUDGET = 256 * 2 ** 20;

/** Most timeline events a run sends; the page says so when a run has more. */
export const MAX_TIMELINE_EVENTS = 2000;

/** Most layout diagrams a run sends; the page says so when a run has more. */
export const MAX_LAYOUTS = 100;

/** Most characters of output a run sends; the page says so when a run writes more. */
export const MAX_OUTPUT_CHARS = 1_000_000;

/** The name the program runs under: what tracebacks and `__file__` show. */
export const PROGRAM_FILENAME = 'main.py';

/** The page asks the worker to run a program. */
export interface RunRequest {
  readonly type: 'run';
  /** The program's text. */
  readonly source: string;
  /** Whether the timeline includes the heap's alloc and free events. */
  readonly memory: boolean;
}

/** Text the program wrote to one of its streams. */
export interface OutputMessage {
  readonly type: 'output';
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/** Timeline lines, in order, after those already sent. */
export interface TimelineMessage {
  readonly type: 'timeline';
  readonly lines: readonly string[];
}

/** One `corosim.layout(obj)` call, drawn. */
export interface LayoutMessage {
  readonly type: 'layout';
  /** 0, 1, 2, ... in call order. */
  readonly index: number;
  /** The title of the object laid out (the first box's title). */
  readonly title: string;
  /** The diagram, a standalone SVG document. */
  readonly svg: string;
}

/** The run ended: how, and how much of it was left out. */
export interface DoneMessage {
  readonly type: 'done';
  /** The exit status `python3.8 main.py` would have returned. */
  readonly exitCode: number;
  /** Every timeline event of the run, including those not sent. */
  readonly timelineEvents: number;
  /** Every `corosim.layout` call of the run, including those not sent. */
  readonly layouts: number;
  /** Every character of output of the run, including those not sent. */
  readonly outputChars: number;
  /** What the VM cannot do yet, when that stopped the run (null otherwise). */
  readonly unsupported: string | null;
}

/** The worker failed: a defect in corosim, never the program's fault. */
export interface CrashedMessage {
  readonly type: 'crashed';
  readonly message: string;
}

/** Everything the worker sends. */
export type WorkerMessage = OutputMessage | TimelineMessage | LayoutMessage | DoneMessage | CrashedMessage;

/** Whether `value` is a record (an object that is not null). */
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/**
 * Whether `value` is a run request, as the worker receives it.
 *
 * @param value - the `data` of a message event
 * @returns whether it has the shape of a {@link RunRequest}
 * @example
 * ```ts
 * isRunRequest({ type: 'run', source: 'print(1)\n', memory: false }); // true
 * ```
 */
export function isRunRequest(value: unknown): value is RunRequest {
  return isRecord(value) && value['type'] === 'run' && typeof value['source'] === 'string' && typeof value['memory'] === 'boolean';
}

/**
 * Whether `value` is a message of the worker, as the page receives it.
 *
 * @param value - the `data` of a message event
 * @returns whether it has the shape of one of the {@link WorkerMessage}s
 * @example
 * ```ts
 * isWorkerMessage({ type: 'timeline', lines: [] }); // true
 * ```
 */
export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (!isRecord(value)) return false;
  switch (value['type']) {
    case 'output':
      return (value['stream'] === 'stdout' || value['stream'] === 'stderr') && typeof value['text'] === 'string';
    case 'timeline':
      return Array.isArray(value['lines']) && value['lines'].every((line) => typeof line === 'string');
    case 'layout':
      return typeof value['index'] === 'number' && typeof value['title'] === 'string' && typeof value['svg'] === 'string';
    case 'done':
      return (
        typeof value['exitCode'] === 'number' &&
        typeof value['timelineEvents'] === 'number' &&
        typeof value['layouts'] === 'number' &&
        typeof value['outputChars'] === 'number' &&
        (value['unsupported'] === null || typeof value['unsupported'] === 'string')
      );
    case 'crashed':
      return typeof value['message'] === 'string';
    default:
      return false;
  }
}

/** What the page says under each pane about what it leaves out (null: nothing left out). */
export interface CappedNotes {
  readonly output: string | null;
  readonly timeline: string | null;
  readonly layout: string | null;
}

/**
 * What the page says about the parts of a run it does not show: one sentence per capped pane.
 *
 * @param done - the run's last message
 * @returns a note for each pane that shows only the first part of what the run produced
 * @example
 * ```ts
 * cappedNotes({ type: 'done', exitCode: 0, timelineEvents: 2500, layouts: 1, outputChars: 10, unsupported: null }).timeline;
 * // 'Showing the first 2000 of 2500 events.'
 * ```
 */
export function cappedNotes(done: DoneMessage): CappedNotes {
  return {
    output: done.outputChars > MAX_OUTPUT_CHARS ? `Showing the first ${MAX_OUTPUT_CHARS} of ${done.outputChars} characters.` : null,
    timeline: done.timelineEvents > MAX_TIMELINE_EVENTS ? `Showing the first ${MAX_TIMELINE_EVENTS} of ${done.timelineEvents} events.` : null,
    layout: done.layouts > MAX_LAYOUTS ? `Showing the first ${MAX_LAYOUTS} of ${done.layouts} diagrams.` : null,
  };
}

/**
 * The page's one-line summary of a finished run.
 *
 * @param done - the run's last message
 * @param elapsedMs - the run's wall time in the browser, in milliseconds
 * @returns `exit status 0 · 0.42 s`, or what the VM could not do
 * @example
 * ```ts
 * doneSummary({ type: 'done', exitCode: 1, timelineEvents: 0, layouts: 0, outputChars: 0, unsupported: null }, 420); // 'exit status 1 · 0.42 s'
 * ```
 */
export function doneSummary(done: DoneMessage, elapsedMs: number): string {
  const seconds = `${(elapsedMs / 1000).toFixed(2)} s`;
  if (done.unsupported !== null) return `stopped: corosim cannot run ${done.unsupported} yet · ${seconds}`;
  return `exit status ${done.exitCode} · ${seconds}`;
}
