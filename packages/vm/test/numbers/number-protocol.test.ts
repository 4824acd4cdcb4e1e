// The number protocol and the numeric types' slots, called directly (no interpreter needed).
// Expected values come from CPython 3.8.18.
import { beforeAll, describe, expect, it } from 'vitest';
import '../../src/objects/numbers.ts';
import { bootVm } from '../../src/runtime/bootstrap.ts';
import { PyRaise } from '../../src/runtime/errors.ts';
import type { PyObject } from '../../src/runtime/object.ts';
import { reprText } from '../../src/runtime/abstract-object.ts';
import { richCompareBool } from '../../src/runtime/abstract-compare.ts';
import { absolute, binaryOp, divmod, inplaceOp, power3, toFloat, toInt, unaryOp, type BinaryOpKey } from '../../src/runtime/abstract-number.ts';
import { False, True, boolType, intType, newInt } from '../../src/objects/int.ts';
import { floatType, newFloat } from '../../src/objects/float.ts';
import { complexType, newComplex } from '../../src/objects/complex.ts';
import { None } from '../../src/objects/singletons.ts';
import { PyStr, newStr } from '../../src/objects/str.ts';
import { PyBytes, newBytes } from '../../src/objects/bytes.ts';
import { strRepr } from '../../src/repr/str-repr.ts';
import { bytesRepr } from '../../src/repr/bytes-repr.ts';
import { PyTuple } from '../../src/objects/tuple.ts';
import { doubleRound, floatFromHex, floatHex } from '../../src/objects/float-methods.ts';
import { intRoundMethod, intToBytesMethod } from '../../src/objects/int-methods.ts';

beforeAll(() => {
  bootVm();
});

/** repr(o), with str and bytes shown directly (their slots belong to the core, maybe not loaded). */
function show(o: PyObject): string {
  if (o instanceof PyStr) return strRepr(o.value);
  if (o instanceof PyBytes) return bytesRepr(o.value);
  return reprText(o);
}

/** The repr of a result, or "Name: message" / "Name: (args)" for a raised exception. */
function run(f: () => PyObject): string {
  try {
    const r = f();
    if (r instanceof PyTuple) return `(${r.items.map((o) => show(o)).join(', ')})`;
    return show(r);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    const args = (e.value.args as PyTuple).items.map((o) => show(o));
    return `${e.value.type.name}: ${args.length === 1 ? (args[0] ?? '').slice(1, -1) : `(${args.join(', ')})`}`;
  }
}

const I = (v: number | bigint) => newInt(v);
const F = (v: number) => newFloat(v);
const S = (v: string) => newStr(v);
const op = (a: PyObject, b: PyObject, o: BinaryOpKey) => run(() => binaryOp(a, b, o));

