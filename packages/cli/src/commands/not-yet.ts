/**
 * The one message for a command the VM cannot carry out yet: said plainly, with no made-up
 * output, as a usage error.
 * @module
 */
import { UsageError } from '../usage-error.ts';

/** Builds the usage error for `command` on `path` when the VM lacks `feature`. */
export function notYet(command: string, path: string, feature: string): UsageError {
  return new UsageError(`cannot ${command} '${path}': ${feature} is not implemented yet`);
}
