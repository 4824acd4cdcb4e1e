/**
 * Host-defect checks. A failed assertion is a bug in corosim, never a Python error: it throws
 * {@link InternalError}, which no package catches (engine262's `Assert`).
 * @module
 */

/** A defect in corosim itself. Python exceptions are VM objects and never use this class. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** Throws an {@link InternalError} with `message` unless `condition` holds. */
export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new InternalError(message);
}

/** Marks a branch the type checker proves impossible; every union `switch` ends here. */
export function unreachable(value: never): never {
  throw new InternalError(`unreachable: ${JSON.stringify(value)}`);
}
