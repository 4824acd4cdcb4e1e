// Python int semantics over bigint: flooring division and modulo, shifts, bit lengths and the
// correctly rounded conversions to float.
import { describe, expect, it } from 'vitest';
import { bitLength, intFloorDiv, intLshift, intMod, intPowNonNegative, intRshift } from '../../src/numeric/int-arith.ts';
import { intToFloat, intTrueDivide } from '../../src/numeric/int-to-float.ts';
import { isNumericError } from '../../src/numeric/numeric-result.ts';

describe('floor division and modulo', () => {
  it.each([
    [7n, 2n, 3n, 1n],
    [-7n, 2n, -4n, 1n],
    [7n, -2n, -4n, -1n],
    [-7n, -2n, 3n, -1n],
    [6n, 3n, 2n, 0n],
    [-6n, 3n, -2n, 0n],
    [0n, -5n, 0n, 0n],
  ])('%s // %s = %s, %s %% ... = %s', (a, b, q, r) => {
    expect(intFloorDiv(a, b)).toBe(q);
    expect(intMod(a, b)).toBe(r);
  });
  it('raises ZeroDivisionError for a zero divisor', () => {
    expect(intFloorDiv(1n, 0n)).toEqual({ error: 'ZeroDivisionError', message: 'integer division or modulo by zero' });
    expect(isNumericError(intMod(1n, 0n))).toBe(true);
  });
});

describe('shifts and powers', () => {
  it('shifts like Python', () => {
    expect(intLshift(3n, 4n)).toBe(48n);
    expect(intLshift(0n, 1n << 100n)).toBe(0n);
    expect(intLshift(1n, -1n)).toEqual({ error: 'ValueError', message: 'negative shift count' });
    expect(intRshift(-16n, 2n)).toBe(-4n);
    expect(intRshift(-1n, 1000n)).toBe(-1n);
    expect(intRshift(5n, 1n << 100n)).toBe(0n);
    expect(intRshift(-5n, 1n << 100n)).toBe(-1n);
    expect(isNumericError(intRshift(5n, -1n))).toBe(true);
  });
  it('raises to non-negative powers', () => {
    expect(intPowNonNegative(2n, 10n)).toBe(1024n);
    expect(intPowNonNegative(0n, 0n)).toBe(1n);
    expect(intPowNonNegative(-1n, (1n << 70n) + 1n)).toBe(-1n);
    expect(intPowNonNegative(0n, 1n << 70n)).toBe(0n);
  });
  it('counts bits of the absolute value', () => {
    expect(bitLength(0n)).toBe(0);
    expect(bitLength(-1n)).toBe(1);
    expect(bitLength(255n)).toBe(8);
    expect(bitLength(-(1n << 64n))).toBe(65);
  });

  it('counts the bits of every leading hex digit and of an int of 2**29 bits', () => {
    for (let k = 0n; k < 70n; k++) {
      expect(bitLength(1n << k)).toBe(Number(k) + 1);
      expect(bitLength((1n << (k + 1n)) - 1n)).toBe(Number(k) + 1);
    }
    expect(bitLength(1n << (1n << 29n))).toBe(2 ** 29 + 1);
  });
});

describe('int to float', () => {
  it('rounds half to even and overflows past the largest double', () => {
    expect(intToFloat(9007199254740993n)).toBe(9007199254740992);
    expect(intToFloat(9007199254740995n)).toBe(9007199254740996);
    expect(isNumericError(intToFloat(1n << 1024n))).toBe(true);
    expect(intToFloat((1n << 1024n) - (1n << 970n) - 1n)).toBe(Number.MAX_VALUE);
  });
  it('divides correctly rounded, with signed zeros', () => {
    expect(intTrueDivide(1n, 3n)).toBe(1 / 3);
    expect(intTrueDivide(-7n, 2n)).toBe(-3.5);
    expect(Object.is(intTrueDivide(0n, -5n), -0)).toBe(true);
    expect(Object.is(intTrueDivide(0n, 5n), 0)).toBe(true);
    // (2**60 + 1) / 7: beyond 2**53, where a float division of the rounded operands would differ.
    expect(intTrueDivide((1n << 60n) + 1n, 7n)).toBe(1.647030720866924e17);
    expect(intTrueDivide(123456789012345678901234567890n, 7n)).toBe(1.763668414462081e28);
    expect(intTrueDivide(1n, 1n << 1074n)).toBe(5e-324);
    expect(intTrueDivide(1n, 1n << 1075n)).toBe(0);
    expect(intTrueDivide(3n, 1n << 1076n)).toBe(5e-324);
    expect(intTrueDivide(1n << 1100n, 1n << 77n)).toBe(2 ** 1023);
    expect(isNumericError(intTrueDivide(1n << 1100n, 1n << 76n))).toBe(true);
    expect(isNumericError(intTrueDivide(1n << 1100n, 1n << 70n))).toBe(true);
    expect(intTrueDivide(1n, 0n)).toEqual({ error: 'ZeroDivisionError', message: 'division by zero' });
  });
});
