/**
 * Binary and unary arithmetic on numeric constants (bool, int, float, complex) with Python's
 * coercion rules: bool acts as int, int widens to float and complex, and mixed operations take
 * the wider type. Used by the AST optimiser; mirrors CPython 3.8's `PyNumber_*` dispatch over
 * Objects/{boolobject,longobject,floatobject,complexobject}.c.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import type { operator } from '../parser/ast.ts';
import { complexAdd, complexDiv, complexMul, complexNeg, complexPow, complexSub, type Complex } from '../numeric/complex-arith.ts';
import { floatDiv, floatFloorDiv, floatMod, floatPow } from '../numeric/float-arith.ts';
import { intFloorDiv, intLshift, intMod, intPowNonNegative, intRshift } from '../numeric/int-arith.ts';
import { intToFloat, intTrueDivide } from '../numeric/int-to-float.ts';
import { isNumericError, type NumericResult } from '../numeric/numeric-result.ts';

/** A constant of a numeric type (bool included). */
export type NumericConstant = Extract<Constant, { kind: 'bool' | 'int' | 'float' | 'complex' }>;

/** Whether `c` is a bool, int, float or complex. */
export function isNumeric(c: Constant): c is NumericConstant {
  return c.kind === 'bool' || c.kind === 'int' || c.kind === 'float' || c.kind === 'complex';
}

/** The int value of a bool or int. */
export function intValue(c: Extract<Constant, { kind: 'bool' | 'int' }>): bigint {
  return c.kind === 'bool' ? (c.value ? 1n : 0n) : c.value;
}

function int(value: bigint): Constant {
  return { kind: 'int', value };
}
function float(value: number): Constant {
  return { kind: 'float', value };
}
function complex(value: Complex): Constant {
  return { kind: 'complex', real: value.real, imag: value.imag };
}

/** A numeric constant other than complex. */
type RealConstant = Extract<Constant, { kind: 'bool' | 'int' | 'float' }>;

/** `float(c)` for a bool, int or float (CPython's `CONVERT_TO_DOUBLE`). */
function toFloat(c: RealConstant): NumericResult<number> {
  return c.kind === 'float' ? c.value : intToFloat(intValue(c));
}

/** `complex(c)` (CPython's `TO_COMPLEX`). */
function toComplex(c: NumericConstant): NumericResult<Complex> {
  if (c.kind === 'complex') return { real: c.real, imag: c.imag };
  const real = toFloat(c);
  return isNumericError(real) ? real : { real, imag: 0 };
}

/** Lifts a numeric result into a constant, or null when the operation raised. */
function lift<T>(r: NumericResult<T>, make: (v: T) => Constant): Constant | null {
  return isNumericError(r) ? null : make(r);
}

/**
 * `a <op> b` for numeric constants, or null when Python raises (ZeroDivisionError, OverflowError,
 * TypeError for complex floor division, ...). Size limits are the caller's business.
 *
 * @see CPython 3.8 Objects/abstract.c binary_op1
 */
export function numericBinary(op: operator, a: NumericConstant, b: NumericConstant): Constant | null {
  if (a.kind === 'complex' || b.kind === 'complex') return complexBinary(op, a, b);
  if (a.kind === 'float' || b.kind === 'float') return floatBinary(op, a, b);
  return intBinary(op, a, b);
}

function intBinary(op: operator, ac: Extract<Constant, { kind: 'bool' | 'int' }>, bc: Extract<Constant, { kind: 'bool' | 'int' }>): Constant | null {
  const a = intValue(ac);
  const b = intValue(bc);
  const bothBool = ac.kind === 'bool' && bc.kind === 'bool';
  switch (op) {
    case 'Add':
      return int(a + b);
    case 'Sub':
      return int(a - b);
    case 'Mult':
      return int(a * b);
    case 'Div':
      return lift(intTrueDivide(a, b), float);
    case 'FloorDiv':
      return lift(intFloorDiv(a, b), int);
    case 'Mod':
      return lift(intMod(a, b), int);
    case 'Pow':
      if (b >= 0n) return int(intPowNonNegative(a, b));
      return floatBinary(op, ac, bc);
    case 'LShift':
      return lift(intLshift(a, b), int);
    case 'RShift':
      return lift(intRshift(a, b), int);
    case 'BitOr':
      return bothBool ? { kind: 'bool', value: (a | b) !== 0n } : int(a | b);
    case 'BitXor':
      return bothBool ? { kind: 'bool', value: (a ^ b) !== 0n } : int(a ^ b);
    case 'BitAnd':
      return bothBool ? { kind: 'bool', value: (a & b) !== 0n } : int(a & b);
    case 'MatMult':
      return null;
  }
}

function floatBinary(op: operator, ac: RealConstant, bc: RealConstant): Constant | null {
  const a = toFloat(ac);
  const b = toFloat(bc);
  if (isNumericError(a) || isNumericError(b)) return null;
  switch (op) {
    case 'Add':
      return float(a + b);
    case 'Sub':
      return float(a - b);
    case 'Mult':
      return float(a * b);
    case 'Div':
      return lift(floatDiv(a, b), float);
    case 'FloorDiv':
      return lift(floatFloorDiv(a, b), float);
    case 'Mod':
      return lift(floatMod(a, b), float);
    case 'Pow': {
      const r = floatPow(a, b);
      if (r === 'complex') return lift(complexPow({ real: a, imag: 0 }, { real: b, imag: 0 }), complex);
      return lift(r, float);
    }
    case 'LShift':
    case 'RShift':
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd':
    case 'MatMult':
      return null;
  }
}

function complexBinary(op: operator, ac: NumericConstant, bc: NumericConstant): Constant | null {
  const a = toComplex(ac);
  const b = toComplex(bc);
  if (isNumericError(a) || isNumericError(b)) return null;
  switch (op) {
    case 'Add':
      return complex(complexAdd(a, b));
    case 'Sub':
      return complex(complexSub(a, b));
    case 'Mult':
      return complex(complexMul(a, b));
    case 'Div':
      return lift(complexDiv(a, b), complex);
    case 'Pow':
      return lift(complexPow(a, b), complex);
    case 'FloorDiv':
    case 'Mod':
    case 'LShift':
    case 'RShift':
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd':
    case 'MatMult':
      return null;
  }
}

/** `-c` for a numeric constant (`bool` gives `int`). */
export function numericNegative(c: NumericConstant): Constant {
  switch (c.kind) {
    case 'bool':
    case 'int':
      return int(-intValue(c));
    case 'float':
      return float(-c.value);
    case 'complex':
      return complex(complexNeg(c));
  }
}

/** `+c` for a numeric constant (`bool` gives `int`). */
export function numericPositive(c: NumericConstant): Constant {
  return c.kind === 'bool' ? int(intValue(c)) : c;
}
