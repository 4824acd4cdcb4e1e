/**
 * The pickling support of `range_iterator` and `longrange_iterator`: `__reduce__` gives
 * `(iter, (range(start, start + len * step, step),), index)`, `__setstate__` moves the iterator
 * to an index clipped to `[0, len]`. Mirrors CPython 3.8 Objects/rangeobject.c
 * `rangeiter_reduce`, `rangeiter_setstate`, `longrangeiter_reduce`, `longrangeiter_setstate`.
 * @module
 */
import { LT, richCompareBool } from '../runtime/abstract-compare.ts';
import { longValue } from '../runtime/abstract-number.ts';
import { overflowError, typeError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { getBuiltinId } from './builtin-id.ts';
import { PyInt, newInt } from './int.ts';
import { PyRangeIter, longRangeIteratorType, newRangeFromValues, rangeIteratorType } from './range.ts';
import { newNone } from './singletons.ts';
import { newTuple, newTupleStealing } from './tuple.ts';

/** The iterator's start, step, length and next index, exactly. */
function state(it: PyRangeIter): { start: bigint; step: bigint; len: bigint; index: bigint } {
  const big = it.big;
  if (big !== null) return { start: big.start, step: big.step, len: big.len, index: big.index };
  return { start: BigInt(it.start), step: BigInt(it.step), len: BigInt(it.len), index: BigInt(it.index) };
}

/** Moves the iterator to `index` (already clipped to `[0, len]`). */
function moveTo(it: PyRangeIter, index: bigint): void {
  if (it.big !== null) it.big.index = index;
  else it.index = Number(index);
}

/** `__reduce__`: the range still to come from the start, and where the iterator is in it. */
function reduce(self: PyObject): PyObject {
  const s = state(self as PyRangeIter);
  const range = newRangeFromValues(s.start, s.start + s.len * s.step, s.step);
  try {
    return newTupleStealing([getBuiltinId('iter'), newTuple([range]), newInt(s.index)]);
  } finally {
    decref(range);
  }
}

/** `rangeiter_setstate`: `PyLong_AsLong` of the state, silently clipped. */
function setStateSmall(self: PyObject, arg: PyObject): PyObject {
  const it = self as PyRangeIter;
  const v = BigInt(longValue(arg));
  if (v >= 2n ** 63n || v < -(2n ** 63n)) throw overflowError('Python int too large to convert to C long');
  const len = state(it).len;
  moveTo(it, v < 0n ? 0n : v > len ? len : v);
  return newNone();
}

/** `longrangeiter_setstate`: the state compared with 0 and the length as objects, then kept. */
function setStateLong(self: PyObject, arg: PyObject): PyObject {
  const it = self as PyRangeIter;
  const len = state(it).len;
  const zero = newInt(0);
  let below: boolean;
  try {
    below = richCompareBool(arg, zero, LT);
  } finally {
    decref(zero);
  }
  if (below) {
    moveTo(it, 0n);
    return newNone();
  }
  const lenObj = newInt(len);
  let beyond: boolean;
  try {
    beyond = richCompareBool(lenObj, arg, LT);
  } finally {
    decref(lenObj);
  }
  if (beyond) moveTo(it, len);
  // DEVIATION(cpython): CPython keeps any object that compares as the index (a float then
  // yields floats); the index here is an int, so another object is refused.
  else if (arg instanceof PyInt) moveTo(it, BigInt(arg.value));
  else throw typeError('an integer is required');
  return newNone();
}

addMethods(rangeIteratorType, [
  { name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.', impl: reduce },
  { name: '__setstate__', kind: 'o', doc: 'Set state information for unpickling.', impl: (self, args) => setStateSmall(self, args[0] as PyObject) },
]);
addMethods(longRangeIteratorType, [
  { name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.', impl: reduce },
  { name: '__setstate__', kind: 'o', doc: 'Set state information for unpickling.', impl: (self, args) => setStateLong(self, args[0] as PyObject) },
]);
