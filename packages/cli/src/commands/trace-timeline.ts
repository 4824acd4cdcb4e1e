/**
 * The timeline `corosim trace` prints and the docs playground shows: the event streams of the VM,
 * the async-generator hooks and the asyncio loops merged (RxJS `merge`) and stamped with the
 * virtual time and the running task. Pure composition: no node module, so a browser can use it.
 * @module
 */
import { map, merge, type Observable } from 'rxjs';
import { rt } from '@corosim/vm/host';
import { events$ as hookEvents$ } from '@corosim/asyncgen-hooks';
import { asyncioLoopEvents$, currentAsyncioTaskName, vmEvents$ } from '@corosim/eventloop';
import type { TraceEntry, TraceSource } from './trace-format.ts';

/** Which events a timeline shows. */
export interface TraceFilter {
  /** Only these kinds (null: all but alloc and free, unless `memory`). */
  readonly only: ReadonlySet<string> | null;
  /** Include the heap's alloc and free events. */
  readonly memory: boolean;
}

/**
 * Whether an event of `kind` is shown under `filter`.
 *
 * @remarks
 * Without `only`, the heap's alloc and free events are left out unless `memory` is set: a
 * program allocates far more often than it does anything else.
 *
 * @param kind - the event's kind (`call`, `yield`, `task-step`, ...)
 * @param filter - the kinds asked for
 * @returns whether the timeline shows it
 * @example
 * ```ts
 * isShownKind('alloc', { only: null, memory: false }); // false
 * ```
 */
export function isShownKind(kind: string, filter: TraceFilter): boolean {
  if (filter.only !== null) return filter.only.has(kind);
  return filter.memory || (kind !== 'alloc' && kind !== 'free');
}

/** Stamps the events of `source` with the virtual time and the running task as they arrive. */
function stamped(source: TraceSource, events$: Observable<TraceEntry['event']>): Observable<TraceEntry> {
  return events$.pipe(map((event) => ({ time: 'time' in event ? event.time : rt.virtualNow(), task: currentAsyncioTaskName(), source, event })));
}

/**
 * The merged, stamped events of the VM, the async-generator hooks and the asyncio loops.
 *
 * @remarks
 * Subscribe before running a program and unsubscribe after it: the VM builds events only while
 * someone listens. Entries arrive synchronously, in the order things happen, so a host can
 * interleave them with the program's output.
 *
 * @returns a fresh merge of the three streams (each subscription is independent)
 * @example
 * ```ts
 * const subscription = traceTimeline().subscribe((entry) => { lines.push(formatLine(entry)); });
 * ```
 */
export function traceTimeline(): Observable<TraceEntry> {
  return merge(stamped('vm', vmEvents$), stamped('hooks', hookEvents$), stamped('loop', asyncioLoopEvents$));
}
