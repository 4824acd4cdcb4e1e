/**
 * `math.gamma`, `math.lgamma`, `math.erf` and `math.erfc`. Gamma and lgamma are CPython 3.8's own
 * Lanczos code (Modules/mathmodule.c `m_tgamma`, `m_lgamma`, `m_sinpi`); erf and erfc are what
 * CPython 3.8 calls on Linux, where `HAVE_ERF` is set: the C library's (glibc's fdlibm-derived
 * `__erf`/`__erfc`, polynomials evaluated in its pairwise order), with exp and friends correctly
 * rounded as glibc's are, so results are bit-identical to the reference interpreter.
 * @module
 */
import { newFloat } from '../objects/float.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { libmPow } from '../numeric/float-arith.ts';
import { crCos, crLog, crSin } from '../numeric/precise-math.ts';
import { libmExp } from '../numeric/libm-exp.ts';
import { asDouble } from '../runtime/abstract-number.ts';
import type { PyObject } from '../runtime/object.ts';
import { domainError, rangeError } from './math-errors.ts';

/** pi and log(pi), as the C literals round them. */
const PI = 3.141592653589793;
const LOG_PI = 1.1447298858494002;

/** `sin(pi*x)` for finite x, accurate near integers (`m_sinpi`). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(PI * y); break;
    case 1: r = crCos(PI * (y - 0.5)); break;
    // Not -sin(pi*(y-1)), which gives -0.0 instead of 0.0 at y == 1.
    case 2: r = crSin(PI * (1.0 - y)); break;
    case 3: r = -crCos(PI * (y - 1.5)); break;
    default: r = crSin(PI * (y - 2.0)); break;
  }
  // copysign(1.0, x) * r
  return (x < 0 || Object.is(x, -0)) ? -r : r;
}

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.41076, 42919803642.6491,
  35711959237.35567, 17921034426.03721,
  6039542586.352028, 1439720407.3117216,
  248874557.86205417, 31426415.585400194,
  2876370.6289353725, 186056.26539522348,
  8071.672002365816, 210.82427775157936,
  2.5066282746310002,
];
/** The denominator is x*(x+1)*...*(x+11). */
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/** Gamma of 1 to 23. */
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
  87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

/** Lanczos' sum L_g(x) for x > 0, as a rational function (in 1/x from 5 up, against overflow). */
function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  const n = LANCZOS_NUM.length;
  if (x < 5.0) {
    for (let i = n - 1; i >= 0; i--) {
      num = num * x + (LANCZOS_NUM[i] as number);
      den = den * x + (LANCZOS_DEN[i] as number);
    }
  } else {
    for (let i = 0; i < n; i++) {
      num = num / x + (LANCZOS_NUM[i] as number);
      den = den / x + (LANCZOS_DEN[i] as number);
    }
  }
  return num / den;
}

/** A result with C's errno: EDOM, ERANGE or none. */
type Errno = 'EDOM' | 'ERANGE' | null;

/** `m_tgamma(x)`, with the errno it sets. */
function tgamma(x: number): [number, Errno] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0.0) return [x, null];
    return [NaN, 'EDOM'];
  }
  if (x === 0.0) return [Object.is(x, -0) ? -Infinity : Infinity, 'EDOM'];
  if (x === Math.floor(x)) {
    if (x < 0.0) return [NaN, 'EDOM'];
    if (x <= GAMMA_INTEGRAL.length) return [GAMMA_INTEGRAL[x - 1] as number, null];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? null : 'ERANGE'];
  }
  if (absx > 200.0) {
    if (x < 0.0) return [0.0 / sinpi(x), null];
    return [Infinity, 'ERANGE'];
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The error in computing y, scaled: the correction factor of the Lanczos formula.
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * libmExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libmExp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return [r, Number.isFinite(r) ? null : 'ERANGE'];
}

/** `m_lgamma(x)`, with the errno it sets. */
function lgamma(x: number): [number, Errno] {
  if (!Number.isFinite(x)) return [Number.isNaN(x) ? x : Infinity, null];
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return [Infinity, 'EDOM'];
    return [0.0, null];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-crLog(absx), null];
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  // The reflection formula for negative x.
  if (x < 0.0) r = LOG_PI - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  return [r, Number.isFinite(r) ? null : 'ERANGE'];
}

// glibc s_erf.c: erx = (float)0.84506291151 and the coefficients of its rational approximations.
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];
const TINY = 1e-300;

const view = new DataView(new ArrayBuffer(8));

