// fma (numeric/fma.ts): one rounding of a * b + c, checked where the unfused host arithmetic
// rounds twice.
import { describe, expect, it } from 'vitest';
import { fma } from '../../src/numeric/fma.ts';

describe('fma', () => {
  it('rounds the exact product and sum once', () => {
    const a = 1 + 2 ** -30;
    // a * a = 1 + 2**-29 + 2**-60: the unfused product loses the 2**-60.
    expect(fma(a, a, -1)).toBe(2 ** -29 + 2 ** -60);
    expect(a * a - 1).toBe(2 ** -29);
    expect(fma(0.1, 10, -1)).toBe(5.551115123125783e-17);
  });
  it('gives the host result for zeros, infinities and NaNs', () => {
    expect(Object.is(fma(-0, 1, 0), 0)).toBe(true);
    expect(Object.is(fma(-0, 1, -0), -0)).toBe(true);
    expect(fma(Infinity, 2, 1)).toBe(Infinity);
    expect(Number.isNaN(fma(Infinity, 0, 1))).toBe(true);
    expect(fma(2, 3, 0)).toBe(6);
  });
  it('rounds into the subnormal range and overflows to infinity', () => {
    expect(fma(2 ** -1000, 2 ** -74, 0)).toBe(5e-324);
    expect(fma(2 ** -1000, 2 ** -76, 0)).toBe(0);
    expect(fma(2 ** 1000, 2 ** 30, 0)).toBe(Infinity);
    expect(fma(-3, 5, 7)).toBe(-8);
  });
});