describe('binary operators', () => {
  it.each([
    [I(7), I(2), 'add', '9'],
    [I(2 ** 53 - 1), I(2), 'add', '9007199254740993'],
    [I(2 ** 40), I(2 ** 40), 'multiply', '1208925819614629174706176'],
    [I(-7), I(2), 'floor_divide', '-4'],
    [I(5), I(-3), 'remainder', '-1'],
    [I(-5), I(3), 'floor_divide', '-2'],
    [I(1), I(0), 'true_divide', 'ZeroDivisionError: division by zero'],
    [I(1), I(0), 'floor_divide', 'ZeroDivisionError: integer division or modulo by zero'],
    [I(1), I(0), 'remainder', 'ZeroDivisionError: integer division or modulo by zero'],
    [I(2n ** 1100n), I(1), 'true_divide', 'OverflowError: integer division result too large for a float'],
    [I(2n ** 1100n), I(3n ** 700n), 'true_divide', '0.0014064261301652214'],
    [I(1), I(2n ** 1100n), 'true_divide', '0.0'],
    [I(1), I(-1), 'lshift', 'ValueError: negative shift count'],
    [I(1), I(2n ** 70n), 'lshift', 'OverflowError: too many digits in integer'],
    [I(-1), I(100), 'rshift', '-1'],
    [I(3), I(100), 'lshift', '3802951800684688204490109616128'],
    [I(-6), I(2n ** 64n + 3n), 'and', '18446744073709551618'],
    [I(1), S('a'), 'add', "TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
    [I(1), S('a'), 'divmod', "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'"],
    [I(1), S('a'), 'power', "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'"],
    [F(1), S('a'), 'matrix_multiply', "TypeError: unsupported operand type(s) for @: 'float' and 'str'"],
    [I(2), F(0.5), 'power', '1.4142135623730951'],
    [I(-2), F(0.5), 'power', '(8.659560562354934e-17+1.4142135623730951j)'],
    [F(-8), F(1 / 3), 'power', '(1.0000000000000002+1.7320508075688772j)'],
    [I(0), I(-1), 'power', 'ZeroDivisionError: 0.0 cannot be raised to a negative power'],
    [F(2), I(10000), 'power', "OverflowError: (34, 'Numerical result out of range')"],
    [F(10), I(-400), 'power', '0.0'],
    [F(1e308), I(10), 'multiply', 'inf'],
    [F(1), I(0), 'true_divide', 'ZeroDivisionError: float division by zero'],
    [F(1), I(0), 'floor_divide', 'ZeroDivisionError: float divmod()'],
    [F(1), I(0), 'remainder', 'ZeroDivisionError: float modulo'],
    [F(5.5), I(-2), 'remainder', '-0.5'],
    [F(-0.0), I(5), 'remainder', '0.0'],
    [F(-7.5), I(2), 'divmod', '(-4.0, 0.5)'],
    [I(2n ** 1100n), F(1), 'add', 'OverflowError: int too large to convert to float'],
    [True, True, 'add', '2'],
    [True, False, 'and', 'False'],
    [True, I(5), 'or', '5'],
    [newComplex(0, 1), I(1), 'floor_divide', "TypeError: can't take floor of complex number."],
    [newComplex(0, 1), I(1), 'remainder', "TypeError: can't mod complex numbers."],
    [newComplex(0, 1), I(1), 'divmod', "TypeError: can't take floor or mod of complex number."],
    [newComplex(0, 0), I(-1), 'power', 'ZeroDivisionError: 0.0 to a negative or complex power'],
    [newComplex(1, 2), F(0.5), 'true_divide', '(2+4j)'],
    [I(7), I(2), 'divmod', '(3, 1)'],
  ] as [PyObject, PyObject, BinaryOpKey, string][])('case %#', (a, b, o, expected) => {
    expect(op(a, b, o)).toBe(expected);
  });

  it('in-place operators fall back to the binary slots and name the augmented operator', () => {
    expect(run(() => inplaceOp(I(1), I(2), 'add'))).toBe('3');
    expect(run(() => inplaceOp(I(1), S('a'), 'add'))).toBe("TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
    expect(run(() => inplaceOp(I(1), S('a'), 'power'))).toBe("TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    expect(run(() => divmod(F(1), I(0)))).toBe('ZeroDivisionError: float divmod()');
  });
});

describe('pow with a modulus', () => {
  it.each([
    [2, -1, 7, '4'],
    [2, -1, 4, 'ValueError: base is not invertible for the given modulus'],
    [2, 3, 0, 'ValueError: pow() 3rd argument cannot be 0'],
    [3, -2, 8, '1'],
    [5, 2, -7, '-3'],
    [-5, 3, 7, '1'],
  ])('pow(%s, %s, %s)', (a, b, c, expected) => {
    expect(run(() => power3(I(a), I(b), I(c)))).toBe(expected);
  });
  it('rejects floats and unknown types', () => {
    expect(run(() => power3(F(2), I(3), I(5)))).toBe('TypeError: pow() 3rd argument not allowed unless all arguments are integers');
    expect(run(() => power3(I(2), F(3), I(5)))).toBe('TypeError: pow() 3rd argument not allowed unless all arguments are integers');
    expect(run(() => power3(I(1), I(2), S('a')))).toBe("TypeError: unsupported operand type(s) for pow(): 'int', 'int', 'str'");
    expect(run(() => power3(newComplex(0, 1), I(2), I(3)))).toBe('ValueError: complex modulo');
    expect(run(() => power3(I(2), I(10), None))).toBe('1024');
  });
});

describe('unary operators', () => {
  it('negates, inverts and takes absolute values', () => {
    expect(run(() => unaryOp(True, '~'))).toBe('-2');
    expect(run(() => unaryOp(True, '-'))).toBe('-1');
    expect(run(() => unaryOp(I(-(2 ** 53)), '-'))).toBe('9007199254740992');
    expect(run(() => unaryOp(S('a'), '-'))).toBe("TypeError: bad operand type for unary -: 'str'");
    expect(run(() => unaryOp(F(1.5), '~'))).toBe("TypeError: bad operand type for unary ~: 'float'");
    expect(run(() => absolute(S('a')))).toBe("TypeError: bad operand type for abs(): 'str'");
    expect(run(() => absolute(newComplex(3, 4)))).toBe('5.0');
    expect(run(() => absolute(newComplex(1e308, 1e308)))).toBe('1.4142135623730951e+308');
    expect(run(() => absolute(F(-0.0)))).toBe('0.0');
  });
});

describe('comparison and hashing', () => {
  it('compares ints and floats exactly', () => {
    expect(richCompareBool(I(1), F(1), 2)).toBe(true);
    expect(richCompareBool(I(2n ** 53n + 1n), F(2 ** 53), 2)).toBe(false);
    expect(richCompareBool(I(2n ** 53n + 1n), F(2 ** 53), 4)).toBe(true);
    expect(richCompareBool(F(Infinity), I(10n ** 400n), 4)).toBe(true);
    expect(richCompareBool(F(-Infinity), I(-(10n ** 400n)), 0)).toBe(true);
    expect(richCompareBool(F(NaN), F(NaN), 2)).toBe(false);
    expect(richCompareBool(F(NaN), I(1), 3)).toBe(true);
    expect(richCompareBool(newComplex(1, 0), I(1), 2)).toBe(true);
    expect(run(() => { richCompareBool(newComplex(1, 0), I(1), 0); return None; })).toBe("TypeError: '<' not supported between instances of 'complex' and 'int'");
  });
  it('hashes like CPython', () => {
    expect(intType.hash?.(I(-1))).toBe(-2n);
    expect(intType.hash?.(I(2n ** 61n))).toBe(1n);
    expect(floatType.hash?.(F(1.5))).toBe(1152921504606846977n);
    expect(complexType.hash?.(newComplex(1, 2))).toBe(2000007n);
  });
});

describe('constructors', () => {
  const call = (type: typeof intType, args: PyObject[], kw: string[] | null = null) => run(() => (type.new as NonNullable<typeof type.new>)(type, args, kw));
  it.each([
    [[S('12'), I(16)], null, '18'],
    [[S(' 1_000 ')], null, '1000'],
    [[S('0x_1f'), I(0)], null, '31'],
    [[S('0_0'), I(0)], null, '0'],
    [[S('010'), I(0)], null, "ValueError: invalid literal for int() with base 0: '010'"],
    [[S('1__0')], null, "ValueError: invalid literal for int() with base 10: '1__0'"],
    [[S('x')], null, "ValueError: invalid literal for int() with base 10: 'x'"],
    [[S(' ')], null, "ValueError: invalid literal for int() with base 10: ' '"],
    [[S('\u0967\u0968')], null, '12'],
    [[newBytes(new Uint8Array([0x31, 0x20, 0x32]))], null, "ValueError: invalid literal for int() with base 10: b'1 2'"],
    [[S('12'), I(37)], null, 'ValueError: int() base must be >= 2 and <= 36, or 0'],
    [[F(1.5), I(2)], null, "TypeError: int() can't convert non-string with explicit base"],
    [[F(-3.7)], null, '-3'],
    [[F(Infinity)], null, 'OverflowError: cannot convert float infinity to integer'],
    [[F(NaN)], null, 'ValueError: cannot convert float NaN to integer'],
    [[None], null, "TypeError: int() argument must be a string, a bytes-like object or a number, not 'NoneType'"],
    [[I(1), I(2), I(3)], null, 'TypeError: int() takes at most 2 arguments (3 given)'],
    [[I(1)], ['x'], "TypeError: 'x' is an invalid keyword argument for int()"],
    [[I(2)], ['base'], 'TypeError: int() missing string argument'],
    [[S('9'.repeat(5000))], null, 'ValueError: Exceeds the limit (4300) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit'],
    [[newComplex(0, 1)], null, "TypeError: can't convert complex to int"],
  ] as [PyObject[], string[] | null, string][])('int %#', (args, kw, expected) => {
    expect(call(intType, args, kw)).toBe(expected);
  });
  it.each([
    [[S(' -InFinity ')], '-inf'],
    [[S('1_0')], '10.0'],
    [[S('1e500')], 'inf'],
    [[S('1__0')], "ValueError: could not convert string to float: '1__0'"],
    [[S('0x10')], "ValueError: could not convert string to float: '0x10'"],
    [[S('')], "ValueError: could not convert string to float: ''"],
    [[newBytes(new Uint8Array([0x78]))], "ValueError: could not convert string to float: b'x'"],
    [[None], "TypeError: float() argument must be a string or a number, not 'NoneType'"],
    [[I(2n ** 1024n)], 'OverflowError: int too large to convert to float'],
    [[I(1), I(2)], 'TypeError: float expected at most 1 argument, got 2'],
    [[newComplex(0, 1)], "TypeError: can't convert complex to float"],
  ] as [PyObject[], string][])('float %#', (args, expected) => {
    expect(call(floatType, args)).toBe(expected);
  });
  it.each([
    [[S('1+2j')], null, '(1+2j)'],
    [[S(' (1-2J) ')], null, '(1-2j)'],
    [[S('j')], null, '1j'],
    [[S('-j')], null, '-1j'],
    [[S('1e3j')], null, '1000j'],
    [[S('x')], null, 'ValueError: complex() arg is a malformed string'],
    [[S('1'), I(2)], null, "TypeError: complex() can't take second arg if first is a string"],
    [[I(1), S('2')], null, "TypeError: complex() second arg can't be a string"],
    [[None], null, "TypeError: complex() first argument must be a string or a number, not 'NoneType'"],
    [[I(1), None], null, "TypeError: complex() second argument must be a number, not 'NoneType'"],
    [[I(1), I(2)], ['real', 'imag'], '(1+2j)'],
    [[I(1)], ['foo'], "TypeError: 'foo' is an invalid keyword argument for complex()"],
    [[I(1), F(-0.0)], null, '(1-0j)'],
    [[newComplex(1, 2), newComplex(3, 4)], null, '(-3+5j)'],
  ] as [PyObject[], string[] | null, string][])('complex %#', (args, kw, expected) => {
    expect(call(complexType, args, kw)).toBe(expected);
  });
  it('bool() tests truth', () => {
    expect(call(boolType, [I(5)])).toBe('True');
    expect(call(boolType, [])).toBe('False');
    expect(call(boolType, [I(1), I(2)])).toBe('TypeError: bool expected at most 1 argument, got 2');
    expect(call(boolType, [I(1)], ['x'])).toBe('TypeError: bool() takes no keyword arguments');
    expect(reprText(False)).toBe('False');
  });
  it('toInt and toFloat', () => {
    expect(run(() => toInt(True))).toBe('1');
    expect(toInt(True).type).toBe(intType);
    expect(run(() => toFloat(I(3)))).toBe('3.0');
  });
});

describe('methods', () => {
  it('rounds floats exactly as CPython', () => {
    expect(doubleRound(0.125, 2)).toBe(0.12);
    expect(doubleRound(1234.5, -1)).toBe(1230);
    expect(Object.is(doubleRound(-0.4, 0), -0)).toBe(true);
    expect(doubleRound(2.675, 2)).toBe(2.67);
    expect(run(() => newFloat(doubleRound(1.7976931348623157e308, -308)))).toBe('OverflowError: rounded value too large to represent');
  });
  it('rounds ints to negative digits, ties to even', () => {
    expect(run(() => intRoundMethod(I(25), [I(-1)]))).toBe('20');
    expect(run(() => intRoundMethod(I(-25), [I(-1)]))).toBe('-20');
    expect(run(() => intRoundMethod(I(15), [I(-1)]))).toBe('20');
    expect(run(() => intRoundMethod(I(2n ** 70n), [I(-3)]))).toBe('1180591620717411303000');
  });
  it('writes and reads hexadecimal floats', () => {
    expect(floatHex(0.1)).toBe('0x1.999999999999ap-4');
    expect(floatHex(-0)).toBe('-0x0.0p+0');
    expect(floatHex(5e-324)).toBe('0x0.0000000000001p-1022');
    expect(floatFromHex('0x1.8p1')).toBe(3);
    expect(floatFromHex(' -0x1p-1074 ')).toBe(-5e-324);
    expect(floatFromHex('inf')).toBe(Infinity);
    expect(run(() => F(floatFromHex('0x1p1024')))).toBe('OverflowError: hexadecimal value too large to represent as a float');
    expect(run(() => F(floatFromHex('x')))).toBe('ValueError: invalid hexadecimal floating-point string');
  });
  it('converts ints to bytes', () => {
    expect(run(() => intToBytesMethod(I(255), [I(2), S('big')], null))).toBe("b'\\x00\\xff'");
    expect(run(() => intToBytesMethod(I(-1), [I(1), S('little'), True], ['signed']))).toBe("b'\\xff'");
    expect(run(() => intToBytesMethod(I(256), [I(1), S('big')], null))).toBe('OverflowError: int too big to convert');
    expect(run(() => intToBytesMethod(I(-1), [I(1), S('big')], null))).toBe("OverflowError: can't convert negative int to unsigned");
    expect(run(() => intToBytesMethod(I(5), [I(1), S('middle')], null))).toBe("ValueError: byteorder must be either 'little' or 'big'");
  });
  it('reprs', () => {
    expect(reprText(newComplex(-0, -0))).toBe('(-0-0j)');
    expect(reprText(F(1e16))).toBe('1e+16');
    expect(run(() => I(10n ** 4300n))).toBe('ValueError: Exceeds the limit (4300) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit');
  });
});
