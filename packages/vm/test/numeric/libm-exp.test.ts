// glibc's exp (libm-exp.ts) against glibc 2.36 as CPython 3.8's math.exp returns it on x86-64
// with FMA: inputs where it is not the correctly rounded result, and its special ranges.
import { describe, expect, it } from 'vitest';
import { libmExp } from '../../src/numeric/libm-exp.ts';

const GLIBC: readonly (readonly [number, number])[] = [
  [0.0943867943430543, 1.098984744800685],
  [-0.2951554768114716, 0.7444158390669794],
  [-47.92011079974026, 1.5436907701357573e-21],
  [129.50388829851022, 1.749137992461158e56],
  [-518.8431494341581, 4.669638139528157e-226],
  [-740.0, 4.2e-322],
];

describe('libmExp', () => {
  it.each(GLIBC)('exp(%s) = %s as glibc rounds it', (x, want) => {
    expect(libmExp(x)).toBe(want);
  });
  it('handles the tiny, overflow and underflow ranges as glibc', () => {
    expect(libmExp(1e-300)).toBe(1);
    expect(libmExp(-0)).toBe(1);
    expect(libmExp(709.78)).toBe(1.7928227943945155e308);
    expect(libmExp(710)).toBe(Infinity);
    expect(libmExp(-746)).toBe(0);
    expect(libmExp(-Infinity)).toBe(0);
    expect(Number.isNaN(libmExp(NaN))).toBe(true);
  });
});
