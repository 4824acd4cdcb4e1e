/**
 * Equality and hashing of code objects: two code objects are equal when their names, argument
 * counts, flags, first line, bytecode, names and constants agree, constants being compared by
 * type as well as value. Mirrors CPython 3.8 Objects/codeobject.c `code_richcompare`,
 * `code_hash` and `_PyCode_ConstantKey`.
 * @module
 */
import { EQ, NE, hashObject, richCompareBool } from '../runtime/abstract-compare.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { PyCode, codeType } from './code.ts';
import { PyComplex, complexType } from './complex.ts';
import { PyFloat, floatType } from './float.ts';
import { frozensetType } from './set.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { Ellipsis, None, newNotImplemented } from './singletons.ts';
import { PyTuple, tupleType } from './tuple.ts';
import { boolType, intType, newBool } from './int.ts';
import { bytesType } from './bytes.ts';
import { strType } from './str.ts';

/** The sign of a zero counts (`copysign(1.0, d) < 0`). */
function sameFloat(a: number, b: number): boolean {
  return a === b && (a !== 0 || Object.is(a, b));
}

/**
 * Whether `_PyCode_ConstantKey(a) == _PyCode_ConstantKey(b)`: the same type and equal values for
 * None, ints, bools, bytes, strs and code objects, zeros told apart by sign for floats and
 * complex numbers, item by item for tuples and frozensets, identity for anything else.
 */
function constantsEqual(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const t = a.type;
  if (t !== b.type) return false;
  if (a === None || a === Ellipsis || t === intType || t === boolType || t === bytesType || t === strType || a instanceof PyCode) {
    return richCompareBool(a, b, EQ);
  }
  if (t === floatType) return sameFloat((a as PyFloat).value, (b as PyFloat).value);
  if (t === complexType) {
    const x = a as PyComplex;
    const y = b as PyComplex;
    return sameFloat(x.real, y.real) && sameFloat(x.imag, y.imag);
  }
  if (t === tupleType) {
    const xs = (a as PyTuple).items;
    const ys = (b as PyTuple).items;
    return xs.length === ys.length && xs.every((x, i) => constantsEqual(x, ys[i] as PyObject));
  }
  if (t === frozensetType) {
    const xs = iterableToArray(a);
    const ys = iterableToArray(b);
    try {
      return xs.length === ys.length && xs.every((x) => ys.some((y) => constantsEqual(x, y)));
    } finally {
      for (const o of [...xs, ...ys]) decref(o);
    }
  }
  return false;
}

/** Whether the attributes `name` of two code objects are equal (`PyObject_RichCompareBool`). */
function attrEqual(a: PyCode, b: PyCode, name: string, equal: (x: PyObject, y: PyObject) => boolean): boolean {
  const x = getAttrString(a, name);
  try {
    const y = getAttrString(b, name);
    try {
      return equal(x, y);
    } finally {
      decref(y);
    }
  } finally {
    decref(x);
  }
}

/** `code_richcompare` for `==` (true when equal). */
function codeEqual(a: PyCode, b: PyCode): boolean {
  const x = a.co;
  const y = b.co;
  const eq = (v: PyObject, w: PyObject): boolean => richCompareBool(v, w, EQ);
  return richCompareBool(a.name, b.name, EQ)
    && x.argcount === y.argcount && x.posonlyargcount === y.posonlyargcount && x.kwonlyargcount === y.kwonlyargcount
    && x.nlocals === y.nlocals && x.flags === y.flags && x.firstlineno === y.firstlineno
    && attrEqual(a, b, 'co_code', eq)
    && attrEqual(a, b, 'co_consts', constantsEqual)
    && attrEqual(a, b, 'co_names', eq) && attrEqual(a, b, 'co_varnames', eq)
    && attrEqual(a, b, 'co_freevars', eq) && attrEqual(a, b, 'co_cellvars', eq);
}

codeType.richcompare = (a, b, op) => {
  if ((op !== EQ && op !== NE) || !(a instanceof PyCode) || !(b instanceof PyCode)) return newNotImplemented();
  return newBool(codeEqual(a, b) === (op === EQ));
};

/** `code_hash`: the hashes of the name, bytecode, constants and name tuples, xored with the counts and flags. */
codeType.hash = (self) => {
  const c = self as PyCode;
  let h = hashObject(c.name);
  for (const name of ['co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars']) {
    const v = getAttrString(c, name);
    try {
      h ^= hashObject(v);
    } finally {
      decref(v);
    }
  }
  const co = c.co;
  h ^= BigInt(co.argcount) ^ BigInt(co.posonlyargcount) ^ BigInt(co.kwonlyargcount) ^ BigInt(co.nlocals) ^ BigInt(co.flags);
  return h === -1n ? -2n : h;
};
