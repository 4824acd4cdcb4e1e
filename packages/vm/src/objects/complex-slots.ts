/**
 * The slots of `complex`: arithmetic with ints and floats converted as `TO_COMPLEX` does, the
 * TypeErrors of floor division and modulo, `**` with CPython's errno rules, equality (no
 * ordering), hash, repr, `complex()` and the `real` / `imag` / `conjugate` attributes. Mirrors
 * CPython 3.8 Objects/complexobject.c.
 * `complex.__format__` follows Python/formatter_unicode.c `format_complex_internal`.
 * @module
 */
import { complexAdd, complexDiv, complexMul, complexPow, complexSub, type Complex } from '../numeric/complex-arith.ts';
import { libmHypot } from '../numeric/libm-hypot.ts';
import { complexHash } from '../hash/numeric-hash.ts';
import { complexRepr } from '../repr/complex-repr.ts';
import { intAsDouble, ownRepr, raiseNumeric, toFloat, unwrapNumeric, warnStrictSubclassResult } from '../runtime/abstract-number.ts';
import { newTupleStealing } from './tuple.ts';
import { str } from '../runtime/abstract-object.ts';
import { isFormatError } from '../format/format-error.ts';
import { formatComplex } from '../format/format-complex.ts';
import { lookupSpecial } from '../runtime/attributes.ts';
import { callNoArgs } from '../runtime/call.ts';
import { overflowError, typeError, valueError } from '../runtime/errors.ts';
import { assert } from '../internal/assert.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { decref, incref, type BinarySlot, type PyObject, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { addReadonlyMembers } from './getset.ts';
import { PyComplex, complexType, newComplex } from './complex.ts';
import { PyFloat, newFloat } from './float.ts';
import { compareDouble } from './float-slots.ts';
import { PyInt, newBool, newInt } from './int.ts';
import { complexFromText } from './number-parse.ts';
import { None, newNotImplemented } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { tpName } from '../runtime/type-name.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** `TO_COMPLEX`: the value of a complex, float or int; null for other types (NotImplemented). */
export function toComplexValue(o: PyObject): Complex | null {
  if (o instanceof PyComplex) return { real: o.real, imag: o.imag };
  if (o instanceof PyFloat) return { real: o.value, imag: 0 };
  if (o instanceof PyInt) return { real: intAsDouble(o.value), imag: 0 };
  return null;
}

function complexBinary(op: (a: Complex, b: Complex) => PyObject): BinarySlot {
  return (v, w) => {
    const a = toComplexValue(v);
    if (a === null) return newNotImplemented();
    const b = toComplexValue(w);
    if (b === null) return newNotImplemented();
    return op(a, b);
  };
}

/** The small int 0, static (its reference count never matters). */
const ZERO: PyObject = newInt(0);

/** The value of a complex the slot was installed on (its type guarantees the class). */
function complexOf(o: PyObject): PyComplex {
  assert(o instanceof PyComplex, 'complex slot on a non-complex');
  return o;
}

const fromValue = (c: Complex): PyObject => newComplex(c.real, c.imag);

/** `complex_pow(v, w, z)`. */
export function complexPower(v: PyObject, w: PyObject, z: PyObject): PyObject {
  const a = toComplexValue(v);
  if (a === null) return newNotImplemented();
  const b = toComplexValue(w);
  if (b === null) return newNotImplemented();
  if (z !== None) throw valueError('complex modulo');
  return fromValue(unwrapNumeric(complexPow(a, b)));
}

complexType.nb.add = complexBinary((a, b) => fromValue(complexAdd(a, b)));
complexType.nb.subtract = complexBinary((a, b) => fromValue(complexSub(a, b)));
complexType.nb.multiply = complexBinary((a, b) => fromValue(complexMul(a, b)));
complexType.nb.true_divide = complexBinary((a, b) => fromValue(unwrapNumeric(complexDiv(a, b))));
complexType.nb.floor_divide = () => {
  throw typeError("can't take floor of complex number.");
};
complexType.nb.remainder = () => {
  throw typeError("can't mod complex numbers.");
};
complexType.nb.divmod = () => {
  throw typeError("can't take floor or mod of complex number.");
};
complexType.nb.power = (v, w) => complexPower(v, w, None);
complexType.nbPower = complexPower;

