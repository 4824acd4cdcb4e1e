// glibc's pow (libm-pow.ts) against glibc 2.36 as CPython 3.8's math.pow returns it on x86-64
// with FMA: exact ties and powers that one IEEE operation rounds differently.
import { describe, expect, it } from 'vitest';
import { glibcPow } from '../../src/numeric/libm-pow.ts';

const GLIBC: readonly (readonly [number, number, number])[] = [
  [121319.5, 3, 1785631486245389.8],
  [30435.875, 3, 28194044141996.684],
  [543.2378249767488, 2, 295107.3344854688],
  [862.8883693371858, 0.5, 29.374961605714244],
  [0.5, 1074.5, 5e-324],
  [5e-324, 0.5, 2.2227587494850775e-162],
  [7, 364, 4.1274950888965186e307],
];

describe('glibcPow', () => {
  it.each(GLIBC)('pow(%s, %s) = %s as glibc rounds it', (x, y, want) => {
    expect(glibcPow(x, y)).toBe(want);
  });
  it('overflows to infinity and underflows to zero', () => {
    expect(glibcPow(10, 400)).toBe(Infinity);
    expect(glibcPow(2, -1075)).toBe(0);
    expect(glibcPow(2, 1e20)).toBe(Infinity);
    expect(glibcPow(0.5, 1e20)).toBe(0);
    expect(glibcPow(3, 1e-70)).toBe(1);
  });
});
