/**
 * The real-valued distributions of Python's `random.Random`: `uniform`, `triangular`,
 * `normalvariate`, `lognormvariate`, `expovariate`, `gammavariate`, `betavariate`, `gauss`,
 * `paretovariate`, `weibullvariate` and `vonmisesvariate`, step for step as CPython 3.8 Lib/random.py, with the
 * C library's `log`, `exp`, `sin`, `cos` and `pow` correctly rounded (as glibc's are in all but
 * rare cases) rather than the host's `Math`.
 * @module
 */
import { floatMod, floatPow } from '../numeric/float-arith.ts';
import { isNumericError } from '../numeric/numeric-result.ts';
import { crAcos, crCos, crLog, crSin } from '../numeric/precise-math.ts';
import { libmExp } from '../numeric/libm-exp.ts';
import type { RandomDraws } from './random-methods.ts';
import { isRandomError, randomError, type RandomResult } from './random-error.ts';

/** `NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0)`. */
export const NV_MAGICCONST = 1.7155277699214135;
/** `TWOPI = 2.0 * pi`. */
export const TWOPI = 6.283185307179586;
/** `LOG4 = log(4.0)`. */
export const LOG4 = 1.3862943611198906;
/** `SG_MAGICCONST = 1.0 + log(4.5)`. */
export const SG_MAGICCONST = 2.504077396776274;
/** `math.e`. */
const E = 2.718281828459045;

/** Python's `a / b` for floats. */
function div(a: number, b: number): RandomResult<number> {
  return b === 0 ? randomError('ZeroDivisionError', 'float division by zero') : a / b;
}

/** `math.log(x)` for a float. */
function log(x: number): RandomResult<number> {
  if (Number.isNaN(x)) return x;
  return x <= 0 ? randomError('ValueError', 'math domain error') : crLog(x);
}

/** `math.exp(x)` for a float. */
function exp(x: number): RandomResult<number> {
  const r = libmExp(x);
  return r === Infinity && Number.isFinite(x) ? randomError('OverflowError', 'math range error') : r;
}

/** Python's `v ** w` for floats whose result is real. */
function pow(v: number, w: number): RandomResult<number> {
  const r = floatPow(v, w);
  if (r === 'complex') return randomError('TypeError', "'<=' not supported between instances of 'float' and 'complex'");
  return isNumericError(r) ? r : r;
}

/** `uniform(a, b)`: `a + (b - a) * random()`. */
export function uniform(gen: RandomDraws, a: number, b: number): number {
  return a + (b - a) * gen.core.random();
}

/**
 * `triangular(low=0.0, high=1.0, mode=None)`; `mode` null is Python's None (the midpoint).
 * `low` comes back unchanged when `high == low` and a mode is given (dividing by `high - low`
 * fails); without one the midpoint needs no division.
 */
export function triangular(gen: RandomDraws, low = 0.0, high = 1.0, mode: number | null = null): number {
  let u = gen.core.random();
  if (mode !== null && high - low === 0) return low;
  let c = mode === null ? 0.5 : (mode - low) / (high - low);
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [low, high] = [high, low];
  }
  return low + (high - low) * Math.sqrt(u * c);
}

/** `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio-of-uniforms method. */
export function normalvariate(gen: RandomDraws, mu: number, sigma: number): number {
  for (;;) {
    const u1 = gen.core.random();
    const u2 = 1.0 - gen.core.random();
    const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -crLog(u2)) return mu + z * sigma;
  }
}

/** `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`; OverflowError past the float range. */
export function lognormvariate(gen: RandomDraws, mu: number, sigma: number): RandomResult<number> {
  return exp(normalvariate(gen, mu, sigma));
}

/** `expovariate(lambd)`: `-log(1.0 - random()) / lambd`; ZeroDivisionError for `lambd == 0`. */
export function expovariate(gen: RandomDraws, lambd: number): RandomResult<number> {
  return div(-crLog(1.0 - gen.core.random()), lambd);
}

/**
 * `gauss(mu, sigma)`: Box-Muller, returning the cosine deviate now and caching the sine one in
 * `gen.gaussNext` for the next call.
 */