/** `complex_pos`: the complex itself when exact, else an exact copy. */
function complexExact(self: PyObject): PyObject {
  if (self.type === complexType) return incref(self);
  const c = complexOf(self);
  return newComplex(c.real, c.imag);
}

/** `abs(z)` (`complex_abs`): OverflowError "absolute value too large" when finite parts overflow. */
export function complexAbs(real: number, imag: number): number {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    if (Math.abs(real) === Infinity || Math.abs(imag) === Infinity) return Infinity;
    return NaN;
  }
  const r = libmHypot(real, imag);
  if (r === Infinity) throw overflowError('absolute value too large');
  return r;
}

complexType.nbNegative = (self) => {
  const c = complexOf(self);
  return newComplex(-c.real, -c.imag);
};
complexType.nbPositive = complexExact;
complexType.nbAbsolute = (self) => {
  const c = complexOf(self);
  return newFloat(complexAbs(c.real, c.imag));
};
complexType.nbBool = (self) => {
  const c = complexOf(self);
  return c.real !== 0 || c.imag !== 0;
};
complexType.nbInt = () => {
  throw typeError("can't convert complex to int");
};
complexType.nbFloat = () => {
  throw typeError("can't convert complex to float");
};

complexType.richcompare = (v, w, op) => {
  if ((op !== 2 && op !== 3) || !(v instanceof PyComplex)) return newNotImplemented();
  let equal: boolean;
  if (w instanceof PyInt) {
    if (v.imag === 0) return newBool(compareDouble(v.real, w, op) === true);
    equal = false;
  } else if (w instanceof PyFloat) {
    equal = v.real === w.value && v.imag === 0;
  } else if (w instanceof PyComplex) {
    equal = v.real === w.real && v.imag === w.imag;
  } else {
    return newNotImplemented();
  }
  return newBool(equal === (op === 2));
};
complexType.hash = (self) => {
  const c = complexOf(self);
  return complexHash(c.real, c.imag);
};
complexType.repr = (self) => {
  const c = complexOf(self);
  return newStr(complexRepr(c.real, c.imag));
};

/** Allocates an instance of a complex subclass (`complex_subtype_from_doubles`). */
export function newComplexOfType(type: PyType, real: number, imag: number): PyComplex {
  if (type === complexType) return newComplex(real, imag);
  const o = new PyComplex(type, real, imag, allocateAddress(type));
  if (type.isHeapType) incref(type);
  return o;
}

/** `try_complex_special_method`: `__complex__` (no built-in type of 3.8 defines it). */
function tryComplexSpecial(o: PyObject): PyObject | null {
  if (!o.type.isHeapType) return null;
  const f = lookupSpecial(o, '__complex__');
  if (f === null) return null;
  let res: PyObject;
  try {
    res = callNoArgs(f);
  } finally {
    decref(f);
  }
  if (!(res instanceof PyComplex)) {
    decref(res);
    throw typeError(`__complex__ returned non-complex (type ${tpName(res.type)})`);
  }
  if (res.type !== complexType) {
    // Issue #29894: a strict subclass is accepted with a DeprecationWarning.
    try {
      warnStrictSubclassResult('__complex__', res, 'complex');
    } catch (e) {
      decref(res);
      throw e;
    }
  }
  return res;
}

function hasNumber(o: PyObject): boolean {
  return o.type.nbFloat !== undefined || o.type.nbIndex !== undefined;
}

/** `float(o)` as a double. */
function realPart(o: PyObject): number {
  const f = toFloat(o);
  try {
    assert(f instanceof PyFloat, 'float() returned a non-float');
    return f.value;
  } finally {
    decref(f);
  }
}

