/**
 * `slice` objects and the index conversions sequences need: `PyNumber_Index`,
 * `PyNumber_AsSsize_t`, `_PyEval_SliceIndex`, `PySlice_Unpack`, `PySlice_AdjustIndices`
 * (`PySlice_GetIndicesEx`). Mirrors CPython 3.8 Objects/sliceobject.c and Objects/abstract.c.
 * @module
 */
import { richCompare } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { staticType } from '../runtime/core-types.ts';
import { indexError, overflowError, typeError, valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { addReadonlyMembers } from './getset.ts';
import { PyInt, intType, newInt, type IntValue } from './int.ts';
import { warnStrictSubclassResult } from '../runtime/abstract-number.ts';
import { None, newNotImplemented } from './singletons.ts';
import { newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';
import { tpName } from '../runtime/type-name.ts';

/** `PY_SSIZE_T_MAX` as a double (precision past 2**53 is irrelevant once clamped). */
export const SSIZE_MAX = 2 ** 63 - 1;
/** `PY_SSIZE_T_MIN`. */
export const SSIZE_MIN = -(2 ** 63);

/** The `slice` type. */
export const sliceType: PyType = staticType({ name: 'slice', basicsize: 40, flags: TPFLAGS_HAVE_GC });

/** A slice: owns its three members. */
export class PySlice extends PyObject {
  readonly start: PyObject;
  readonly stop: PyObject;
  readonly step: PyObject;

  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super(sliceType, allocateAddress(sliceType));
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** `PySlice_New`: takes its own references. */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  return new PySlice(incref(start), incref(stop), incref(step));
}

/** Whether `o` is a slice. */
export function isSlice(o: PyObject): o is PySlice {
  return o instanceof PySlice;
}

/** `PyIndex_Check`. */
export function hasIndex(o: PyObject): boolean {
  return o instanceof PyInt || o.type.nbIndex !== undefined;
}

/** `PyNumber_Index`'s value, or null when `o` has no `__index__`. */
export function indexValueOrNull(o: PyObject): IntValue | null {
  if (o instanceof PyInt) return o.value;
  const slot = o.type.nbIndex;
  if (slot === undefined) return null;
  const res = slot(o);
  if (!(res instanceof PyInt)) {
    decref(res);
    throw typeError(`__index__ returned non-int (type ${tpName(res.type)})`);
  }
  if (res.type !== intType) {
    try {
      warnStrictSubclassResult('__index__', res, 'int');
    } catch (e) {
      decref(res);
      throw e;
    }
  }
  const v = res.value;
  decref(res);
  return v;
}

/** `PyNumber_Index`'s value: TypeError "'X' object cannot be interpreted as an integer". */
export function indexValue(o: PyObject): IntValue {
  const v = indexValueOrNull(o);
  if (v === null) throw typeError(`'${tpName(o.type)}' object cannot be interpreted as an integer`);
  return v;
}

/**
 * `PyNumber_AsSsize_t(o, err)` given `v`, the index value of `o`: `err` 'clamp' saturates (NULL),
 * 'index' raises IndexError and 'overflow' raises OverflowError "cannot fit 'X' into an
 * index-sized integer", where X names the type of `o` itself (an `__index__` owner or an int
 * subclass), not of the int its `__index__` gave.
 */
export function ssizeOf(v: IntValue, err: 'clamp' | 'index' | 'overflow', o: PyObject): number {
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (n <= SSIZE_MAX && n >= SSIZE_MIN && (typeof v !== 'bigint' || (v < 2n ** 63n && v >= -(2n ** 63n)))) return n;
  if (err === 'clamp') return n < 0 ? SSIZE_MIN : SSIZE_MAX;
  const msg = `cannot fit '${tpName(o.type)}' into an index-sized integer`;
  throw err === 'index' ? indexError(msg) : overflowError(msg);
}

/** `PyNumber_AsSsize_t(o, PyExc_OverflowError)` of an object with `__index__`. */
export function asSsize(o: PyObject, err: 'clamp' | 'index' | 'overflow' = 'overflow'): number {
  return ssizeOf(indexValue(o), err, o);
}

/** `_PyEval_SliceIndex`: None gives `dflt`. */
export function sliceIndex(o: PyObject, dflt: number): number {
  if (o === None) return dflt;
  const v = indexValueOrNull(o);
  if (v === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  return ssizeOf(v, 'clamp', o);
}

/** `PySlice_Unpack`: start, stop, step before adjusting to a length. */
export function sliceUnpack(s: PySlice): [number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step, 1);
    if (step === 0) throw valueError('slice step cannot be zero');
    if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  }
  const start = s.start === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndex(s.start, 0);
  const stop = s.stop === None ? (step < 0 ? SSIZE_MIN : SSIZE_MAX) : sliceIndex(s.stop, 0);
  return [start, stop, step];
}

/** `PySlice_AdjustIndices`: clamps start/stop to `length`; returns [start, stop, step, slicelength]. */
export function adjustIndices(length: number, start: number, stop: number, step: number): [number, number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** The indices a slice selects in a sequence of `length`. */
export interface SliceIndices {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  /** How many items (`slicelength`). */
  readonly length: number;
}

/** `PySlice_GetIndicesEx`. */
export function sliceIndices(s: PySlice, length: number): SliceIndices {
  const [a, b, c] = sliceUnpack(s);
  const [start, stop, step, n] = adjustIndices(length, a, b, c);
  return { start, stop, step, length: n };
}

sliceType.dealloc = (self) => {
  const s = self as PySlice;
  decref(s.step);
  decref(s.start);
  decref(s.stop);
  freeObject(self);
};
sliceType.traverse = (self, visit) => {
  const s = self as PySlice;
  visit(s.start);
  visit(s.stop);
  visit(s.step);
};
sliceType.repr = (self) => {
  const s = self as PySlice;
  return newStr(`slice(${reprText(s.start)}, ${reprText(s.stop)}, ${reprText(s.step)})`);
};
sliceType.richcompare = (a, b, op) => {
  if (!(a instanceof PySlice) || !(b instanceof PySlice)) return newNotImplemented();
  const t1 = newTupleStealing([incref(a.start), incref(a.stop), incref(a.step)]);
  const t2 = newTupleStealing([incref(b.start), incref(b.stop), incref(b.step)]);
  try {
    return richCompare(t1, t2, op);
  } finally {
    decref(t1);
    decref(t2);
  }
};
sliceType.new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('slice() takes no keyword arguments');
  if (args.length === 0) throw typeError('slice expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(None, args[0] as PyObject, None);
  return newSlice(args[0] as PyObject, args[1] as PyObject, args[2] ?? None);
};

/** `_PySlice_GetLongIndices` on arbitrary-precision values (`slice.indices`). */
function longIndices(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const big = (o: PyObject): bigint => {
    const v = indexValueOrNull(o);
    if (v === null) throw typeError('slice indices must be integers or None or have an __index__ method');
    return BigInt(v);
  };
  let step = 1n;
  if (s.step !== None) {
    step = big(s.step);
    if (step === 0n) throw valueError('slice step cannot be zero');
  }
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

addMethods(sliceType, [
  {
    name: 'indices',
    kind: 'o',
    impl: (self, args) => {
      const len = BigInt(indexValue(args[0] as PyObject));
      if (len < 0n) throw valueError('length should not be negative');
      const [a, b, c] = longIndices(self as PySlice, len);
      return newTupleStealing([newInt(a), newInt(b), newInt(c)]);
    },
  },
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const s = self as PySlice;
      return newTupleStealing([incref(sliceType), newTupleStealing([incref(s.start), incref(s.stop), incref(s.step)])]);
    },
  },
]);
// `slice_members`: READONLY T_OBJECT members.
addReadonlyMembers(sliceType, [
  { name: 'start', read: (self) => incref((self as PySlice).start) },
  { name: 'stop', read: (self) => incref((self as PySlice).stop) },
  { name: 'step', read: (self) => incref((self as PySlice).step) },
]);
