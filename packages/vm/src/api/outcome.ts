/**
 * The serialisable results of the public API: plain data, never a thrown Python exception.
 * @module
 */

/** Where a program's output goes: its `sys.stdout` or its `sys.stderr`. */
export type OutputStream = 'stdout' | 'stderr';

/**
 * What the VM cannot do yet. The caller reports it plainly instead of printing made-up output.
 *
 * @remarks
 * This variant disappears from each outcome as the feature it names lands (compiler: issue 4,
 * interpreter: issue 5).
 */
export interface Unsupported {
  readonly status: 'unsupported';
  /** What is missing, as a phrase: `"the bytecode compiler"`. */
  readonly feature: string;
}
