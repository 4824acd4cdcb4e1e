/**
 * The C library's `log1p`, computed as x86-64 glibc computes it: Sun's fdlibm algorithm with
 * Naohiko Shimizu's regrouping of the polynomial (four short pairs rather than one Horner
 * chain), the pairs and their sum fused into multiply-adds as the build fuses them. The host's
 * `Math.log1p` (fdlibm's Horner chain) differs from it in the last bit for about one input in
 * fifteen hundred. Mirrors glibc sysdeps/ieee754/dbl-64/s_log1p.c.
 * @module
 */
import { fma } from './fma.ts';
import { highWord, withHighWord } from './float-bits.ts';

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LP1 = 6.666666666666735130e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

/**
 * `log1p(x)`, `log(1 + x)`, as glibc's: -Infinity at -1, NaN below, `x` below 2**-54 in size.
 *
 * @param x - any double.
 * @returns the double glibc's `log1p` returns.
 * @see glibc sysdeps/ieee754/dbl-64/s_log1p.c `__log1p`
 */
export function libmLog1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5; // |x| < 2**-29
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422: 1 + x needs no reduction
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    // 1 + x = 2**k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2), and c the rounding error of 1 + x.
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + (c + k * LN2_LO);
    const r = hfsq * (1.0 - 0.6666666666666666 * f);
    if (k === 0) return f - r;
    return k * LN2_HI - (r - (k * LN2_LO + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  // R1 + z2 R2 + z4 R3 + z6 R4, each pair and each step of the sum fused as the build fuses them.
  const r = fma(z6, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}
