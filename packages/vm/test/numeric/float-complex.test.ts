// Python float and complex arithmetic: flooring, signed zeros, the special cases of `**`, Smith's
// complex division and the errors of the complex power (values from CPython 3.8).
import { describe, expect, it } from 'vitest';
import { complexDiv, complexPow } from '../../src/numeric/complex-arith.ts';
import { floatDivmod, floatFloorDiv, floatMod, floatPow } from '../../src/numeric/float-arith.ts';
import { isNumericError } from '../../src/numeric/numeric-result.ts';

const same = (a: unknown, b: unknown): void => {
  expect(Object.is(a, b), `${String(a)} vs ${String(b)}`).toBe(true);
};

describe('float floor division and modulo', () => {
  it('floors and gives the remainder the sign of the divisor', () => {
    same(floatFloorDiv(7.5, 2), 3);
    same(floatFloorDiv(-7.5, 2), -4);
    same(floatMod(-7.5, 2), 0.5);
    same(floatMod(7.5, -2), -0.5);
    same(floatMod(-0.0, 5), 0);
    same(floatMod(0.0, -5), -0);
    same(floatFloorDiv(-0.0, 5), -0);
    same(floatFloorDiv(0.0, -5), -0);
    same(floatFloorDiv(5.0, 0.3), 16);
    expect(floatDivmod(1, 0)).toEqual({ error: 'ZeroDivisionError', message: 'float divmod()' });
    expect(floatMod(1, 0)).toEqual({ error: 'ZeroDivisionError', message: 'float modulo' });
  });
});

describe('float power', () => {
  it('handles the special cases before calling pow', () => {
    same(floatPow(0, 0), 1);
    same(floatPow(NaN, 0), 1);
    same(floatPow(1, NaN), 1);
    same(floatPow(-1, Infinity), 1);
    same(floatPow(0.5, Infinity), 0);
    same(floatPow(0.5, -Infinity), Infinity);
    same(floatPow(-Infinity, 3), -Infinity);
    same(floatPow(-Infinity, -3), -0);
    same(floatPow(-0.0, 3), -0);
    same(floatPow(-0.0, 2), 0);
    same(floatPow(-2, 3), -8);
    same(floatPow(-1, 1e308), 1);
    expect(floatPow(0, -1)).toEqual({ error: 'ZeroDivisionError', message: '0.0 cannot be raised to a negative power' });
    expect(floatPow(-8, 0.5)).toBe('complex');
    expect(isNumericError(floatPow(1e308, 2))).toBe(true);
  });
  it('rounds like glibc', () => {
    same(floatPow(2, 0.5), 1.4142135623730951);
    same(floatPow(2, 1.5), 2.8284271247461903);
    same(floatPow(2, -0.5), 0.7071067811865476);
    same(floatPow(10, -6), 1e-6);
    same(floatPow(1.1, 10), 2.5937424601000023);
    same(floatPow(2, 1000.5), 1.5153420044823246e301);
  });
});

describe('complex', () => {
  it('divides with Smith\'s algorithm', () => {
    expect(complexDiv({ real: 1, imag: 2 }, { real: 3, imag: -4 })).toEqual({ real: -0.2, imag: 0.4 });
    expect(complexDiv({ real: 1, imag: 0 }, { real: 0, imag: 0 })).toEqual({ error: 'ZeroDivisionError', message: 'complex division by zero' });
  });
  it('raises to integer powers by squaring and to others by polar form', () => {
    expect(complexPow({ real: 1, imag: 1 }, { real: 2, imag: 0 })).toEqual({ real: 0, imag: 2 });
    expect(complexPow({ real: -8, imag: 0 }, { real: 0.5, imag: 0 })).toEqual({ real: 1.7319121124709868e-16, imag: 2.8284271247461903 });
    expect(complexPow({ real: 0, imag: 0 }, { real: -1, imag: 0 })).toEqual({ error: 'ZeroDivisionError', message: '0.0 to a negative or complex power' });
    expect(complexPow({ real: 0, imag: 0 }, { real: 0, imag: 1 })).toEqual({ error: 'ZeroDivisionError', message: '0.0 to a negative or complex power' });
    // inf - inf inside the squaring gives nan parts, which are not an overflow.
    const nan = complexPow({ real: 1e200, imag: 1e200 }, { real: 2, imag: 0 });
    expect(nan).toEqual({ real: NaN, imag: NaN });
    expect(complexPow({ real: 1e200, imag: 0 }, { real: 2, imag: 0 })).toEqual({ error: 'OverflowError', message: 'complex exponentiation' });
    expect(complexPow({ real: 1e200, imag: 1 }, { real: 2.5, imag: 0 })).toEqual({ error: 'OverflowError', message: 'complex exponentiation' });
  });
});
