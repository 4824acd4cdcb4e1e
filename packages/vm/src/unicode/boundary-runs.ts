/**
 * The code point tables generated from Python 3.8's Unicode database: a sorted list of the code
 * points where a property flips, kept in the source as base-36 deltas, and the binary search
 * that tells which run a code point falls in.
 * @module
 */
import { assert } from '../internal/assert.ts';

/**
 * The boundaries of a generated table: `deltas` (base-36, comma-separated) summed into code points.
 *
 * @param deltas - the generated text
 * @param count - how many boundaries the generator wrote (a check on the text)
 * @param what - the table's name, for the error a corrupt one raises
 * @returns the boundaries in ascending order
 */
export function decodeBoundaries(deltas: string, count: number, what: string): Uint32Array {
  const parts = deltas.split(',');
  assert(parts.length === count, `${what} table is corrupt`);
  const out = new Uint32Array(parts.length);
  let cp = 0;
  parts.forEach((part, i) => {
    cp += Number.parseInt(part, 36);
    out[i] = cp;
  });
  return out;
}

/**
 * Whether an even number of `boundaries` are at or below `cp`: `cp` lies in the table's first
 * run, its third, and so on (the runs that keep the property of code point 0).
 *
 * @param boundaries - from {@link decodeBoundaries}
 * @param cp - a code point
 * @returns true when an even number of boundaries are at or below `cp`
 */
export function beforeEvenBoundaries(boundaries: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((boundaries[mid] ?? 0) <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 0;
}
