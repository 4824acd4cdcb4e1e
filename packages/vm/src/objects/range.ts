/**
 * `range` and its iterators (`range_iterator`, `longrange_iterator`): lazy arithmetic
 * progressions with arbitrary-precision bounds, length, indexing and slicing, the O(1) membership
 * test for ints, equality by the sequence they produce, `index`/`count`, `reversed()`.
 * Mirrors CPython 3.8 Objects/rangeobject.c.
 * @module
 */
import { EQ, GE, GT, NE, richCompareBool } from '../runtime/abstract-compare.ts';
import { tpName } from '../runtime/type-name.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { staticType } from '../runtime/core-types.ts';
import { indexError, overflowError, typeError, valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { tupleHash } from '../hash/container-hash.ts';
import { PyInt, boolType, intType, intValueHash, newBool, newInt } from './int.ts';
import { checkPositional, positional } from './list-methods.ts';
import { None, newNotImplemented } from './singletons.ts';
import { PySlice, indexValue, indexValueOrNull } from './slice.ts';
import { newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';
import { addReadonlyMembers } from './getset.ts';
import { bigLength } from '../runtime/abstract-item.ts';

/** The `range` type. */
export const rangeType: PyType = staticType({ name: 'range', basicsize: 48 });
/** `range_iterator` (bounds fit a C long). */
export const rangeIteratorType: PyType = staticType({ name: 'range_iterator', basicsize: 48 });
/** `longrange_iterator`. */
export const longRangeIteratorType: PyType = staticType({ name: 'longrange_iterator', basicsize: 48 });

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

/** A range: the int objects it was made from (owned) and their values. */
export class PyRange extends PyObject {
  readonly startObj: PyObject;
  readonly stopObj: PyObject;
  readonly stepObj: PyObject;
  readonly start: bigint;
  readonly stop: bigint;
  readonly step: bigint;
  readonly len: bigint;

  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super(rangeType, allocateAddress(rangeType));
    this.startObj = start;
    this.stopObj = stop;
    this.stepObj = step;
    this.start = (start as PyInt).big;
    this.stop = (stop as PyInt).big;
    this.step = (step as PyInt).big;
    this.len = rangeLength(this.start, this.stop, this.step);
  }
}

/** `compute_range_length`. */
export function rangeLength(lo: bigint, hi: bigint, step: bigint): bigint {
  if (step > 0n) return lo < hi ? (hi - lo - 1n) / step + 1n : 0n;
  return lo > hi ? (lo - hi - 1n) / -step + 1n : 0n;
}

/** `PyNumber_Index` keeping int subclasses (bool included) as they are: a new reference. */
function numberIndex(o: PyObject): PyObject {
  if (o instanceof PyInt) return incref(o);
  return newInt(indexValue(o));
}

/** A new range from three ints (references taken). */
export function newRangeStealing(start: PyObject, stop: PyObject, step: PyObject): PyRange {
  return makeRange(start, stop, step);
}

/** A new range from bigint bounds. */
export function newRangeFromValues(start: bigint, stop: bigint, step: bigint): PyRange {
  return new PyRange(newInt(start), newInt(stop), newInt(step));
}

const R = (o: PyObject): PyRange => o as PyRange;

/** `r[i]` for a non-negative in-range `i`. */
function itemAt(r: PyRange, i: bigint): bigint {
  return r.start + i * r.step;
}

/** An iterator over `start, start+step, ...` (`len` items). */
export class PyRangeIter extends PyObject {
  /**
   * Start, step, length and next index as numbers while every value the iterator computes is a
   * safe integer (a JS number costs no allocation, a bigint does); otherwise {@link PyRangeIter.big}
   * holds them and these are unused.
   */
  readonly start: number;
  readonly step: number;
  readonly len: number;
  index = 0;
  /** The values as bigints, for ranges beyond the safe integers; null otherwise. */
  readonly big: { readonly start: bigint; readonly step: bigint; readonly len: bigint; index: bigint } | null;

  constructor(type: PyType, start: bigint, step: bigint, len: bigint) {
    super(type, allocateAddress(type));
    const abs = (v: bigint): bigint => (v < 0n ? -v : v);
    if (abs(start) + len * abs(step) <= MAX_SAFE) {
      this.start = Number(start);
      this.step = Number(step);
      this.len = Number(len);
      this.big = null;
    } else {
      this.start = this.step = this.len = 0;
      this.big = { start, step, len, index: 0n };
    }
  }
}

/** The largest integer a JS number holds exactly. */
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function makeIter(start: bigint, stop: bigint, step: bigint, len: bigint): PyRangeIter {
  const fits = (v: bigint): boolean => v >= LONG_MIN && v <= LONG_MAX;
  const small = fits(start) && fits(stop) && fits(step) && len <= LONG_MAX;
  return new PyRangeIter(small ? rangeIteratorType : longRangeIteratorType, start, step, len);
}

for (const t of [rangeIteratorType, longRangeIteratorType]) {
  t.iter = (self) => incref(self);
  t.iternext = (self) => {
    const it = self as PyRangeIter;
    const big = it.big;
    if (big === null) {
      if (it.index < it.len) return newInt(it.start + it.index++ * it.step);
      return null;
    }
    if (big.index < big.len) return newInt(big.start + big.index++ * big.step);
    return null;
  };
  addMethods(t, [
    {
      name: '__length_hint__',
      kind: 'noargs',
      impl: (self) => {
        const it = self as PyRangeIter;
        return it.big === null ? newInt(it.len - it.index) : newInt(it.big.len - it.big.index);
      },
    },
  ]);
}

rangeType.dealloc = (self) => {
  const r = R(self);
  decref(r.startObj);
  decref(r.stopObj);
  decref(r.stepObj);
  freeObject(self);
};
rangeType.new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('range() takes no keyword arguments');
  const pos = positional(args, kwnames);
  if (pos.length <= 1) checkPositional('range', pos.length, 1, 1);
  else checkPositional('range', pos.length, 2, 3);
  if (pos.length === 1) return makeRange(newInt(0), numberIndex(pos[0] as PyObject), newInt(1));
  const start = numberIndex(pos[0] as PyObject);
  let stop: PyObject;
  try {
    stop = numberIndex(pos[1] as PyObject);
  } catch (e) {
    decref(start);
    throw e;
  }
  let step: PyObject;
  try {
    step = pos[2] === undefined ? newInt(1) : numberIndex(pos[2]);
    if ((step as PyInt).big === 0n) {
      decref(step);
      throw valueError('range() arg 3 must not be zero');
    }
  } catch (e) {
    decref(start);
    decref(stop);
    throw e;
  }
  return makeRange(start, stop, step);
};

