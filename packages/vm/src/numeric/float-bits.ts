/**
 * Exact conversions between doubles and integers: splitting a double into mantissa and exponent,
 * exact powers of two, and rounding an integer times a power of two to the nearest double, ties
 * to even (the last step of every correctly rounded operation here).
 * @module
 */
import { bitLength } from './int-arith.ts';

/**
 * A NaN with the sign bit set, as `_Py_parse_inf_or_nan` makes for "-nan". Built from its bits:
 * a `-NaN` literal is folded to a plain NaN by the bundler.
 */
export const NEGATIVE_NAN: number = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, 0xfff8_0000);
  return view.getFloat64(0);
})();

/** A double and its two 32-bit words, for the word accessors below. */
const wordDouble = new Float64Array(1);
const wordInts = new Int32Array(wordDouble.buffer);
/** The index in {@link wordInts} of the word with the sign and exponent: 1 on little-endian hosts. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The high 32 bits of `x` (sign, exponent, top of the mantissa) as a signed integer: C's `GET_HIGH_WORD`. */
export function highWord(x: number): number {
  wordDouble[0] = x;
  return wordInts[HIGH] as number;
}

/** The low 32 bits of `x` as a signed integer: C's `GET_LOW_WORD`. */
export function lowWord(x: number): number {
  wordDouble[0] = x;
  return wordInts[1 - HIGH] as number;
}

/** `x` with its high 32 bits replaced by `high` (taken modulo 2**32): C's `SET_HIGH_WORD`. */
export function withHighWord(x: number, high: number): number {
  wordDouble[0] = x;
  wordInts[HIGH] = high;
  return wordDouble[0];
}

/** A finite double's absolute value as `m * 2 ** e`, `m` a non-negative integer (odd unless 0). */
export interface Decomposed {
  readonly m: bigint;
  readonly e: number;
}

/** Splits finite `x` into `|x| = m * 2 ** e` exactly. */
export function decompose(x: number): Decomposed {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  if (m === 0n) return { m, e: 0 };
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e += 1;
  }
  return { m, e };
}

/** `2 ** n` as a double, exactly, for `-1074 <= n <= 1023`. */
export function pow2(n: number): number {
  if (n < -1022) return pow2(n + 52) * pow2(-52);
  const view = new DataView(new ArrayBuffer(8));
  view.setUint16(0, (n + 1023) << 4);
  return view.getFloat64(0);
}

/**
 * `m * 2 ** e` for an integer `m` exactly representable as a double: exact whenever the result
 * is representable, Infinity on overflow (the scaling is split so that no step rounds).
 */
export function ldexp(m: number, e: number): number {
  let x = m;
  while (e > 1000) {
    x *= pow2(1000);
    e -= 1000;
  }
  while (e < -1000) {
    x *= pow2(-1000);
    e += 1000;
  }
  return x * pow2(e);
}

/**
 * The double nearest `(q + d) * 2 ** scale`, ties to even, where `q >= 0` is an integer and
 * `0 <= d < 1` is a fraction known only by whether it is non-zero (`sticky`). Infinity on
 * overflow. For a correct result `q` must carry at least two bits below the double's last place
 * whenever `sticky` is set.
 */
export function roundScaled(q: bigint, sticky: boolean, scale: number): number {
  if (q === 0n) return 0;
  const exponent = bitLength(q) - 1 + scale;
  if (exponent > 1024) return Infinity;
  const ulp = Math.max(exponent - 52, -1074);
  const drop = ulp - scale;
  let m: bigint;
  if (drop <= 0) {
    m = q << BigInt(-drop);
  } else {
    m = q >> BigInt(drop);
    const rest = q & ((1n << BigInt(drop)) - 1n);
    const half = 1n << BigInt(drop - 1);
    if (rest > half || (rest === half && (sticky || (m & 1n) === 1n))) m += 1n;
  }
  return ldexp(Number(m), ulp);
}
