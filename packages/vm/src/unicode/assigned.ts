/**
 * Whether a code point is assigned in Python 3.8's Unicode database (12.1). The str case
 * methods and predicates take their properties from the JS engine, whose Unicode is newer: a
 * code point assigned since (a letter, a digit, a new case pair) must act as unassigned, as it
 * does in CPython 3.8. Mirrors CPython 3.8 Objects/unicodetype_db.h (category Cn).
 * @module
 */
import { ASSIGNED_BOUNDARY_COUNT, ASSIGNED_BOUNDARY_DELTAS } from './assigned.generated.ts';
import { beforeEvenBoundaries, decodeBoundaries } from './boundary-runs.ts';

/** Code points where assignment flips; even indexes start unassigned runs. */
const BOUNDARIES: Uint32Array = decodeBoundaries(ASSIGNED_BOUNDARY_DELTAS, ASSIGNED_BOUNDARY_COUNT, 'assigned');
/** Every code point below it is assigned (U+0378 is the first hole). */
const FIRST_UNASSIGNED = BOUNDARIES[0] ?? 0;


/**
 * Tells whether `cp` is assigned in Unicode 12.1, as `unicodedata.category(chr(cp)) != 'Cn'`
 * answers in Python 3.8.
 *
 * @remarks
 * The table is generated from Python 3.8 itself by `scripts/py38/gen_unicode_assigned.py`.
 *
 * @param cp - a code point, 0 to 0x10FFFF
 * @returns false for a code point Unicode 12.1 leaves unassigned
 * @example
 * ```ts
 * isAssigned12(0x41); // true
 * isAssigned12(0xa7dc); // false: assigned in Unicode 16
 * ```
 * @see CPython 3.8 Objects/unicodectype.c gettyperecord
 */
export function isAssigned12(cp: number): boolean {
  if (cp < FIRST_UNASSIGNED) return true;
  // Count the boundaries <= cp: an odd count means cp sits in an unassigned run.
  return beforeEvenBoundaries(BOUNDARIES, cp);
}

/**
 * `mapped`, the JS engine's case mapping of the code point `ch`, unless it reaches past
 * Unicode 12.1 (from or to a code point 12.1 leaves unassigned): then `ch` itself, which
 * Python 3.8 leaves unmapped.
 *
 * @param ch - one code point
 * @param mapped - its case mapping by the JS engine
 * @returns the mapping Python 3.8 makes
 */
export function mappingIn12(ch: string, mapped: string): string {
  if (mapped === ch) return mapped;
  for (const c of mapped) if (!isAssigned12(c.codePointAt(0) ?? 0)) return ch;
  return isAssigned12(ch.codePointAt(0) ?? 0) ? mapped : ch;
}
