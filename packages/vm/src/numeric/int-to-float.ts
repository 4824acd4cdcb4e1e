/**
 * Conversions from Python `int` to `float` with CPython's rounding and overflow rules: plain
 * conversion (`PyLong_AsDouble`) and correctly rounded true division (`long_true_divide`).
 * @module
 */
import { roundScaled } from './float-bits.ts';
import { bitLength } from './int-arith.ts';
import { numericError, type NumericResult } from './numeric-result.ts';

/**
 * `float(v)`: the nearest double, ties to even.
 *
 * @see CPython 3.8 Objects/longobject.c PyLong_AsDouble
 */
export function intToFloat(v: bigint): NumericResult<number> {
  const x = Number(v);
  if (!Number.isFinite(x)) return numericError('OverflowError', 'int too large to convert to float');
  return x;
}

/**
 * `a / b` for ints: the double nearest the exact quotient, ties to even.
 *
 * @see CPython 3.8 Objects/longobject.c long_true_divide
 */
export function intTrueDivide(a: bigint, b: bigint): NumericResult<number> {
  if (b === 0n) return numericError('ZeroDivisionError', 'division by zero');
  const negate = a < 0n !== b < 0n;
  const result = positiveQuotient(a < 0n ? -a : a, b < 0n ? -b : b);
  if (result === Infinity) return numericError('OverflowError', 'integer division result too large for a float');
  return negate ? -result : result;
}

/** The correctly rounded `a / b` for `a >= 0`, `b > 0`; Infinity when it overflows. */
export function positiveQuotient(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const e = bitLength(a) - bitLength(b); // 2**(e-1) < a/b < 2**(e+1)
  if (e > 1025) return Infinity;
  if (e < -1080) return 0;
  // q = floor(a * 2**k / b) has 55 or 56 bits; the remainder decides the sticky bit.
  const k = 55 - e;
  const num = k >= 0 ? a << BigInt(k) : a;
  const den = k >= 0 ? b : b << BigInt(-k);
  return roundScaled(num / den, num % den !== 0n, -k);
}
