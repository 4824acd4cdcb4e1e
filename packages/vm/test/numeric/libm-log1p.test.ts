// glibc's log1p (libm-log1p.ts) against glibc 2.36 as CPython 3.8's math.log1p returns it:
// inputs where fdlibm's Horner form (the host's Math.log1p) rounds the other way.
import { describe, expect, it } from 'vitest';
import { libmLog1p } from '../../src/numeric/libm-log1p.ts';

describe('libmLog1p', () => {
  it.each([
    [0.43954121276973057, 0.36432446058018914],
    [-0.2870522118123215, -0.3383470895974445],
    [-0.1878738278442903, -0.20809956646315506],
  ])('log1p(%s) = %s as glibc rounds it', (x, want) => {
    expect(libmLog1p(x)).toBe(want);
  });
  it('keeps tiny arguments and handles the domain edges', () => {
    expect(Object.is(libmLog1p(-0), -0)).toBe(true);
    expect(libmLog1p(1e-30)).toBe(1e-30);
    expect(libmLog1p(-1)).toBe(-Infinity);
    expect(Number.isNaN(libmLog1p(-2))).toBe(true);
    expect(libmLog1p(Infinity)).toBe(Infinity);
  });
});