/** `complex_new_impl(type, r, i)`: a new reference. */
export function complexFromArgs(type: PyType, r: PyObject | undefined, i: PyObject | undefined): PyObject {
  // The default real part is the (static) small int 0.
  if (r === undefined) r = ZERO;
  if (r.type === complexType && i === undefined && type === complexType) return incref(r);
  if (r instanceof PyStr) {
    if (i !== undefined) throw typeError("complex() can't take second arg if first is a string");
    const c = complexFromText(r.value, ownRepr(r));
    return newComplexOfType(type, c.real, c.imag);
  }
  if (i !== undefined && i instanceof PyStr) throw typeError("complex() second arg can't be a string");
  const special = tryComplexSpecial(r);
  const rr = special ?? r;
  try {
    if (!hasNumber(rr)) throw typeError(`complex() first argument must be a string or a number, not '${tpName(rr.type)}'`);
    if (i !== undefined && !hasNumber(i)) throw typeError(`complex() second argument must be a number, not '${tpName(i.type)}'`);
    let cr: Complex;
    let crIsComplex = false;
    if (rr instanceof PyComplex) {
      cr = { real: rr.real, imag: rr.imag };
      crIsComplex = true;
    } else {
      cr = { real: realPart(rr), imag: 0 };
    }
    let ci: Complex;
    let ciIsComplex = false;
    if (i === undefined) ci = { real: cr.imag, imag: 0 };
    else if (i instanceof PyComplex) {
      ci = { real: i.real, imag: i.imag };
      ciIsComplex = true;
    } else ci = { real: realPart(i), imag: 0 };
    let real = cr.real;
    let imag = ci.real;
    if (ciIsComplex) real -= ci.imag;
    if (crIsComplex && i !== undefined) imag += cr.imag;
    return newComplexOfType(type, real, imag);
  } finally {
    if (special !== null) decref(special);
  }
}

complexType.new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > 2) throw typeError(`complex() takes at most 2 arguments (${args.length} given)`);
  let r: PyObject | undefined = npos >= 1 ? args[0] : undefined;
  let i: PyObject | undefined = npos >= 2 ? args[1] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames?.[k] ?? '';
    const value = args[npos + k];
    if (name === 'real') {
      if (r !== undefined) throw typeError("argument for complex() given by name ('real') and position (1)");
      r = value;
    } else if (name === 'imag') {
      if (i !== undefined) throw typeError("argument for complex() given by name ('imag') and position (2)");
      i = value;
    } else {
      throw typeError(`'${name}' is an invalid keyword argument for complex()`);
    }
  }
  return complexFromArgs(type, r, i);
};

addMethods(complexType, [
  // `complex_methods` order.
  {
    name: 'conjugate',
    kind: 'noargs',
    impl: (self) => {
      const c = complexOf(self);
      return newComplex(c.real, -c.imag);
    },
  },
  {
    name: '__getnewargs__',
    kind: 'noargs',
    impl: (self) => {
      const c = complexOf(self);
      return newTupleStealing([newFloat(c.real), newFloat(c.imag)]);
    },
  },
  {
    name: '__format__',
    // METH_VARARGS parsed by PyArg_ParseTuple("U:__format__"), whose messages differ from METH_O's.
    kind: 'fast',
    impl: (self, args) => {
      if (args.length !== 1) throw typeError(`__format__() takes exactly 1 argument (${args.length} given)`);
      const spec = args[0] as PyObject;
      if (!(spec instanceof PyStr)) throw typeError(`__format__() argument 1 must be str, not ${argTypeName(spec)}`);
      if (spec.value === '') return str(self);
      const c = complexOf(self);
      const r = formatComplex(c.real, c.imag, spec.value, self.type.name);
      if (isFormatError(r)) throw raiseNumeric(r);
      return newStr(r);
    },
  },
]);
// `complex_members`: READONLY T_DOUBLE members.
addReadonlyMembers(complexType, [
  { name: 'real', read: (self) => newFloat(complexOf(self).real), doc: 'the real part of a complex number' },
  { name: 'imag', read: (self) => newFloat(complexOf(self).imag), doc: 'the imaginary part of a complex number' },
]);