/** The high 32 bits of a double, signed (`GET_HIGH_WORD`). */
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** `x` with its low 32 bits cleared (`SET_LOW_WORD(z, 0)`). */
function clearLowWord(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** Coefficient `i` of a table. */
function c(table: readonly number[], i: number): number {
  return table[i] as number;
}

/** erf(x)/x - 1 on |x| < 0.84375, as glibc evaluates the rational function (pairwise). */
function smallRatio(z: number): number {
  const r1 = c(PP, 0) + z * c(PP, 1);
  const z2 = z * z;
  const r2 = c(PP, 2) + z * c(PP, 3);
  const z4 = z2 * z2;
  const s1 = 1.0 + z * c(QQ, 1);
  const s2 = c(QQ, 2) + z * c(QQ, 3);
  const s3 = c(QQ, 4) + z * c(QQ, 5);
  return (r1 + z2 * r2 + z4 * c(PP, 4)) / (s1 + z2 * s2 + z4 * s3);
}

/** P/Q on 0.84375 <= |x| < 1.25, with s = |x| - 1. */
function middleRatio(s: number): number {
  const p1 = c(PA, 0) + s * c(PA, 1);
  const s2 = s * s;
  const q1 = 1.0 + s * c(QA, 1);
  const s4 = s2 * s2;
  const p2 = c(PA, 2) + s * c(PA, 3);
  const s6 = s4 * s2;
  const q2 = c(QA, 2) + s * c(QA, 3);
  const p3 = c(PA, 4) + s * c(PA, 5);
  const q3 = c(QA, 4) + s * c(QA, 5);
  return (p1 + s2 * p2 + s4 * p3 + s6 * c(PA, 6)) / (q1 + s2 * q2 + s4 * q3 + s6 * c(QA, 6));
}

/** exp(-x*x - 0.5625 + R/S) for |x| >= 1.25, the tail both functions share; `nearTail` picks the [1.25, 1/0.35) fit. */
function tail(x: number, nearTail: boolean): number {
  const s = 1.0 / (x * x);
  let big: number;
  let small: number;
  if (nearTail) {
    const r1 = c(RA, 0) + s * c(RA, 1);
    const s2 = s * s;
    const t1 = 1.0 + s * c(SA, 1);
    const s4 = s2 * s2;
    const r2 = c(RA, 2) + s * c(RA, 3);
    const s6 = s4 * s2;
    const t2 = c(SA, 2) + s * c(SA, 3);
    const s8 = s4 * s4;
    const r3 = c(RA, 4) + s * c(RA, 5);
    const t3 = c(SA, 4) + s * c(SA, 5);
    const r4 = c(RA, 6) + s * c(RA, 7);
    const t4 = c(SA, 6) + s * c(SA, 7);
    big = r1 + s2 * r2 + s4 * r3 + s6 * r4;
    small = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * c(SA, 8);
  } else {
    const r1 = c(RB, 0) + s * c(RB, 1);
    const s2 = s * s;
    const t1 = 1.0 + s * c(SB, 1);
    const s4 = s2 * s2;
    const r2 = c(RB, 2) + s * c(RB, 3);
    const s6 = s4 * s2;
    const t2 = c(SB, 2) + s * c(SB, 3);
    const r3 = c(RB, 4) + s * c(RB, 5);
    const t3 = c(SB, 4) + s * c(SB, 5);
    const t4 = c(SB, 6) + s * c(SB, 7);
    big = r1 + s2 * r2 + s4 * r3 + s6 * c(RB, 6);
    small = t1 + s2 * t2 + s4 * t3 + s6 * t4;
  }
  const z = clearLowWord(x);
  return libmExp(-z * z - 0.5625) * libmExp((z - x) * (z + x) + big / small);
}

/** glibc `__erf`. */
function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? -1 : 1) + 1.0 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) {
    const pq = middleRatio(Math.abs(x) - 1.0);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - TINY : TINY - 1.0;
  const ax = Math.abs(x);
  const r = tail(ax, ix < 0x4006DB6E);
  return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

/** glibc `__erfc`. */
function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (hx < 0 ? 2 : 0) + 1.0 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const y = smallRatio(x * x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = middleRatio(Math.abs(x) - 1.0);
    if (hx >= 0) return (1.0 - ERX) - pq;
    return 1.0 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000 && ix >= 0x4006DB6D) return 2.0 - TINY;
    const ax = Math.abs(x);
    const r = tail(ax, ix < 0x4006DB6D);
    return hx > 0 ? r / ax : 2.0 - r / ax;
  }
  return hx > 0 ? 0.0 : 2.0 - TINY;
}

/** `math_1a`: the function reports its own errno; EDOM is a domain error, ERANGE an overflow unless |r| < 1. */
function withErrno(name: string, f: (x: number) => [number, Errno]): NativeDef {
  return {
    name, kind: 'o',
    impl: (_m, args) => {
      const [r, errno] = f(asDouble(args[0] as PyObject));
      if (errno === 'EDOM') domainError();
      if (errno === 'ERANGE' && !(Math.abs(r) < 1.0)) rangeError();
      return newFloat(r);
    },
  };
}

/** erf and erfc under `math_1a`: glibc's only errno is ERANGE when erfc underflows to 0, which passes. */
function plain(name: string, f: (x: number) => number): NativeDef {
  return { name, kind: 'o', impl: (_m, args) => newFloat(f(asDouble(args[0] as PyObject))) };
}

/** `erf`, `erfc`, `gamma` and `lgamma`. */
export const SPECIAL_MATH_DEFS: readonly NativeDef[] = [
  plain('erf', erf),
  plain('erfc', erfc),
  withErrno('gamma', tgamma),
  withErrno('lgamma', lgamma),
];
