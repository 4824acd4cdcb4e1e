// float-arith.ts libmPow: the exponents whose power one IEEE operation gives (2, 0.5, -1, 1) must
// give the same double as the general correctly rounded path (precise-math.ts crPow) would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { libmPow } from '../../src/numeric/float-arith.ts';
import { crPow } from '../../src/numeric/precise-math.ts';

/** Finite positive doubles other than 1, from subnormal to huge. */
const bases = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }).filter((v) => v > 0 && v !== 1);

describe('libmPow of one-operation exponents', () => {
  it.each([2, 0.5, -1])('gives crPow\'s double for exponent %s', (w) => {
    fc.assert(
      fc.property(bases, (v) => {
        const general = crPow(v, w);
        const fast = libmPow(v, w);
        // Overflow and full underflow are Infinity and 0 on both paths.
        return Object.is(fast, general);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the base itself for exponent 1', () => {
    for (const v of [Number.MIN_VALUE, 0.1, 3, 1e308]) expect(libmPow(v, 1)).toBe(v);
  });
});
