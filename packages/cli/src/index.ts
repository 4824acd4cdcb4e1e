/**
 * `@corosim/cli`: the `corosim` command, and the same command line as a function for programs
 * and tests that want to run it in-process; and the timeline of `corosim trace` (the merged,
 * stamped event streams and their one-line format), which browsers can use too: those modules
 * import no node module.
 *
 * @packageDocumentation
 */
export type { CliIo } from './cli-io.ts';
export { main, version } from './program.ts';
export { pythonRuntimeReady } from './python-runtime.ts';
export { TRACE_KINDS, formatJson, formatLine } from './commands/trace-format.ts';
export type { TraceEntry, TraceSource } from './commands/trace-format.ts';
export { isShownKind, traceTimeline } from './commands/trace-timeline.ts';
export type { TraceFilter } from './commands/trace-timeline.ts';