/**
 * `make_range_object`, taking the three references. `compute_range_length` first compares the
 * step with zero and the low bound with the high one through `PyObject_RichCompareBool`: an int
 * subclass's comparison methods run, and each comparison is a recursion level (where a deep
 * recursion that loops stops). DEVIATION(cpython): the length itself is computed from the
 * values, not through the subclass's `__neg__`, `__sub__`, `__floordiv__` and `__add__`.
 */
function makeRange(start: PyObject, stop: PyObject, step: PyObject): PyRange {
  try {
    const zero = newInt(0);
    let ascending: boolean;
    try {
      ascending = richCompareBool(step, zero, GT);
    } finally {
      decref(zero);
    }
    richCompareBool(ascending ? start : stop, ascending ? stop : start, GE);
  } catch (e) {
    decref(start);
    decref(stop);
    decref(step);
    throw e;
  }
  return new PyRange(start, stop, step);
}
rangeType.repr = (self) => {
  const r = R(self);
  if (r.step === 1n) return newStr(`range(${reprText(r.startObj)}, ${reprText(r.stopObj)})`);
  return newStr(`range(${reprText(r.startObj)}, ${reprText(r.stopObj)}, ${reprText(r.stepObj)})`);
};
rangeType.length = (self) => {
  const len = R(self).len;
  if (len > LONG_MAX) throw overflowError('Python int too large to convert to C ssize_t');
  return bigLength(len);
};
rangeType.nbBool = (self) => R(self).len !== 0n;
rangeType.isSequence = true;
rangeType.iter = (self) => {
  const r = R(self);
  return makeIter(r.start, r.stop, r.step, r.len);
};
rangeType.getitem = (self, key) => {
  const r = R(self);
  if (key instanceof PySlice) {
    const s = sliceLong(key, r.len);
    return newRangeFromValues(itemAt(r, s[0]), itemAt(r, s[1]), r.step * s[2]);
  }
  const v = indexValueOrNull(key);
  if (v === null) throw typeError(`range indices must be integers or slices, not ${tpName(key.type)}`);
  let i = BigInt(v);
  if (i < 0n) i += r.len;
  if (i < 0n || i >= r.len) throw indexError('range object index out of range');
  return newInt(itemAt(r, i));
};

