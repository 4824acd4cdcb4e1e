/**
 * The peephole optimiser run on assembled bytecode: jump threading, dead-code removal and the
 * other rewrites of CPython 3.8 Python/peephole.c.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';

/** The rewritten bytecode and its line-number table. */
export interface OptimizedBytecode {
  readonly code: Uint8Array;
  readonly lnotab: Uint8Array;
}

/**
 * Optimises assembled bytecode as CPython 3.8's `PyCode_Optimize` does.
 *
 * @see CPython 3.8 Python/peephole.c PyCode_Optimize
 */
export function optimizeBytecode(code: Uint8Array, _consts: readonly Constant[], _names: readonly string[], lnotab: Uint8Array): OptimizedBytecode {
  // TODO(#4): the peephole passes (stub: the bytecode is returned unchanged).
  return { code, lnotab };
}