export function gauss(gen: RandomDraws, mu: number, sigma: number): number {
  let z = gen.gaussNext;
  gen.gaussNext = null;
  if (z === null) {
    const x2pi = gen.core.random() * TWOPI;
    const g2rad = Math.sqrt(-2.0 * crLog(1.0 - gen.core.random()));
    z = crCos(x2pi) * g2rad;
    gen.gaussNext = crSin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

/** `gammavariate(alpha, beta)` for `alpha > 1`: Cheng's algorithm. */
function gammaCheng(gen: RandomDraws, alpha: number, beta: number): RandomResult<number> {
  const ainv = Math.sqrt(2.0 * alpha - 1.0);
  const bbb = alpha - LOG4;
  const ccc = alpha + ainv;
  for (;;) {
    const u1 = gen.core.random();
    if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
    const u2 = 1.0 - gen.core.random();
    const v = crLog(u1 / (1.0 - u1)) / ainv;
    const ev = exp(v);
    if (isRandomError(ev)) return ev;
    const x = alpha * ev;
    const z = u1 * u1 * u2;
    const r = bbb + ccc * v - x;
    if (r + SG_MAGICCONST - 4.5 * z >= 0.0) return x * beta;
    const lz = log(z);
    if (isRandomError(lz)) return lz;
    if (r >= lz) return x * beta;
  }
}

/** `gammavariate(alpha, beta)` for `0 < alpha < 1`: algorithm GS of Kennedy and Gentle. */
function gammaGS(gen: RandomDraws, alpha: number, beta: number): RandomResult<number> {
  for (;;) {
    const u = gen.core.random();
    const b = (E + alpha) / E;
    const p = b * u;
    let x: RandomResult<number>;
    if (p <= 1.0) {
      x = pow(p, 1.0 / alpha);
    } else {
      const l = log((b - p) / alpha);
      x = isRandomError(l) ? l : -l;
    }
    if (isRandomError(x)) return x;
    const u1 = gen.core.random();
    if (p > 1.0) {
      const bound = pow(x, alpha - 1.0);
      if (isRandomError(bound)) return bound;
      if (u1 <= bound) return x * beta;
    } else {
      const bound = exp(-x);
      if (isRandomError(bound)) return bound;
      if (u1 <= bound) return x * beta;
    }
  }
}

/**
 * `gammavariate(alpha, beta)`: the gamma distribution (not the gamma function).
 *
 * @returns the variate, or ValueError unless `alpha > 0` and `beta > 0`
 */
export function gammavariate(gen: RandomDraws, alpha: number, beta: number): RandomResult<number> {
  if (alpha <= 0.0 || beta <= 0.0) return randomError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) return gammaCheng(gen, alpha, beta);
  if (alpha === 1.0) return -crLog(1.0 - gen.core.random()) * beta;
  return gammaGS(gen, alpha, beta);
}

/** `betavariate(alpha, beta)`: `y / (y + gammavariate(beta, 1.0))` with `y = gammavariate(alpha, 1.0)`. */
export function betavariate(gen: RandomDraws, alpha: number, beta: number): RandomResult<number> {
  const y = gammavariate(gen, alpha, 1.0);
  if (isRandomError(y)) return y;
  if (y === 0) return 0.0;
  const other = gammavariate(gen, beta, 1.0);
  return isRandomError(other) ? other : div(y, y + other);
}

/** `paretovariate(alpha)`: `1.0 / u ** (1.0 / alpha)` with `u = 1.0 - random()`. */
export function paretovariate(gen: RandomDraws, alpha: number): RandomResult<number> {
  const u = 1.0 - gen.core.random();
  const e = div(1.0, alpha);
  if (isRandomError(e)) return e;
  const p = pow(u, e);
  return isRandomError(p) ? p : div(1.0, p);
}

/** `weibullvariate(alpha, beta)`: `alpha * (-log(u)) ** (1.0 / beta)` with `u = 1.0 - random()`. */
export function weibullvariate(gen: RandomDraws, alpha: number, beta: number): RandomResult<number> {
  const u = 1.0 - gen.core.random();
  const e = div(1.0, beta);
  if (isRandomError(e)) return e;
  const p = pow(-crLog(u), e);
  return isRandomError(p) ? p : alpha * p;
}

/**
 * `vonmisesvariate(mu, kappa)`: the von Mises (circular normal) distribution, by Best and
 * Fisher's rejection method, as Lib/random.py draws it (three or more `random()` calls).
 *
 * @returns an angle in [0, 2*pi)
 */
export function vonmisesvariate(gen: RandomDraws, mu: number, kappa: number): RandomResult<number> {
  if (kappa <= 1e-6) return TWOPI * gen.core.random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = gen.core.random();
    z = crCos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = gen.core.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libmExp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = gen.core.random();
  return floatMod(u3 > 0.5 ? mu + crAcos(f) : mu - crAcos(f), TWOPI);
}
