/**
 * Whether a code point is printable in Python 3.8's sense (`str.isprintable()`): every code point
 * except those in the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (bar the ASCII space).
 * Mirrors CPython 3.8 Objects/unicodectype.c `_PyUnicode_IsPrintable`.
 * @module
 */
import { PRINTABLE_BOUNDARY_COUNT, PRINTABLE_BOUNDARY_DELTAS } from './unicode-printable.generated.ts';
import { assert } from '../internal/assert.ts';

/** Code points where printability flips; even indexes start non-printable runs. */
const BOUNDARIES: Uint32Array = decodeBoundaries();

function decodeBoundaries(): Uint32Array {
  const parts = PRINTABLE_BOUNDARY_DELTAS.split(',');
  assert(parts.length === PRINTABLE_BOUNDARY_COUNT, 'printable table is corrupt');
  const out = new Uint32Array(parts.length);
  let cp = 0;
  parts.forEach((part, i) => {
    cp += Number.parseInt(part, 36);
    out[i] = cp;
  });
  return out;
}

/**
 * Tells whether `cp` is printable, as `chr(cp).isprintable()` answers in Python 3.8.
 *
 * @remarks
 * The table is generated from Python 3.8 itself (Unicode 12.1) by
 * `scripts/py38/gen_unicode_printable.py`. Lone surrogates are not printable.
 *
 * @param cp - a code point, 0 to 0x10FFFF
 * @returns true when `repr()` shows the code point as itself
 * @example
 * ```ts
 * isPrintable(0x41); // true
 * isPrintable(0x85); // false
 * ```
 * @see CPython 3.8 Objects/unicodectype.c _PyUnicode_IsPrintable
 */
export function isPrintable(cp: number): boolean {
  // Count the boundaries <= cp: an odd count means cp sits in a non-printable run.
  let lo = 0;
  let hi = BOUNDARIES.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((BOUNDARIES[mid] ?? 0) <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 0;
}
