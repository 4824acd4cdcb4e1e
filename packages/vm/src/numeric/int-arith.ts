/**
 * Python `int` arithmetic over bigint where JavaScript's operators differ from Python's: floor
 * division and modulo (rounding toward negative infinity), shifts with CPython's error rules and
 * bit lengths. Mirrors CPython 3.8 Objects/longobject.c.
 * @module
 */
import { numericError, type NumericResult } from './numeric-result.ts';

const ZERO_DIVISION = 'integer division or modulo by zero';

/** The number of bits of `|v|` (0 for 0), as CPython's `_PyLong_NumBits` / `int.bit_length`. */
export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  // Hex text is made in linear time and is a quarter of the binary's length (a binary text of a
  // 2^29-bit int would pass the engine's string limit).
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0] as string, 16)));
}

/**
 * `a // b` with Python's flooring.
 *
 * @see CPython 3.8 Objects/longobject.c l_divmod
 */
export function intFloorDiv(a: bigint, b: bigint): NumericResult<bigint> {
  if (b === 0n) return numericError('ZeroDivisionError', ZERO_DIVISION);
  const q = a / b;
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? q - 1n : q;
}

/**
 * `a % b` with the sign of `b`, as Python has it.
 *
 * @see CPython 3.8 Objects/longobject.c l_divmod
 */
export function intMod(a: bigint, b: bigint): NumericResult<bigint> {
  if (b === 0n) return numericError('ZeroDivisionError', ZERO_DIVISION);
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** The largest shift CPython accepts (`PyLong_AsSsize_t` on a 64-bit build). */
const MAX_SSIZE = (1n << 63n) - 1n;

/**
 * `a << b`.
 *
 * @see CPython 3.8 Objects/longobject.c long_lshift
 */
export function intLshift(a: bigint, b: bigint): NumericResult<bigint> {
  if (b < 0n) return numericError('ValueError', 'negative shift count');
  if (a === 0n) return 0n;
  // `divmod_shift` (a word shift past PY_SSIZE_T_MAX / 4 is clipped), then `_PyLong_New`'s limit.
  let wordshift = b / 30n;
  let remshift = b % 30n;
  if (wordshift >= MAX_SSIZE / 4n) {
    wordshift = MAX_SSIZE / 4n;
    remshift = 0n;
  }
  const digits = BigInt(Math.ceil(bitLength(a) / 30)) + wordshift + (remshift !== 0n ? 1n : 0n);
  if (digits > MAX_LONG_DIGITS) return numericError('OverflowError', 'too many digits in integer');
  // A result the host cannot hold throws RangeError: the caller's MemoryError (CPython's failed malloc).
  return a << b;
}

/** `MAX_LONG_DIGITS`: the most 30-bit digits an int object's size can count. */
const MAX_LONG_DIGITS = (MAX_SSIZE - 24n) / 4n;

/**
 * `a >> b`: huge shifts give 0 or -1.
 *
 * @see CPython 3.8 Objects/longobject.c long_rshift
 */
export function intRshift(a: bigint, b: bigint): NumericResult<bigint> {
  if (b < 0n) return numericError('ValueError', 'negative shift count');
  if (b >= BigInt(bitLength(a)) + 1n) return a < 0n ? -1n : 0n;
  return a >> b;
}

/**
 * `a ** b` for `b >= 0` (a negative exponent gives a float: see `floatPow`).
 *
 * @see CPython 3.8 Objects/longobject.c long_pow
 */
export function intPowNonNegative(a: bigint, b: bigint): bigint {
  if (b === 0n) return 1n;
  if (a === 0n || a === 1n) return a;
  if (a === -1n) return b % 2n === 0n ? 1n : -1n;
  return a ** b;
}
