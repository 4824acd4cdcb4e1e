/**
 * More of the C library functions `math` calls, correctly rounded as glibc's are (its `atan`,
 * `asin`, `tan` and `log2` are correctly rounded in all but vanishingly rare cases; the host's
 * `Math` versions are not, and differ in the last bit for a few inputs in a hundred). They
 * compute in the fixed point of fixed-point.ts and round once, like precise-math.ts.
 * @module
 */
import { ONE, PREC, fixedToDouble, atanFixed, fixedFromDouble, fmul, isqrt, ln2, lnFixed, pi, reduceHalfPi, sinCosFixed } from './fixed-point.ts';

/** Below this size `atan`, `asin` and `tan` of `x` round to `x` itself. */
const TINY = 2 ** -30;

const SHIFT = BigInt(PREC);

/** `atan(t)` for fixed `t >= 0` (any size): `pi/2 - atan(1/t)` above 1. */
function atanOfFixed(t: bigint): bigint {
  if (t <= ONE) return atanFixed(t);
  return (pi() >> 1n) - atanFixed((ONE << SHIFT) / t);
}

/**
 * `atan(x)`, correctly rounded.
 *
 * @param x - any double.
 * @returns the angle in [-pi/2, pi/2] (NaN for NaN).
 * @see glibc sysdeps/ieee754/dbl-64/s_atan.c
 */
export function crAtan(x: number): number {
  if (Number.isNaN(x) || x === 0 || Math.abs(x) < TINY) return x;
  if (!Number.isFinite(x)) return x > 0 ? fixedToDouble(pi() >> 1n) : -fixedToDouble(pi() >> 1n);
  const a = atanOfFixed(fixedFromDouble(Math.abs(x)));
  return x < 0 ? -fixedToDouble(a) : fixedToDouble(a);
}

/**
 * `asin(x)` for `-1 <= x <= 1` (NaN outside), as `atan(x / sqrt(1 - x*x))` in fixed point.
 *
 * @param x - the sine.
 * @returns the angle in [-pi/2, pi/2], correctly rounded.
 * @see glibc sysdeps/ieee754/dbl-64/e_asin.c
 */
export function crAsin(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return NaN;
  if (x === 0 || Math.abs(x) < TINY) return x;
  const fx = fixedFromDouble(Math.abs(x));
  let a: bigint;
  if (fx === ONE) a = pi() >> 1n;
  else {
    // x as a double has 53 bits, so 1 - x*x is exact here.
    const c = isqrt((ONE - fmul(fx, fx)) << SHIFT);
    a = atanOfFixed((fx << SHIFT) / c);
  }
  return x < 0 ? -fixedToDouble(a) : fixedToDouble(a);
}

/**
 * `tan(x)` (NaN for an infinity or NaN): the sine over the cosine of the reduced argument.
 *
 * @param x - the angle.
 * @returns its tangent, correctly rounded.
 * @see glibc sysdeps/ieee754/dbl-64/s_tan.c
 */
export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0 || Math.abs(x) < TINY) return x;
  const { q, r } = reduceHalfPi(x);
  const { sin, cos } = sinCosFixed(r);
  // tan(r + q pi/2) is tan(r) for an even quadrant, -cot(r) for an odd one.
  return fixedToDouble(q % 2 === 0 ? (sin << SHIFT) / cos : -(cos << SHIFT) / sin);
}

/**
 * `log2(x)` for `x > 0` (Infinity for Infinity, NaN for NaN); exact for powers of two.
 *
 * @param x - a positive double.
 * @returns its base-2 logarithm, correctly rounded.
 * @see glibc sysdeps/ieee754/dbl-64/e_log2.c
 */
export function crLog2(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 1) return 0;
  return fixedToDouble((lnFixed(x) << SHIFT) / ln2());
}
