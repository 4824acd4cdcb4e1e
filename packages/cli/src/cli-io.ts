/**
 * The CLI's view of its process: where text goes. Tests pass their own; `bin.ts` passes the
 * real streams.
 * @module
 */

/** Sinks for the CLI's standard output and standard error. */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
}
