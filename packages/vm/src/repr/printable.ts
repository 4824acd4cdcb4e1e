/**
 * Whether a code point is printable in Python 3.8's sense (`str.isprintable()`): every code point
 * except those in the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (bar the ASCII space).
 * Mirrors CPython 3.8 Objects/unicodectype.c `_PyUnicode_IsPrintable`.
 * @module
 */
import { PRINTABLE_BOUNDARY_COUNT, PRINTABLE_BOUNDARY_DELTAS } from './unicode-printable.generated.ts';
import { beforeEvenBoundaries, decodeBoundaries } from '../unicode/boundary-runs.ts';

/** Code points where printability flips; even indexes start non-printable runs. */
const BOUNDARIES: Uint32Array = decodeBoundaries(PRINTABLE_BOUNDARY_DELTAS, PRINTABLE_BOUNDARY_COUNT, 'printable');


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
  return beforeEvenBoundaries(BOUNDARIES, cp);
}
