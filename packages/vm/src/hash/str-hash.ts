/**
 * The hash of a str: SipHash-2-4 over its PEP 393 representation (1, 2 or 4 bytes per code
 * point, by the largest code point). Mirrors CPython 3.8 Objects/unicodeobject.c `unicode_hash`.
 * @module
 */
import { hashBytes } from './siphash24.ts';

/** The code points of a JS string; lone surrogates stay code points of their own, as in Python. */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        out.push(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
        i++;
        continue;
      }
    }
    out.push(unit);
  }
  return out;
}

/**
 * Returns the bytes CPython stores for a str (`PyUnicode_DATA`), little-endian.
 *
 * @remarks
 * PEP 393: Latin-1 text takes 1 byte per code point, BMP text 2 and anything else 4. The hash of a
 * str depends on this layout, so `'é'` and `'\u00e9'` agree but hashing UTF-8 would not.
 *
 * @param s - the str value
 * @returns the canonical representation
 * @example
 * ```ts
 * pep393Bytes('a\u1234'); // Uint8Array [0x61, 0x00, 0x34, 0x12]
 * ```
 * @see CPython 3.8 Include/cpython/unicodeobject.h PyUnicode_KIND
 */
export function pep393Bytes(s: string): Uint8Array {
  const cps = codePoints(s);
  let max = 0;
  for (const cp of cps) if (cp > max) max = cp;
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * kind);
  cps.forEach((cp, i) => {
    for (let k = 0; k < kind; k++) out[i * kind + k] = (cp >>> (8 * k)) & 0xff;
  });
  return out;
}

/**
 * Returns `hash(s)` as CPython 3.8 computes it under PYTHONHASHSEED=0.
 *
 * @param s - the str value
 * @returns the signed 64-bit hash
 * @example
 * ```ts
 * strHash(''); // 0n
 * strHash('a'); // -7583489610679606711n
 * ```
 * @see CPython 3.8 Objects/unicodeobject.c unicode_hash
 */
export function strHash(s: string): bigint {
  return hashBytes(pep393Bytes(s));
}
