/**
 * `@corosim/cli`: the `corosim` command, and the same command line as a function for programs
 * and tests that want to run it in-process.
 *
 * @packageDocumentation
 */
export type { CliIo } from './cli-io.ts';
export { main, version } from './program.ts';
export { pythonRuntimeReady } from './python-runtime.ts';
