/**
 * The two errors of the math module: "math domain error" and "math range error". Mirrors CPython
 * 3.8 Modules/mathmodule.c `is_error`.
 * @module
 */
import { overflowError, valueError } from '../runtime/errors.ts';

/** ValueError("math domain error"). */
export function domainError(): never {
  throw valueError('math domain error');
}

/** OverflowError("math range error"). */
export function rangeError(): never {
  throw overflowError('math range error');
}
