/**
 * The C library's hyperbolic functions and `log10`, computed as glibc computes them: glibc's are
 * Sun's fdlibm algorithms (not correctly rounded) over its own `exp`, `expm1` and `log`. The
 * host's `Math` runs the same algorithms over its own, less precise `exp` and `log`, so it
 * differs from glibc in the last bit for a few inputs in a hundred; these run them over glibc's
 * `exp`, `expm1` and `log1p` (libm-exp.ts, libm-expm1.ts, libm-log1p.ts) and the correctly
 * rounded `log` of precise-math.ts instead.
 * @module
 */
import { crLog } from './precise-math.ts';
import { libmExp } from './libm-exp.ts';
import { libmExpm1 } from './libm-expm1.ts';
import { libmLog1p } from './libm-log1p.ts';

/** ln 2 as fdlibm spells it. */
const LN2 = 6.93147180559945286227e-01;

/** The double's high word: sign, exponent and the top 20 bits of the fraction. */
function highWord(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** The double's low word: the bottom 32 bits of the fraction. */
function lowWord(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getUint32(4);
}

/** |x| at most the threshold of sinh and cosh overflow, with the high word `ix` of |x|. */
function belowOverflowThreshold(ix: number, x: number): boolean {
  return ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d);
}

/**
 * `sinh(x)`.
 *
 * @param x - any double.
 * @returns glibc's result: Infinity (signed) beyond the overflow threshold.
 * @see glibc sysdeps/ieee754/dbl-64/e_sinh.c
 */
export function libmSinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| < 22: sign(x) * (E + E / (E + 1)) / 2 with E = expm1(|x|).
    if (ix < 0x3e300000) return x;
    const t = libmExpm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * libmExp(ax);
  if (belowOverflowThreshold(ix, x)) {
    const w = libmExp(0.5 * ax);
    return h * w * w;
  }
  return x * 1.0e307;
}

/**
 * `cosh(x)`.
 *
 * @param x - any double.
 * @returns glibc's result: Infinity beyond the overflow threshold.
 * @see glibc sysdeps/ieee754/dbl-64/e_cosh.c
 */
export function libmCosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      // |x| < ln2 / 2: 1 + expm1(|x|)**2 / (2 exp(|x|)).
      if (ix < 0x3c800000) return 1;
      const t = libmExpm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = libmExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * libmExp(ax);
  if (belowOverflowThreshold(ix, x)) {
    const w = libmExp(0.5 * ax);
    return 0.5 * w * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/**
 * `asinh(x)`.
 *
 * @param x - any double.
 * @returns glibc's result.
 * @see glibc sysdeps/ieee754/dbl-64/s_asinh.c
 */
export function libmAsinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  const xa = Math.abs(x);
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = crLog(xa) + LN2;
  } else if (ix > 0x40000000) {
    w = crLog(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
  } else {
    const t = xa * xa;
    w = libmLog1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return x < 0 ? -w : w;
}

/**
 * `acosh(x)` (NaN below 1).
 *
 * @param x - any double.
 * @returns glibc's result.
 * @see glibc sysdeps/ieee754/dbl-64/e_acosh.c
 */
export function libmAcosh(x: number): number {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) return hx >= 0x7ff00000 ? x + x : crLog(x) + LN2;
  if (x === 1) return 0;
  if (hx > 0x40000000) return crLog(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
  const t = x - 1.0;
  return libmLog1p(t + Math.sqrt(2.0 * t + t * t));
}

/**
 * `atanh(x)` (NaN beyond 1 in size, infinite at 1).
 *
 * @param x - any double.
 * @returns glibc's result.
 * @see glibc sysdeps/ieee754/dbl-64/e_atanh.c
 */
export function libmAtanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * libmLog1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * libmLog1p((xa + xa) / (1.0 - xa));
  } else if (xa > 1.0) {
    return NaN;
  } else {
    return x / 0;
  }
  return x < 0 ? -t : t;
}

const TWO54 = 1.8014398509481984e16;
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

/**
 * `log10(x)`: `k log10(2) + log(m) / ln(10)` for `x = m * 2**k`, as fdlibm splits it.
 *
 * @param x - any double.
 * @returns glibc's result (-Infinity at 0, NaN below).
 * @see glibc sysdeps/ieee754/dbl-64/e_log10.c
 */
export function libmLog10(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === Infinity) return x;
  let k = 0;
  if (x < 2 ** -1022) {
    k -= 54;
    x *= TWO54;
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hx = view.getInt32(0);
  k += (hx >> 20) - 1023;
  // Below 1 the mantissa is taken in [0.5, 1) and k one higher, so y * log10_2 and the log agree in sign.
  const i = k < 0 ? 1 : 0;
  view.setInt32(0, (hx & 0x000fffff) | ((0x3ff - i) << 20));
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * crLog(view.getFloat64(0));
  return z + y * LOG10_2HI;
}
