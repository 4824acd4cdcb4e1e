/**
 * `corosim trace FILE.py`: runs a program as `corosim run` does and prints, interleaved with its
 * output, the merged event streams of the VM, the async-generator hooks and the asyncio loops
 * (RxJS `merge`) as a timeline in virtual time, or as JSON lines.
 * @module
 */
import { filter } from 'rxjs';
import '../python-runtime.ts';
import type { CliIo } from '../cli-io.ts';
import { UsageError } from '../usage-error.ts';
import { runFile, type RunLimits } from './run.ts';
import { TRACE_KINDS, formatJson, formatLine } from './trace-format.ts';
import { isShownKind, traceTimeline, type TraceFilter } from './trace-timeline.ts';

/** What `trace` shows. */
export interface TraceOptions extends TraceFilter {
  /** JSON lines instead of the readable timeline. */
  readonly json: boolean;
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

/** Runs the program at `path` with its events printed, and returns its exit status. */
export function traceCommand(path: string, args: readonly string[], io: CliIo, limits: RunLimits, options: TraceOptions): number {
  const format = options.json ? formatJson : formatLine;
  const timeline = traceTimeline().pipe(filter((entry) => isShownKind(entry.event.kind, options)));
  const subscription = timeline.subscribe((entry) => {
    io.stdout(`${format(entry)}\n`);
  });
  try {
    return runFile('trace', path, args, io, limits);
  } finally {
    subscription.unsubscribe();
  }
}
