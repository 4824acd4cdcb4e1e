/**
 * The slots of `float`: arithmetic with ints converted exactly or with OverflowError
 * (`CONVERT_TO_DOUBLE`), CPython's division, modulo and power rules (a negative base with a
 * fractional exponent gives a complex), comparison with ints by exact value, hash, repr and
 * `float()`. Mirrors CPython 3.8 Objects/floatobject.c (`float_add` ... `float_pow`,
 * `float_richcompare`, `float_new_impl`, `float_subtype_new`, `float___trunc___impl`).
 * @module
 */
import { complexPow } from '../numeric/complex-arith.ts';
import { floatDiv, floatDivmod, floatFloorDiv, floatMod, floatPow } from '../numeric/float-arith.ts';
import { isNumericError } from '../numeric/numeric-result.ts';
import { floatHash } from '../hash/numeric-hash.ts';
import { floatRepr } from '../repr/float-repr.ts';
import { erangeOverflow, floatFromStringObject, intAsDouble, raiseNumeric, toFloat, unwrapNumeric } from '../runtime/abstract-number.ts';
import { overflowError, typeError, valueError } from '../runtime/errors.ts';
import { assert } from '../internal/assert.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { decref, incref, type BinarySlot, type PyObject, type PyType } from '../runtime/object.ts';
import { newComplex } from './complex.ts';
import { PyFloat, floatType, newFloat } from './float.ts';
import { PyInt, newBool, newInt, type IntValue } from './int.ts';
import { None, newNotImplemented } from './singletons.ts';
import { PyStr, newStr, strType } from './str.ts';
import { newTupleStealing } from './tuple.ts';

/** The value of a float the slot was installed on (its type guarantees the class). */
export function floatValueOf(o: PyObject): number {
  assert(o instanceof PyFloat, 'float slot on a non-float');
  return o.value;
}

/** `CONVERT_TO_DOUBLE`: a float's or int's value, or null for other types (NotImplemented). */
export function convertToDouble(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intAsDouble(o.value);
  return null;
}

function floatBinary(op: (a: number, b: number) => PyObject): BinarySlot {
  return (v, w) => {
    const a = convertToDouble(v);
    if (a === null) return newNotImplemented();
    const b = convertToDouble(w);
    if (b === null) return newNotImplemented();
    return op(a, b);
  };
}

/** `v ** w` for doubles as `float_pow` gives it: a float, or a complex for a negative base and fractional exponent. */
export function floatPowValue(v: number, w: number): PyObject {
  const r = floatPow(v, w);
  if (r === 'complex') {
    return complexResult(complexPow({ real: v, imag: 0 }, { real: w, imag: 0 }));
  }
  if (isNumericError(r)) {
    if (r.error === 'OverflowError') throw erangeOverflow();
    throw raiseNumeric(r);
  }
  return newFloat(r);
}

function complexResult(r: ReturnType<typeof complexPow>): PyObject {
  const c = unwrapNumeric(r);
  return newComplex(c.real, c.imag);
}

/** `float_pow(v, w, z)`. */
export function floatPower(v: PyObject, w: PyObject, z: PyObject): PyObject {
  if (z !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  const a = convertToDouble(v);
  if (a === null) return newNotImplemented();
  const b = convertToDouble(w);
  if (b === null) return newNotImplemented();
  return floatPowValue(a, b);
}

floatType.nb.add = floatBinary((a, b) => newFloat(a + b));
floatType.nb.subtract = floatBinary((a, b) => newFloat(a - b));
floatType.nb.multiply = floatBinary((a, b) => newFloat(a * b));
floatType.nb.true_divide = floatBinary((a, b) => newFloat(unwrapNumeric(floatDiv(a, b))));
floatType.nb.floor_divide = floatBinary((a, b) => newFloat(unwrapNumeric(floatFloorDiv(a, b))));
floatType.nb.remainder = floatBinary((a, b) => newFloat(unwrapNumeric(floatMod(a, b))));
floatType.nb.divmod = floatBinary((a, b) => {
  const [q, r] = unwrapNumeric(floatDivmod(a, b));
  return newTupleStealing([newFloat(q), newFloat(r)]);
});
floatType.nb.power = (v, w) => floatPower(v, w, None);
floatType.nbPower = floatPower;

/** `float_float`: the float itself when exact, else an exact copy. */
export function floatExact(self: PyObject): PyObject {
  if (self.type === floatType) return incref(self);
  return newFloat(floatValueOf(self));
}

floatType.nbNegative = (self) => newFloat(-floatValueOf(self));
floatType.nbPositive = floatExact;
floatType.nbAbsolute = (self) => newFloat(Math.abs(floatValueOf(self)));
floatType.nbBool = (self) => floatValueOf(self) !== 0;
floatType.nbFloat = floatExact;

/** `PyLong_FromDouble` of an integral double (the whole part already taken). */
export function intValueFromDouble(x: number): IntValue {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** `float.__trunc__` / `int(x)` for a float: a new int. */
export function floatTrunc(self: PyObject): PyObject {
  return newInt(intValueFromDouble(floatValueOf(self)));
}
floatType.nbInt = floatTrunc;

/** Compares a double with a double or an int by exact value (`float_richcompare`); null for other types. */
export function compareDouble(i: number, w: PyObject, op: number): boolean | null {
  let j: number | bigint;
  if (w instanceof PyFloat) j = w.value;
  else if (w instanceof PyInt) j = w.value; // JS compares a number with a bigint by exact value
  else return null;
  switch (op) {
    case 0: return i < j;
    case 1: return i <= j;
    case 2: return i == j;
    case 3: return i != j;
    case 4: return i > j;
    default: return i >= j;
  }
}

floatType.richcompare = (v, w, op) => {
  if (!(v instanceof PyFloat)) return newNotImplemented();
  const r = compareDouble(v.value, w, op);
  return r === null ? newNotImplemented() : newBool(r);
};
floatType.hash = (self) => floatHash(floatValueOf(self));
floatType.repr = (self) => newStr(floatRepr(floatValueOf(self)));

/** `float_new_impl` for exact float: `float()` or `float(x)`. A new reference. */
export function floatFromArg(x: PyObject | undefined): PyObject {
  if (x === undefined) return newFloat(0);
  if (x instanceof PyStr && x.type === strType) return floatFromStringObject(x);
  return toFloat(x);
}

/** Allocates an instance of a float subclass with this value (`float_subtype_new`). */
export function newFloatOfType(type: PyType, value: number): PyFloat {
  if (type === floatType) return newFloat(value);
  const o = new PyFloat(type, value, allocateAddress(type));
  if (type.isHeapType) incref(type);
  return o;
}

floatType.new = (type, args, kwnames) => {
  // Clinic refuses keywords only for float itself: a subclass's `__init__` may take them.
  const npos = args.length - (kwnames?.length ?? 0);
  if (type === floatType && npos < args.length) throw typeError('float() takes no keyword arguments');
  if (npos > 1) throw typeError(`float expected at most 1 argument, got ${npos}`);
  const tmp = floatFromArg(npos > 0 ? args[0] : undefined);
  if (type === floatType) return tmp;
  const value = floatValueOf(tmp);
  decref(tmp);
  return newFloatOfType(type, value);
};
