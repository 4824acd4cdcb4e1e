/**
 * Python `float` arithmetic where it differs from JavaScript's operators: division by zero
 * raises, floor division and modulo floor, and `**` follows CPython's special cases (a negative
 * base with a fractional exponent gives a complex). Mirrors CPython 3.8 Objects/floatobject.c.
 * @module
 */
import { glibcPow } from './libm-pow.ts';
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
 * The C library's `pow` for finite `v > 0`, `v != 1`, finite `w != 0`: glibc's (libm-pow.ts),
 * whose last bit CPython shows. It is not correctly rounded, nor is it one IEEE operation for
 * the exponents 2, 0.5 or -1 (`x ** 2` differs from `x * x` for about one `x` in a thousand).
 */
export function libmPow(v: number, w: number): number {
  return glibcPow(v, w);
}
