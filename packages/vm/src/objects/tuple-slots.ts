/**
 * The slots and methods of `tuple`: repr, hash (3.8's xxHash scheme), comparison, item access with
 * ints and slices, membership, iteration, concatenation and repetition, `tuple()`, `index` and
 * `count`. Mirrors CPython 3.8 Objects/tupleobject.c.
 * @module
 */
import { setConcatAdd } from '../runtime/abstract-number.ts';
import { raiseNoMemory } from '../runtime/buffer-alloc.ts';
import { sqRepeatSlot } from './sequence-slots.ts';
import { EQ, hashObject, richCompareBool } from '../runtime/abstract-compare.ts';
import { getIter, iteratorToArray } from '../runtime/abstract-iter.ts';
import { lengthHint } from '../runtime/abstract-item.ts';
import { indexError, typeError, valueError } from '../runtime/errors.ts';
import { allocateGeneric } from '../runtime/memory.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { tupleHash } from '../hash/container-hash.ts';
import { newInt } from './int.ts';
import { PyList, listType } from './list.ts';
import { checkPositional, indexBounds, itemEquals, positional } from './list-methods.ts';
import { MAX_ITEMS, badIndex, itemsRepr, repeatOperands, sequenceRichCompare } from './list-slots.ts';
import { reprEnter, reprLeave } from './repr-guard.ts';
import { newTupleIter } from './seq-iter.ts';
import { newNotImplemented } from './singletons.ts';
import { PySlice, adjustIndices, indexValueOrNull, sliceUnpack, ssizeOf } from './slice.ts';
import { newStr } from './str.ts';
import { PyTuple, emptyTuple, newTuple, newTupleStealing, tupleType } from './tuple.ts';
import { tpName } from '../runtime/type-name.ts';
import { setSequenceTuple } from './exception-slots.ts';

/** `PySequence_Tuple`: a new reference (an exact tuple is returned itself). */
export function sequenceTuple(o: PyObject): PyTuple {
  if (o instanceof PyTuple && o.type === tupleType) return incref(o);
  if (o instanceof PyList && o.type === listType) return newTuple(o.items);
  const it = getIter(o);
  try {
    // `PyTuple_New(PyObject_LengthHint(v, 10))`: room that no allocation gives is MemoryError.
    if (lengthHint(o, 10) > MAX_ITEMS) raiseNoMemory();
    return newTupleStealing(iteratorToArray(it));
  } finally {
    decref(it);
  }
}
setSequenceTuple(sequenceTuple);

/** A tuple of a subclass of tuple holding new references to `items` (`tuple_subtype_new`). */
export function newTupleOfType(type: PyType, items: readonly PyObject[]): PyTuple {
  if (type === tupleType) return newTuple(items);
  if (type.isHeapType) incref(type);
  return new PyTuple(type, items.map((x) => incref(x)), allocateGeneric(type, items.length));
}

const T = (o: PyObject): PyTuple => o as PyTuple;

tupleType.repr = (self) => {
  const t = T(self);
  if (t.items.length === 0) return newStr('()');
  if (!reprEnter(t)) return newStr('(...)');
  try {
    const body = itemsRepr(t);
    return newStr(t.items.length === 1 ? `(${body},)` : `(${body})`);
  } finally {
    reprLeave(t);
  }
};
tupleType.hash = (self) => tupleHash(T(self).items.map((x) => hashObject(x)));
tupleType.richcompare = (v, w, op) => {
  if (!(v instanceof PyTuple) || !(w instanceof PyTuple)) return newNotImplemented();
  return sequenceRichCompare(v, w, op, false);
};
tupleType.length = (self) => T(self).items.length;
tupleType.isSequence = true;
tupleType.getitem = (self, key) => {
  const t = T(self);
  const iv = key instanceof PySlice ? null : indexValueOrNull(key);
  if (iv !== null) {
    let i = ssizeOf(iv, 'index', key);
    if (i < 0) i += t.items.length;
    const item = t.items[i];
    if (i < 0 || item === undefined) throw indexError('tuple index out of range');
    return incref(item);
  }
  if (!(key instanceof PySlice)) badIndex('tuple', key);
  const [s0, s1, st] = sliceUnpack(key);
  const [start, stop, step, n] = adjustIndices(t.items.length, s0, s1, st);
  if (n <= 0) return incref(emptyTuple);
  if (start === 0 && step === 1 && n === t.items.length && t.type === tupleType) return incref(t);
  if (step === 1) return newTuple(t.items.slice(start, stop));
  const out: PyObject[] = [];
  for (let cur = start, k = 0; k < n; cur += step, k++) out.push(t.items[cur] as PyObject);
  return newTuple(out);
};
tupleType.contains = (self, el) => {
  const t = T(self);
  for (let i = 0; i < t.items.length; i++) if (richCompareBool(el, t.items[i] as PyObject, EQ)) return true;
  return false;
};
tupleType.iter = (self) => newTupleIter(T(self));
setConcatAdd(tupleType, (a, b) => {
  if (!(a instanceof PyTuple)) return newNotImplemented();
  if (a.items.length === 0 && b.type === tupleType) return incref(b);
  if (!(b instanceof PyTuple)) {
    throw typeError(`can only concatenate tuple (not "${tpName(b.type)}") to tuple`);
  }
  if (b.items.length === 0 && a.type === tupleType) return incref(a);
  if (a.items.length + b.items.length > MAX_ITEMS) raiseNoMemory();
  return newTuple([...a.items, ...b.items]);
});
tupleType.nb.multiply = sqRepeatSlot((a, b) => {
  const r = repeatOperands(a, b, (o): o is PyTuple => o instanceof PyTuple);
  if (r === null) return newNotImplemented();
  const [t, n] = r;
  if ((t.items.length === 0 || n === 1) && t.type === tupleType) return incref(t);
  if (t.items.length === 0 || n <= 0) return incref(emptyTuple);
  if (n > MAX_ITEMS / t.items.length) raiseNoMemory();
  const out: PyObject[] = [];
  for (let k = 0; k < n; k++) out.push(...t.items);
  return newTuple(out);
});
tupleType.new = (type, args, kwnames) => {
  if (type === tupleType && kwnames !== null && kwnames.length > 0) throw typeError('tuple() takes no keyword arguments');
  const pos = positional(args, kwnames);
  checkPositional('tuple', pos.length, 0, 1);
  const iterable = pos[0];
  if (type === tupleType) return iterable === undefined ? incref(emptyTuple) : sequenceTuple(iterable);
  const tmp = iterable === undefined ? incref(emptyTuple) : sequenceTuple(iterable);
  try {
    return newTupleOfType(type, tmp.items);
  } finally {
    decref(tmp);
  }
};

addMethods(tupleType, [
  { name: '__getnewargs__', kind: 'noargs', impl: (self) => newTupleStealing([newTuple(T(self).items)]) },
  {
    name: 'index',
    kind: 'fast',
    impl: (self, args) => {
      checkPositional('index', args.length, 1, 3);
      const t = T(self);
      const value = args[0] as PyObject;
      const [start, stop] = indexBounds(args, t.items.length);
      for (let i = start; i < stop && i < t.items.length; i++) if (itemEquals(t.items[i] as PyObject, value)) return newInt(i);
      throw valueError('tuple.index(x): x not in tuple');
    },
  },
  {
    name: 'count',
    kind: 'o',
    impl: (self, args) => {
      const t = T(self);
      let count = 0;
      for (const x of t.items) if (itemEquals(x, args[0] as PyObject)) count++;
      return newInt(count);
    },
  },
]);

