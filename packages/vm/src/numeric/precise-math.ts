/**
 * The C library functions CPython's float and complex arithmetic calls (`log`, `sin`, `cos`,
 * `atan2`), correctly rounded (glibc's `exp`, `pow` and `hypot` are not: see libm-exp.ts,
 * libm-pow.ts and libm-hypot.ts).
 * glibc's versions of these are correctly rounded in all but vanishingly rare cases, while the
 * host's `Math` differs from them in the last bit often enough to change folded constants; so
 * these compute in high-precision fixed point and round once.
 * @module
 */
import { decompose } from './float-bits.ts';
import { ONE, PREC, fixedToDouble, atanFixed, fixedFromDouble, isqrt, lnFixed, pi, reduceHalfPi, sinCosFixed } from './fixed-point.ts';

/** `log(x)` for `x > 0` (Infinity for Infinity, NaN for NaN). */
export function crLog(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 1) return 0;
  return fixedToDouble(lnFixed(x));
}

/** Below this size `sin(x)` rounds to `x` and `cos(x)` to 1. */
const TINY = 2 ** -40;

/** `sin(x)` (NaN for an infinity or NaN). */
export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const { q, r } = reduceHalfPi(x);
  const { sin, cos } = sinCosFixed(r);
  return fixedToDouble(q === 0 ? sin : q === 1 ? cos : q === 2 ? -sin : -cos);
}

/** `cos(x)` (NaN for an infinity or NaN). */
export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return 1;
  const { q, r } = reduceHalfPi(x);
  const { sin, cos } = sinCosFixed(r);
  return fixedToDouble(q === 0 ? cos : q === 1 ? -sin : q === 2 ? -cos : sin);
}

/**
 * `acos(x)` for `-1 <= x <= 1` (NaN outside), as `2 atan(sqrt((1 - x) / (1 + x)))` in fixed point.
 *
 * @param x - the cosine.
 * @returns the angle in [0, pi], correctly rounded.
 */
export function crAcos(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return fixedToDouble(pi());
  const fx = fixedFromDouble(x);
  const ratio = ((ONE - fx) << BigInt(PREC)) / (ONE + fx);
  const t = isqrt(ratio << BigInt(PREC));
  // atan(t) for t > 1 is pi/2 - atan(1/t).
  const angle = t <= ONE ? atanFixed(t) << 1n : pi() - (atanFixed((ONE << BigInt(PREC)) / t) << 1n);
  return fixedToDouble(angle);
}

/** `atan2(y, x)` with C99's special cases. */
export function crAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const negY = y < 0 || Object.is(y, -0);
  const negX = x < 0 || Object.is(x, -0);
  const sign = negY ? -1 : 1;
  const piD = fixedToDouble(pi());
  if (y === 0) return negX ? sign * piD : sign * 0;
  if (x === 0) return (sign * piD) / 2;
  if (!Number.isFinite(y)) {
    if (x === Infinity) return (sign * piD) / 4;
    if (x === -Infinity) return sign * fixedToDouble((3n * pi()) / 4n);
    return (sign * piD) / 2;
  }
  if (!Number.isFinite(x)) return x > 0 ? sign * 0 : sign * piD;
  // |y| / |x| as an exact ratio num / den.
  const a = decompose(y);
  const b = decompose(x);
  const lo = Math.min(a.e, b.e);
  const num = a.m << BigInt(a.e - lo);
  const den = b.m << BigInt(b.e - lo);
  let angle: bigint;
  if (num > den) {
    angle = (pi() >> 1n) - atanFixed((den << BigInt(PREC)) / num);
  } else {
    const t = (num << BigInt(PREC)) / den;
    if (t < ONE >> 60n && !negX) return (sign * Math.abs(y)) / Math.abs(x);
    angle = atanFixed(t);
  }
  if (negX) angle = pi() - angle;
  return sign * fixedToDouble(angle);
}
