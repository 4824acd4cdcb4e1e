/**
 * Usage errors: what the user asked for cannot be done (unknown command, missing file). The CLI
 * prints one line and exits with status 2, as CPython's own command line does for bad usage.
 * @module
 */

/** Exit status for bad usage, as `python3.8` and most Unix tools use it. */
export const USAGE_EXIT = 2;

/** A usage error carrying the one line to print after `corosim: `. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
