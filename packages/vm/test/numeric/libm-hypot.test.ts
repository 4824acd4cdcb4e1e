// glibc's hypot (libm-hypot.ts) against glibc 2.36, which CPython 3.8's abs(complex) calls here:
// inputs where its result is not the correctly rounded one, taken from CPython, bit for bit.
import { describe, expect, it } from 'vitest';
import { libmHypot } from '../../src/numeric/libm-hypot.ts';

const GLIBC: readonly (readonly [number, number, number])[] = [
  [840.6879894493557, -900.2029946446102, 1231.7149537013522],
  [-322.03381133151686, 60.6, 327.6860321110788],
  [-745.9232654042713, -697.6985992370204, 1021.3642118503426],
  [-505.8832313227528, 921.2284596534096, 1050.9898755977354],
  [-870.5339483984411, -932.272561167331, 1275.5240035450822],
  [-915356.0, 838955.0, 1241661.024096754],
  [42.317750629563534, 850.9995798333994, 852.051099931787],
  [-83421.91820524423, -78075.72504398206, 114258.63327637849],
  [870327.0, 867319.0, 1228703.1108815505],
  [-827726.3132149533, -859954.1783135394, 1193587.8846517056],
];

describe('libmHypot', () => {
  it.each(GLIBC)('hypot(%s, %s) = %s as glibc rounds it', (x, y, want) => {
    expect(libmHypot(x, y)).toBe(want);
  });
  it('scales huge and tiny inputs and adds when one side is negligible', () => {
    expect(libmHypot(1e300, 1e300)).toBe(1.4142135623730952e300);
    expect(libmHypot(5e-324, 5e-324)).toBe(5e-324);
    expect(libmHypot(1e300, 1)).toBe(1e300);
    expect(libmHypot(3e-320, 4e-320)).toBe(5e-320);
    expect(libmHypot(-3, 4)).toBe(5);
  });
  it('is infinite when either side is, even with a NaN', () => {
    expect(libmHypot(NaN, -Infinity)).toBe(Infinity);
    expect(Number.isNaN(libmHypot(1, NaN))).toBe(true);
  });
});
