/**
 * `corosim trace FILE.py`: runs a program as `corosim run` does and prints, interleaved with its
 * output, the merged event streams of the VM, the async-generator hooks and the asyncio loops
 * (RxJS `merge`) as a timeline in virtual time, or as JSON lines.
 * @module
 */
import { filter, map, merge, type Observable } from 'rxjs';
import { rt } from '@corosim/vm/host';
import { events$ as hookEvents$ } from '@corosim/asyncgen-hooks';
import { asyncioLoopEvents$, currentAsyncioTaskName, vmEvents$ } from '@corosim/eventloop';
import '../python-runtime.ts';
import type { CliIo } from '../cli-io.ts';
import { UsageError } from '../usage-error.ts';
import { runFile, type RunLimits } from './run.ts';
import { TRACE_KINDS, formatJson, formatLine, type TraceEntry, type TraceSource } from './trace-format.ts';

/** What `trace` shows. */
export interface TraceOptions {
  /** JSON lines instead of the readable timeline. */
  readonly json: boolean;
  /** Only these kinds (null: all but alloc and free, unless `memory`). */
  readonly only: ReadonlySet<string> | null;
  /** Include the heap's alloc and free events. */
  readonly memory: boolean;
}

/** Every kind `--only` accepts. */
const ALL_KINDS: readonly string[] = Object.values(TRACE_KINDS).flat();

/** Parses `--only`'s comma list, rejecting unknown kinds. */
export function parseKinds(text: string): ReadonlySet<string> {
  const kinds = text
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  for (const kind of kinds) {
    if (!ALL_KINDS.includes(kind)) throw new UsageError(`unknown event kind '${kind}' (choose from ${ALL_KINDS.join(', ')})`);
  }
  return new Set(kinds);
}

/** Whether an event of `kind` is shown. */
function shown(kind: string, options: TraceOptions): boolean {
  if (options.only !== null) return options.only.has(kind);
  return options.memory || (kind !== 'alloc' && kind !== 'free');
}

/** Stamps the events of `source` with the virtual time and the running task as they arrive. */
function stamped(source: TraceSource, events$: Observable<TraceEntry['event']>): Observable<TraceEntry> {
  return events$.pipe(map((event) => ({ time: 'time' in event ? event.time : rt.virtualNow(), task: currentAsyncioTaskName(), source, event })));
}

/** Runs the program at `path` with its events printed, and returns its exit status. */
export function traceCommand(path: string, io: CliIo, limits: RunLimits, options: TraceOptions): number {
  const format = options.json ? formatJson : formatLine;
  const timeline = merge(stamped('vm', vmEvents$), stamped('hooks', hookEvents$), stamped('loop', asyncioLoopEvents$)).pipe(
    filter((entry) => shown(entry.event.kind, options)),
  );
  const subscription = timeline.subscribe((entry) => {
    io.stdout(`${format(entry)}\n`);
  });
  try {
    return runFile('trace', path, io, limits);
  } finally {
    subscription.unsubscribe();
  }
}
