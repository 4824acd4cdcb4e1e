/**
 * The C library's `exp`, computed as x86-64 glibc 2.28+ computes it on FMA hardware (Szabolcs
 * Nagy's table-driven algorithm from Arm's optimized-routines): `x = k ln2/128 + r`, `2**(k/128)`
 * from a table of 128 scale and tail pairs, and a degree-5 polynomial in `r`, with each
 * `a * b + c` fused as its `-mfma` build fuses it. It is not correctly rounded (about one input
 * in three thousand rounds the other way), and CPython's `math.exp` shows its bits. Mirrors
 * glibc sysdeps/ieee754/dbl-64/e_exp.c and e_exp_data.c.
 * @module
 */
import { roundScaled } from './float-bits.ts';
import { isqrt } from './fixed-point.ts';
import { fma } from './fma.ts';

const N = 128;
// glibc's constants (hex floats in its source), as the shortest decimals that round to them.
/** 128 / ln 2 (0x1.71547652b82fep0 * 128). */
const INV_LN2_N = 184.6649652337873;
/** -ln 2 / 128 split: a high part with trailing zeros (k times it is exact) and the rest. */
const NEG_LN2_HI_N = -0.005415212348111709;
const NEG_LN2_LO_N = -1.2864023111638346e-14;
/** 0x1.8p52: adding it leaves the nearest integer in the low bits of the sum. */
const SHIFT = 6755399441055744;
/** exp(r) - 1 - r on |r| <= ln 2 / 256, from the square on. */
const C2 = 0.49999999999996786;
const C3 = 0.16666666666665886;
const C4 = 0.0416666808410674;
const C5 = 0.008333335853059549;

/** Fraction bits of the fixed point the table is computed in. */
const F = 200n;

/** `2**(i/128)` as the double nearest it (`scale`) and the double nearest `2**(i/128) / scale - 1`. */
interface TableEntry {
  readonly scale: number;
  readonly tail: number;
}

let table: TableEntry[] | null = null;

/** The table glibc's `__exp_data.tab` holds, computed once: 2**(i/128) by seven square roots. */
function expTable(): TableEntry[] {
  if (table !== null) return table;
  table = [];
  for (let i = 0; i < N; i++) {
    let v = BigInt(2 ** i) << F; // exact: 2**i for i < 128 is a double
    for (let j = 0; j < 7; j++) v = isqrt(v << F);
    const scale = roundScaled(v, false, -Number(F));
    const s = BigInt(scale * 2 ** 52) << (F - 52n); // scale in fixed point, exactly
    const rel = ((v - s) << F) / s; // (v - scale) / scale, in fixed point
    const tail = rel === 0n ? 0 : rel < 0n ? -roundScaled(-rel, true, -Number(F)) : roundScaled(rel, true, -Number(F));
    table.push({ scale, tail });
  }
  return table;
}

/** `y * 2**k` for any integer `k` in the double range, with one rounding at most. */
function scaled(y: number, k: number): number {
  if (k > 1000) return y * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) return y * 2 ** (k + 1000) * 2 ** -1000;
  return y * 2 ** k;
}

/**
 * `exp(x)` as glibc's: 1 + x below 2**-54 in size, Infinity from the overflow threshold on, 0
 * below the underflow one, with glibc's care of the subnormal range.
 *
 * @param x - any double.
 * @returns the double glibc's `exp` returns.
 * @see glibc sysdeps/ieee754/dbl-64/e_exp.c `__exp`
 */
export function libmExp(x: number): number {
  if (!Number.isFinite(x)) return x === -Infinity ? 0 : x;
  return expInline(x, 0);
}

/**
 * `exp(x + xtail)` for a finite `x` and a tail far below its last place, as glibc's `exp_inline`
 * (which `pow` shares with `exp`).
 *
 * @param x - a finite double.
 * @param xtail - the low part of the argument (0 for `exp` itself).
 * @returns the double glibc returns.
 * @see glibc sysdeps/ieee754/dbl-64/e_pow.c `exp_inline`
 */
export function expInline(x: number, xtail: number): number {
  const ax = Math.abs(x);
  if (ax < 2 ** -54) return 1.0 + x;
  if (ax >= 1024) return x > 0 ? Infinity : 0;
  // k = round(x * 128 / ln 2) through the shift (the sum is fused as built), r = x - k ln2/128.
  const k = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  const r = fma(k, NEG_LN2_LO_N, fma(k, NEG_LN2_HI_N, x)) + xtail;
  const idx = ((k % N) + N) % N;
  const entry = expTable()[idx] as TableEntry;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), entry.tail + r));
  // scale = 2**((k - idx)/128) * table scale: the table's bits plus k's exponent.
  const e = (k - idx) / N;
  if (ax < 512) return scaled(fma(entry.scale, tmp, entry.scale), e);
  return specialCase(tmp, entry.scale, k >= 0, e);
}

/** `specialcase`: results near overflow or in the subnormal range, for 512 <= |x| < 1024. */
function specialCase(tmp: number, tableScale: number, positive: boolean, e: number): number {
  if (positive) {
    // Scale down by 2**1009 first so that the scale itself does not overflow.
    const scale = scaled(tableScale, e - 1009);
    return scaled(fma(scale, tmp, scale), 1009);
  }
  const scale = scaled(tableScale, e + 1022);
  // Not fused: the product also feeds the branch below, which the build does not fuse across.
  const product = scale * tmp;
  let y = scale + product;
  if (y < 1.0) {
    // Round once in the subnormal range: add 1 so that the sum's rounding is the final one.
    let lo = scale - y + product;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = hi + lo - 1.0;
    if (y === 0) y = 0;
  }
  return y * 2 ** -1022;
}
