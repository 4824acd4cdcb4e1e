/**
 * High-precision fixed-point kernels over bigint (values are integers scaled by `2 ** PREC`):
 * logarithm, arctangent, sine and cosine, with π and ln 2 to as many bits as needed.
 * They exist so that `precise-math.ts` can round libm's functions correctly, as glibc does,
 * rather than inherit the last-bit differences of the host's `Math`.
 * @module
 */
import { bitLength } from './int-arith.ts';
import { decompose, roundScaled } from './float-bits.ts';

/** Fraction bits of every fixed-point value here. */
export const PREC = 320;
/** 1 in fixed point. */
export const ONE = 1n << BigInt(PREC);

/** `a * b` in fixed point (truncated toward zero, so that series of negative terms end). */
export function fmul(a: bigint, b: bigint): bigint {
  return (a * b) / ONE;
}

/** `floor(sqrt(n))` for `n >= 0`. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Fixed-point `x` (a double) at `prec` fraction bits, truncated toward zero. */
export function fixedFromDouble(x: number, prec: number = PREC): bigint {
  const { m, e } = decompose(x);
  const shift = e + prec;
  const v = shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
  return x < 0 ? -v : v;
}

/** A fixed-point value (scaled by 2**PREC) rounded to the nearest double, ties to even. */
export function fixedToDouble(v: bigint): number {
  return v < 0n ? -roundScaled(-v, false, -PREC) : roundScaled(v, false, -PREC);
}

/** `atanh(z)` for fixed `|z| <= 1/2`, at `prec` bits: z + z^3/3 + z^5/5 + ... */
function atanhSeries(z: bigint, prec: number): bigint {
  const unit = 1n << BigInt(prec);
  const z2 = (z * z) / unit;
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * z2) / unit;
  }
  return sum;
}

/** `atan(z)` for fixed `|z| <= 1/2`, at `prec` bits: z - z^3/3 + z^5/5 - ... */
function atanSeries(z: bigint, prec: number): bigint {
  const unit = 1n << BigInt(prec);
  const z2 = (z * z) / unit;
  let term = z;
  let sum = 0n;
  for (let k = 1n, sign = 1n; term !== 0n; k += 2n, sign = -sign) {
    sum += (sign * term) / k;
    term = (term * z2) / unit;
  }
  return sum;
}

let ln2Cache: bigint | null = null;
/** ln 2 at PREC bits (2 atanh(1/3)). */
export function ln2(): bigint {
  const guard = PREC + 32;
  ln2Cache ??= (2n * atanhSeries((1n << BigInt(guard)) / 3n, guard)) >> 32n;
  return ln2Cache;
}

/** Fraction bits of the cached π: enough to reduce any double argument of sin and cos. */
const PI_PREC = 1500 + PREC;
let piCache: bigint | null = null;
/** π at `prec <= PI_PREC` bits (Machin: 16 atan(1/5) - 4 atan(1/239)). */
export function pi(prec: number = PREC): bigint {
  if (piCache === null) {
    const g = PI_PREC + 32;
    const one = 1n << BigInt(g);
    piCache = (16n * atanSeries(one / 5n, g) - 4n * atanSeries(one / 239n, g)) >> 32n;
  }
  return piCache >> BigInt(PI_PREC - prec);
}

const SQRT2 = isqrt(2n << BigInt(2 * PREC));

/** `ln(x)` for finite `x > 0`, fixed point. */
export function lnFixed(x: number): bigint {
  const { m, e } = decompose(x);
  const bl = bitLength(m);
  let k = bl - 1 + e; // x = f * 2**k, f in [1, 2)
  let f = m << BigInt(PREC - (bl - 1));
  if (f > SQRT2) {
    f >>= 1n;
    k += 1;
  }
  const z = ((f - ONE) << BigInt(PREC)) / (f + ONE);
  return 2n * atanhSeries(z, PREC) + BigInt(k) * ln2();
}

/** Floor division of bigints. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** `atan(t)` for fixed `0 <= t <= 1`, by three half-angle steps and the series. */
export function atanFixed(t: bigint): bigint {
  for (let i = 0; i < 3; i++) t = (t << BigInt(PREC)) / (ONE + isqrt((ONE + fmul(t, t)) << BigInt(PREC)));
  return atanSeries(t, PREC) << 3n;
}

/** `sin(r)` and `cos(r)` for fixed `|r| <= pi/4`. */
export function sinCosFixed(r: bigint): { readonly sin: bigint; readonly cos: bigint } {
  const r2 = fmul(r, r);
  let sin = 0n;
  let term = r; // r^(2k+1) / (2k+1)!
  for (let k = 1n; term !== 0n; k += 2n) {
    sin += term;
    term = -fmul(term, r2) / ((k + 1n) * (k + 2n));
  }
  let cos = 0n;
  term = ONE; // r^(2k) / (2k)!
  for (let k = 0n; term !== 0n; k += 2n) {
    cos += term;
    term = -fmul(term, r2) / ((k + 1n) * (k + 2n));
  }
  return { sin, cos };
}

/**
 * `x mod pi/2` for finite `x`: the quadrant `q` (0 to 3) and the remainder in [-pi/4, pi/4], fixed.
 */
export function reduceHalfPi(x: number): { readonly q: number; readonly r: bigint } {
  const { e } = decompose(x);
  const prec = PREC + Math.max(0, e + 53) + 64;
  const big = fixedFromDouble(x, prec);
  const halfPi = pi(prec) >> 1n;
  const q = floorDiv(big + halfPi / 2n, halfPi);
  const r = (big - q * halfPi) >> BigInt(prec - PREC);
  return { q: Number(((q % 4n) + 4n) % 4n), r };
}