/** `_PySlice_GetLongIndices`. */
function sliceLong(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const big = (o: PyObject): bigint => {
    const v = indexValueOrNull(o);
    if (v === null) throw typeError('slice indices must be integers or None or have an __index__ method');
    return BigInt(v);
  };
  const step = s.step === None ? 1n : big(s.step);
  if (step === 0n) throw valueError('slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (o: PyObject, dflt: bigint): bigint => {
    if (o === None) return dflt;
    let v = big(o);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  return [clamp(s.start, neg ? upper : lower), clamp(s.stop, neg ? lower : upper), step];
}

/** `range_contains_long`. */
function containsInt(r: PyRange, v: bigint): boolean {
  if (r.step > 0n ? !(r.start <= v && v < r.stop) : !(r.stop < v && v <= r.start)) return false;
  return (v - r.start) % r.step === 0n;
}

/** Whether an object is an exact int or a bool (the O(1) membership test applies). */
function isPlainInt(o: PyObject): o is PyInt {
  return o instanceof PyInt && (o.type === intType || o.type === boolType);
}

/** Linear search through the range with `==` (`_PySequence_IterSearch`), returning the index or -1. */
function search(r: PyRange, ob: PyObject, countAll: boolean): bigint {
  let count = 0n;
  for (let i = 0n; i < r.len; i++) {
    const item = newInt(itemAt(r, i));
    try {
      if (richCompareBool(item, ob, EQ)) {
        if (!countAll) return i;
        count++;
      }
    } finally {
      decref(item);
    }
  }
  return countAll ? count : -1n;
}

rangeType.contains = (self, ob) => {
  const r = R(self);
  if (isPlainInt(ob)) return containsInt(r, ob.big);
  return search(r, ob, false) >= 0n;
};
rangeType.richcompare = (a, b, op) => {
  if (!(b instanceof PyRange) || !(a instanceof PyRange) || (op !== EQ && op !== NE)) return newNotImplemented();
  let eq: boolean;
  if (a === b) eq = true;
  else if (a.len !== b.len) eq = false;
  else if (a.len === 0n) eq = true;
  else if (a.start !== b.start) eq = false;
  else eq = a.len === 1n || a.step === b.step;
  return newBool(op === EQ ? eq : !eq);
};
rangeType.hash = (self) => {
  const r = R(self);
  const noneHash = None.type.hash;
  const h = noneHash === undefined ? 0n : noneHash(None);
  if (r.len === 0n) return tupleHash([intValueHash(0), h, h]);
  if (r.len === 1n) return tupleHash([intValueHash(1), intValueHash(r.start), h]);
  return tupleHash([intValueHash(r.len), intValueHash(r.start), intValueHash(r.step)]);
};

// `range_methods`' order: `__reversed__`, `__reduce__`, `count`, `index`.
addMethods(rangeType, [
  {
    name: '__reversed__',
    kind: 'noargs',
    impl: (self) => {
      const r = R(self);
      return makeIter(r.start + (r.len - 1n) * r.step, r.start - r.step, -r.step, r.len);
    },
  },
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const r = R(self);
      return newTupleStealing([incref(rangeType), newTupleStealing([incref(r.startObj), incref(r.stopObj), incref(r.stepObj)])]);
    },
  },
  {
    name: 'count',
    kind: 'o',
    impl: (self, args) => {
      const r = R(self);
      const ob = args[0] as PyObject;
      if (isPlainInt(ob)) return newInt(containsInt(r, ob.big) ? 1 : 0);
      return newInt(search(r, ob, true));
    },
  },
  {
    name: 'index',
    kind: 'o',
    impl: (self, args) => {
      const r = R(self);
      const ob = args[0] as PyObject;
      if (isPlainInt(ob)) {
        if (containsInt(r, ob.big)) return newInt((ob.big - r.start) / r.step);
        throw valueError(`${reprText(ob)} is not in range`);
      }
      const i = search(r, ob, false);
      if (i >= 0n) return newInt(i);
      // `_PySequence_IterSearch`'s message for anything but an int.
      throw valueError('sequence.index(x): x not in sequence');
    },
  },
]);
// `range_members`: READONLY T_OBJECT members.
addReadonlyMembers(rangeType, [
  { name: 'start', read: (self) => incref(R(self).startObj) },
  { name: 'stop', read: (self) => incref(R(self).stopObj) },
  { name: 'step', read: (self) => incref(R(self).stepObj) },
]);
