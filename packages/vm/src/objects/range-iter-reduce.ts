/**
 * Pickling support of `range_iterator` and `longrange_iterator`: `__reduce__` as
 * `iter(range(start, start + len*step, step))` plus the index, and `__setstate__` clipping the
 * index to [0, len]. Mirrors CPython 3.8 Objects/rangeobject.c `rangeiter_reduce`,
 * `rangeiter_setstate`, `longrangeiter_reduce` and `longrangeiter_setstate`.
 * @module
 */
import { LT, richCompareBool } from '../runtime/abstract-compare.ts';
import { longValue } from '../runtime/abstract-number.ts';
import { overflowError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { getBuiltinId } from './builtin-id.ts';
import { PyInt, newInt } from './int.ts';
import { longRangeIteratorType, newRangeFromValues, rangeIteratorType, type PyRangeIter } from './range.ts';
import { newNone } from './singletons.ts';
import { newTupleStealing } from './tuple.ts';

const LONG_LIMIT = 2n ** 63n;

/** The iterator's start, step, length and index as bigints. */
function values(it: PyRangeIter): { start: bigint; step: bigint; len: bigint; index: bigint } {
  const big = it.big;
  if (big !== null) return { start: big.start, step: big.step, len: big.len, index: big.index };
  return { start: BigInt(it.start), step: BigInt(it.step), len: BigInt(it.len), index: BigInt(it.index) };
}

function setIndex(it: PyRangeIter, index: bigint): void {
  if (it.big !== null) it.big.index = index;
  else it.index = Number(index);
}

function reduce(self: PyObject): PyObject {
  const v = values(self as PyRangeIter);
  const range = newRangeFromValues(v.start, v.start + v.len * v.step, v.step);
  return newTupleStealing([getBuiltinId('iter'), newTupleStealing([range]), newInt(v.index)]);
}

addMethods(rangeIteratorType, [
  { name: '__reduce__', kind: 'noargs', impl: reduce },
  {
    // `PyLong_AsLong` of the state, silently clipped.
    name: '__setstate__', kind: 'o',
    impl: (self, args) => {
      const it = self as PyRangeIter;
      const index = BigInt(longValue(args[0] as PyObject));
      if (index >= LONG_LIMIT || index < -LONG_LIMIT) throw overflowError('Python int too large to convert to C long');
      const len = values(it).len;
      setIndex(it, index < 0n ? 0n : index > len ? len : index);
      return newNone();
    },
  },
]);

addMethods(longRangeIteratorType, [
  { name: '__reduce__', kind: 'noargs', impl: reduce },
  {
    // The state compared with 0 and the length as Python objects, then kept.
    name: '__setstate__', kind: 'o',
    impl: (self, args) => {
      const it = self as PyRangeIter;
      const state = args[0] as PyObject;
      const { len } = values(it);
      const zero = newInt(0);
      let below: boolean;
      try {
        below = richCompareBool(state, zero, LT);
      } finally {
        decref(zero);
      }
      let index = 0n;
      if (!below) {
        const lenObj = newInt(len);
        let above: boolean;
        try {
          above = richCompareBool(lenObj, state, LT);
        } finally {
          decref(lenObj);
        }
        // DEVIATION(cpython): the index is kept as an int; CPython keeps whatever object it was given.
        index = above ? len : state instanceof PyInt ? BigInt(state.value) : BigInt(longValue(state));
      }
      setIndex(it, index);
      return newNone();
    },
  },
]);
