/**
 * Comparison, hashing and truth: `PyObject_RichCompare`, `PyObject_Hash`, `PyObject_IsTrue`.
 * Mirrors CPython 3.8 Objects/object.c `do_richcompare`.
 * @module
 */
import { pointerHash } from '../hash/pointer-hash.ts';
import { False, True, newBool } from '../objects/int.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import * as E from '../objects/exceptions.ts';
import { raiseMessage, typeError } from './errors.ts';
import { enterRecursiveCall, leaveRecursiveCall } from './thread-state.ts';
import { decref, type PyObject } from './object.ts';
import { tpName } from './type-name.ts';

/** Comparison operators in CPython's numbering (`Py_LT` .. `Py_GE`). */
export const LT = 0;
export const LE = 1;
export const EQ = 2;
export const NE = 3;
export const GT = 4;
export const GE = 5;

/** The operator as Python spells it, by number. */
export const COMPARE_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** `_Py_SwappedOp`: the operator with its operands exchanged. */
export const SWAPPED_OP = [GT, GE, EQ, NE, LT, LE] as const;

/** `PyObject_RichCompare`: a new reference. */
export function richCompare(v: PyObject, w: PyObject, op: number): PyObject {
  const overflow = enterRecursiveCall(' in comparison');
  if (overflow !== null) throw raiseMessage(E.RecursionError, overflow);
  try {
    return doRichCompare(v, w, op);
  } finally {
    leaveRecursiveCall();
  }
}

/** `do_richcompare`. */
function doRichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  const vt = v.type;
  const wt = w.type;
  let checkedReverse = false;
  if (vt !== wt && wt.isSubtype(vt) && wt.richcompare !== undefined) {
    checkedReverse = true;
    const res = wt.richcompare(w, v, SWAPPED_OP[op] as number);
    if (res !== NotImplemented) return res;
    decref(res);
  }
  if (vt.richcompare !== undefined) {
    const res = vt.richcompare(v, w, op);
    if (res !== NotImplemented) return res;
    decref(res);
  }
  if (!checkedReverse && wt.richcompare !== undefined) {
    const res = wt.richcompare(w, v, SWAPPED_OP[op] as number);
    if (res !== NotImplemented) return res;
    decref(res);
  }
  if (op === EQ) return newBool(v === w);
  if (op === NE) return newBool(v !== w);
  throw typeError(`'${COMPARE_SYMBOLS[op] ?? '?'}' not supported between instances of '${tpName(vt)}' and '${tpName(wt)}'`);
}

/** `PyObject_RichCompareBool`: identity implies equality. */
export function richCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === EQ) return true;
    if (op === NE) return false;
  }
  const res = richCompare(v, w, op);
  if (res === True) {
    decref(res);
    return true;
  }
  if (res === False) {
    decref(res);
    return false;
  }
  try {
    return isTrue(res);
  } finally {
    decref(res);
  }
}

/** `PyObject_IsTrue`. */
export function isTrue(v: PyObject): boolean {
  if (v === True) return true;
  if (v === False || v === None) return false;
  const type = v.type;
  if (type.nbBool !== undefined) return type.nbBool(v);
  if (type.length !== undefined) return type.length(v) !== 0;
  return true;
}

/**
 * `PyObject_IsTrue(v)` then `Py_DECREF(v)`: the truth of a result the caller owns, which is
 * released even when its `__bool__` or `__len__` raises.
 *
 * @param v - the object (stolen).
 * @see CPython 3.8 Objects/object.c PyObject_IsTrue
 */
export function isTrueStealing(v: PyObject): boolean {
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

/** `PyObject_Hash`: the hash as a signed 64-bit bigint. */
export function hashObject(v: PyObject): bigint {
  const hash = v.type.hash;
  if (hash === undefined) throw typeError(`unhashable type: '${tpName(v.type)}'`);
  return hash(v);
}

/** `_Py_HashPointer`: the default hash of an object, from its address. */
export function identityHash(v: PyObject): bigint {
  return pointerHash(BigInt(v.address));
}
