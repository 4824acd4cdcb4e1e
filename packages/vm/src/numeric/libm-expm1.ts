/**
 * The C library's `expm1` and `tanh`, computed as x86-64 glibc computes them on FMA hardware.
 * glibc's `expm1` is Sun's fdlibm algorithm with its rational polynomial evaluated in Estrin's
 * scheme rather than Horner's, built with each `a * b + c` fused (its `-mfma` variant), so the
 * host's `Math.expm1` (fdlibm's Horner form, unfused) differs from it in the last bit for about
 * one input in a thousand; the host's `Math.tanh` returns `x` itself up to 2**-28, where glibc's
 * computes `-expm1(-2|x|) / (expm1(-2|x|) + 2)`. Mirrors glibc sysdeps/ieee754/dbl-64/s_expm1.c
 * and s_tanh.c.
 * @module
 */
import { fma } from './fma.ts';

const O_THRESHOLD = 7.09782712893383973096e2;
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

// glibc compares the high word of |x| only: these are the doubles its thresholds stand for.
/** About 56 ln 2: from its negative down, `expm1` is -1. */
const MINUS_ONE_FROM = -38.81622314453125;
/** About ln 2 / 2: from here on the argument is reduced. */
const REDUCE_FROM = 0.3465735912322998;
/** About 3 ln 2 / 2: below here the reduction is by one ln 2. */
const ONE_LN2_BELOW = 1.0397205352783203;

/** `y * 2**k` for a normal `y` (exact; `2**k` alone may not be representable). */
function scaleBy(y: number, k: number): number {
  return k > 1000 ? y * 2 ** (k - 1000) * 2 ** 1000 : y * 2 ** k;
}

/**
 * `expm1(x)`, `e**x - 1`, as glibc's: `x` itself below 2**-54 in size, -1 below -56 ln 2,
 * Infinity above the overflow threshold.
 *
 * @param x - any double.
 * @returns the double glibc's `expm1` returns.
 * @see glibc sysdeps/ieee754/dbl-64/s_expm1.c `__expm1`
 */
export function libmExpm1(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > O_THRESHOLD) return Infinity;
  if (x <= MINUS_ONE_FROM) return -1;
  const ax = Math.abs(x);
  if (ax < 2 ** -54) return x;
  // Argument reduction: x = k ln 2 + r with |r| <= ln 2 / 2, r kept as `x` and its error `c`.
  let k = 0;
  let c = 0;
  if (ax >= REDUCE_FROM) {
    let hi: number;
    let lo: number;
    if (ax < ONE_LN2_BELOW) {
      k = x > 0 ? 1 : -1;
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    } else {
      k = Math.trunc(fma(INV_LN2, x, x > 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI; // k * LN2_HI is exact: fused or not, the same
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  // The rational correction's polynomial, grouped as glibc groups it (Estrin), fused as built.
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const r1 = fma(h4, fma(hxs, Q5, Q4), fma(h2, fma(hxs, Q3, Q2), fma(hxs, Q1, 1)));
  const t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  // Products by 0.5 and 2 are exact: fusing them changes nothing.
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1 + 2.0 * (x - e);
  if (k <= -2 || k > 56) return scaleBy(1 - (e - x), k) - 1;
  if (k < 20) return scaleBy(1 - 2 ** -k - (e - x), k);
  return scaleBy(x - (e + 2 ** -k) + 1, k);
}

/**
 * `tanh(x)` as glibc's: `x (1 + x)` below 2**-55 in size, ±1 from 22 on, else from `expm1`.
 *
 * @param x - any double.
 * @returns the double glibc's `tanh` returns.
 * @see glibc sysdeps/ieee754/dbl-64/s_tanh.c `__tanh`
 */
export function libmTanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax === 0) return x;
  if (ax < 2 ** -55) return x * (1 + x);
  let z: number;
  if (ax >= 22) {
    z = 1;
  } else if (ax >= 1) {
    z = 1 - 2 / (libmExpm1(2 * ax) + 2);
  } else {
    const t = libmExpm1(-2 * ax);
    z = -t / (t + 2);
  }
  return x < 0 ? -z : z;
}
