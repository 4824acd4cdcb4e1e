/**
 * How `corosim trace` shows an event: one readable line (virtual time, task, kind, details) or
 * one JSON object per line. The events come from the VM, the async-generator hooks and the
 * asyncio loops, merged.
 * @module
 */
import type { AsyncgenHooksEvent } from '@corosim/asyncgen-hooks';
import type { LoopEvent, VmEvent } from '@corosim/eventloop';

/** Which package reported an event. */
export type TraceSource = 'vm' | 'hooks' | 'loop';

/** One event of the merged stream, stamped with the virtual time and the running task. */
export interface TraceEntry {
  readonly time: number;
  readonly task: string | null;
  readonly source: TraceSource;
  readonly event: VmEvent | AsyncgenHooksEvent | LoopEvent;
}

/** The kinds `--only` accepts, by source. */
export const TRACE_KINDS: Readonly<Record<TraceSource, readonly string[]>> = {
  vm: ['call', 'return', 'yield', 'resume', 'raise', 'alloc', 'free', 'unraisable'],
  hooks: ['firstiter-called', 'finalizer-called', 'origin-captured', 'hooks-set', 'origin-tracking-depth-set'],
  loop: ['scheduled', 'handle-run', 'clock-advanced', 'task-step', 'task-done', 'future-done'],
};

/** The width of the kind column. */
const KIND_WIDTH = 10;

/** A heap address as `id()`'s hex. */
function hex(address: number): string {
  return `0x${address.toString(16)}`;
}

/** The details of an event, after its kind. */
function details(event: TraceEntry['event']): string {
  switch (event.kind) {
    case 'call':
      return `${event.qualname}  ${event.file}:${event.line}  depth=${event.depth}`;
    case 'return':
      return `${event.qualname}  depth=${event.depth}`;
    case 'yield':
    case 'resume':
      return `${event.qualname}  lasti=${event.lasti}`;
    case 'raise':
      return `${event.type}${event.message === '' ? '' : `: ${event.message}`}${event.qualname === null ? '' : `  in ${event.qualname}`}`;
    case 'alloc':
      return `${event.type}  ${hex(event.address)}  size=${event.size}`;
    case 'free':
      return `${event.type}  ${hex(event.address)}`;
    case 'unraisable':
      return event.message;
    case 'firstiter-called':
    case 'finalizer-called':
      return `${event.agen.qualname}  ${hex(event.agen.address)}  hook=${event.hookType}`;
    case 'origin-captured':
      return `depth=${event.depth}${event.creator === null ? '' : `  creator=${event.creator}`}`;
    case 'hooks-set':
      return `firstiter=${event.firstiterType ?? 'None'}  finalizer=${event.finalizerType ?? 'None'}`;
    case 'origin-tracking-depth-set':
      return `depth=${event.depth}`;
    case 'scheduled':
      return `${event.label}${event.when === null ? '' : `  when=${event.when.toFixed(3)}`}`;
    case 'handle-run':
    case 'future-done':
      return event.label;
    case 'clock-advanced':
      return `${event.from.toFixed(3)} -> ${event.to.toFixed(3)}`;
    case 'task-step':
      return event.task;
    case 'task-done':
      return `${event.task}  ${event.outcome}`;
  }
}

/** `[t=  3.000] task Task-1  yield  cor  lasti=20`: the task part only inside a task. */
export function formatLine(entry: TraceEntry): string {
  const time = entry.time.toFixed(3).padStart(7);
  const task = entry.task === null ? '' : `task ${entry.task}  `;
  return `[t=${time}] ${task}${entry.event.kind.padEnd(KIND_WIDTH)} ${details(entry.event)}`.trimEnd();
}

/** One JSON object: time, task, source, then the event's own fields. */
export function formatJson(entry: TraceEntry): string {
  return JSON.stringify({ t: entry.time, task: entry.task, source: entry.source, ...entry.event });
}
