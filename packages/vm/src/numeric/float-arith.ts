/**
 * Python `float` arithmetic where it differs from JavaScript's operators: division by zero
 * raises, floor division and modulo floor, and `**` follows CPython's special cases (a negative
 * base with a fractional exponent gives a complex). Mirrors CPython 3.8 Objects/floatobject.c.
 * @module
 */
import { decompose } from './float-bits.ts';
import { positiveQuotient } from './int-to-float.ts';
import { crPow } from './precise-math.ts';
import { isNumericError, numericError, type NumericResult } from './numeric-result.ts';

/**
 * `a / b`.
 *
 * @see CPython 3.8 Objects/floatobject.c float_div
 */
export function floatDiv(a: number, b: number): NumericResult<number> {
  if (b === 0) return numericError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/**
 * `a % b`, with the sign of `b`.
 *
 * @see CPython 3.8 Objects/floatobject.c float_rem
 */
export function floatMod(a: number, b: number): NumericResult<number> {
  if (b === 0) return numericError('ZeroDivisionError', 'float modulo');
  let mod = a % b; // C fmod
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  }
  return mod;
}

/**
 * `divmod(a, b)` for floats.
 *
 * @see CPython 3.8 Objects/floatobject.c float_divmod
 */
export function floatDivmod(a: number, b: number): NumericResult<readonly [number, number]> {
  if (b === 0) return numericError('ZeroDivisionError', 'float divmod()');
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = a / b;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/**
 * `a // b` for floats.
 *
 * @see CPython 3.8 Objects/floatobject.c float_floor_div
 */
export function floatFloorDiv(a: number, b: number): NumericResult<number> {
  const r = floatDivmod(a, b);
  return isNumericError(r) ? r : r[0];
}

/** Whether `x` (finite) is an odd integer: CPython's `DOUBLE_IS_ODD_INTEGER`. */
function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/** What `float ** float` gives: a float, or a signal that the complex power must be taken. */
export type FloatPowResult = NumericResult<number> | 'complex';

/**
 * `v ** w` for floats, or `'complex'` when a negative base meets a fractional exponent (CPython
 * then delegates to `complex.__pow__`).
 *
 * @see CPython 3.8 Objects/floatobject.c float_pow
 */
export function floatPow(v: number, w: number): FloatPowResult {
  if (w === 0) return 1.0;
  if (Number.isNaN(v)) return v;
  if (Number.isNaN(w)) return v === 1.0 ? 1.0 : w;
  if (!Number.isFinite(w)) {
    const av = Math.abs(v);
    if (av === 1.0) return 1.0;
    if (w > 0 === av > 1.0) return Math.abs(w);
    return 0.0;
  }
  if (!Number.isFinite(v)) {
    const odd = isOddInteger(w);
    if (w > 0) return odd ? v : Math.abs(v);
    return odd ? (v < 0 ? -0 : 0) : 0.0;
  }
  if (v === 0) {
    const odd = isOddInteger(w);
    if (w < 0) return numericError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? v : 0.0;
  }
  let negate = false;
  if (v < 0) {
    if (w !== Math.floor(w)) return 'complex';
    v = -v;
    negate = isOddInteger(w);
  }
  if (v === 1.0) return negate ? -1.0 : 1.0;
  const x = libmPow(v, w);
  if (!Number.isFinite(x)) return numericError('OverflowError', 'Numerical result out of range');
  return negate ? -x : x;
}

/**
 * The C library's `pow` for finite `v > 0`, `v != 1`, finite `w != 0`, correctly rounded as
 * glibc's is in all but rare cases (`Math.pow` differs from it in the last bit far more often).
 * Integer exponents are computed exactly by rational arithmetic.
 */
export function libmPow(v: number, w: number): number {
  // Powers that one IEEE operation gives correctly rounded: the same double, without the work.
  if (w === 2) return v * v;
  if (w === 0.5) return Math.sqrt(v);
  if (w === -1) return 1 / v;
  if (w === 1) return v;
  if (Number.isInteger(w) && Math.abs(w) <= 2048) {
    const exact = exactIntegerPow(v, w);
    if (exact !== null) return exact;
  }
  return crPow(v, w);
}

/** `v ** n` correctly rounded, by exact rational arithmetic; null when too large to bother. */
function exactIntegerPow(v: number, n: number): number | null {
  const { m, e } = decompose(v);
  const bits = m.toString(2).length;
  if (bits * Math.abs(n) > 20000) return null;
  const mn = m ** BigInt(Math.abs(n));
  const en = e * n; // v**n = mn * 2**en (n > 0) or 2**en / mn (n < 0)
  if (n > 0) {
    if (en >= 0) return positiveQuotient(mn << BigInt(Math.min(en, 30000)), 1n);
    return positiveQuotient(mn, 1n << BigInt(Math.min(-en, 30000)));
  }
  if (en >= 0) return positiveQuotient(1n << BigInt(Math.min(en, 30000)), mn);
  return positiveQuotient(1n, mn << BigInt(Math.min(-en, 30000)));
}
