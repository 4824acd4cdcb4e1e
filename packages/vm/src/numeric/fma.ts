/**
 * Fused multiply-add, `a * b + c` rounded once, which the host lacks. glibc's x86-64 builds of
 * some libm functions run on FMA hardware with `a * b + c` contracted into one instruction (the
 * `-mfma` variants it picks at load time), so reproducing their last bit needs it.
 * @module
 */
import { decompose, highWord, lowWord, roundScaled, withHighWord } from './float-bits.ts';

/** The exact value of a finite non-zero double as `sign * m * 2**e`. */
function exact(x: number): { readonly m: bigint; readonly e: number } {
  const { m, e } = decompose(x);
  return { m: x < 0 ? -m : m, e };
}

/** Veltkamp's splitting constant, 2**27 + 1. */
const SPLIT = 134217729;

/**
 * Half the smaller gap next to a finite non-zero normal double: half its last place, or a
 * quarter at a power of two (where the gap below is half the gap above).
 */
function halfGap(x: number): number {
  const high = highWord(x);
  const exponent = (high >>> 20) & 0x7ff;
  const powerOfTwo = (high & 0xfffff) === 0 && lowWord(x) === 0;
  // 2 ** (exponent - 1076) (a quarter place: - 1077), made from its exponent bits when normal.
  const biased = exponent - (powerOfTwo ? 54 : 53);
  if (biased < 1) return 2 ** (biased - 1023);
  return withHighWord(0, biased << 20);
}

/**
 * `a * b + c` from double-double arithmetic when that provably gives the single rounding, else
 * null: the product split exactly (Dekker), the sums kept exactly (Knuth's TwoSum), and the
 * result accepted unless the rest lies too near half its last place.
 */
function fastFma(a: number, b: number, c: number): number | null {
  const p = a * b;
  const ap = Math.abs(p);
  if (!(ap < 2 ** 1000 && ap > 2 ** -900) || !(Math.abs(a) < 2 ** 995 && Math.abs(b) < 2 ** 995)) return null;
  if (c !== 0 && !(Math.abs(c) > 2 ** -900 && Math.abs(c) < 2 ** 1000)) return null;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl; // a * b = p + e exactly
  if (e === 0) return p + c;
  const s = p + c;
  const sv = s - p;
  const st = p - (s - sv) + (c - sv); // p + c = s + st exactly
  const u = st + e;
  const uv = u - st;
  const ue = st - (u - uv) + (e - uv); // st + e = u + ue exactly
  const r = s + u;
  if (r === 0 || !Number.isFinite(r)) return null;
  const rv = r - s;
  const rest = s - (r - rv) + (u - rv); // s + u = r + rest exactly: a * b + c = r + rest + ue
  return Math.abs(r) >= 2 ** -1021 && Math.abs(rest) + Math.abs(ue) < halfGap(r) * (1 - 2 ** -20) ? r : null;
}

/**
 * `a * b + c` with one rounding (to nearest, ties to even), as C's `fma`.
 *
 * @param a - a double.
 * @param b - a double.
 * @param c - a double.
 * @returns the double nearest the exact `a * b + c`.
 * @see C99 7.12.13.1 `fma`
 */
export function fma(a: number, b: number, c: number): number {
  // Infinities, NaNs and zero products round nothing: the host's operations give the answer.
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) return a * b + c;
  const quick = fastFma(a, b, c);
  if (quick !== null) return quick;
  const x = exact(a);
  const y = exact(b);
  let pm = x.m * y.m;
  let pe = x.e + y.e;
  if (c !== 0) {
    const z = exact(c);
    const e = Math.min(pe, z.e);
    pm = (pm << BigInt(pe - e)) + (z.m << BigInt(z.e - e));
    pe = e;
  }
  if (pm === 0n) return a * b + c; // an exact zero takes the sign the host's rounding gives it
  return pm < 0n ? -roundScaled(-pm, false, pe) : roundScaled(pm, false, pe);
}
