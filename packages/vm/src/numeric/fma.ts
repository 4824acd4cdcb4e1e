/**
 * Fused multiply-add, `a * b + c` rounded once, which the host lacks. glibc's x86-64 builds of
 * some libm functions run on FMA hardware with `a * b + c` contracted into one instruction (the
 * `-mfma` variants it picks at load time), so reproducing their last bit needs it.
 * @module
 */
import { decompose, roundScaled } from './float-bits.ts';

/** The exact value of a finite non-zero double as `sign * m * 2**e`. */
function exact(x: number): { readonly m: bigint; readonly e: number } {
  const { m, e } = decompose(x);
  return { m: x < 0 ? -m : m, e };
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
