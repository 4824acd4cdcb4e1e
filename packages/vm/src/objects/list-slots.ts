/**
 * The slots of `list`: repr with the recursion guard, comparison, item access with ints and
 * slices (including extended-slice assignment and deletion), membership, iteration,
 * concatenation and repetition, `list()`. Also the sequence helpers tuple shares. Mirrors
 * CPython 3.8 Objects/listobject.c.
 * @module
 */
import { SSIZE_MAX, setConcatAdd } from '../runtime/abstract-number.ts';
import { sqConcatSlot, sqRepeatSlot } from './sequence-slots.ts';
import { tpName } from '../runtime/type-name.ts';
import { EQ, NE, richCompare, richCompareBool } from '../runtime/abstract-compare.ts';
import { getIter, iterNext, sequenceToArray } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { PyRaise, clearRaise, exceptionMatches, indexError, typeError, valueError } from '../runtime/errors.ts';
import { raiseNoMemory } from '../runtime/buffer-alloc.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import * as E from './exceptions.ts';
import { newBool } from './int.ts';
import { PyList, listType } from './list.ts';
import { MAX_ITEMS, checkSlots, listGrowByOne, listResize } from './list-capacity.ts';
import { reprEnter, reprLeave } from './repr-guard.ts';

export { MAX_ITEMS };
import { exactLength, length, lengthHint } from '../runtime/abstract-item.ts';
import { newListIter } from './seq-iter.ts';
import { newNotImplemented } from './singletons.ts';
import { PySlice, adjustIndices, indexValueOrNull, sliceUnpack, ssizeOf } from './slice.ts';
import { newStr } from './str.ts';
import { PyTuple, tupleType } from './tuple.ts';

/** `PyObject_HashNotImplemented`: the `tp_hash` of list, dict, set (so subclasses inherit it). */
export function hashNotImplemented(self: PyObject): bigint {
  throw typeError(`unhashable type: '${tpName(self.type)}'`);
}


/**
 * A new instance of `list` or a subclass holding `items` (takes a reference to a heap type);
 * `fromFreeList` false allocates past the free list, as `tp_alloc` does.
 */
export function newListOfType(type: PyType, items: PyObject[] = [], fromFreeList = true): PyList {
  if (type.isHeapType) incref(type);
  return new PyList(type, items, allocateAddress(type, 0, type.basicsize, fromFreeList));
}

/** A new list holding new references to `items`. */
export function newListFrom(items: readonly PyObject[]): PyList {
  return newListOfType(listType, items.map((x) => incref(x)));
}

/** `sq_repeat`'s count: `PyNumber_AsSsize_t(n, OverflowError)`, or null when `n` is no index. */
export function repeatCount(n: PyObject): number | null {
  const v = indexValueOrNull(n);
  return v === null ? null : ssizeOf(v, 'overflow', n);
}

/**
 * Finds which operand of a `*` is the sequence and the count; NotImplemented (null) when the
 * other operand may still handle it, TypeError "can't multiply sequence by non-int".
 */
export function repeatOperands<T extends PyObject>(a: PyObject, b: PyObject, isSeq: (o: PyObject) => o is T): [T, number] | null {
  const seq = isSeq(a) ? a : isSeq(b) ? b : null;
  if (seq === null) return null;
  const other = seq === a ? b : a;
  const n = repeatCount(other);
  if (n === null) {
    if (other.type.isHeapType && other.type.nb.multiply !== undefined) return null;
    throw typeError(`can't multiply sequence by non-int of type '${tpName(other.type)}'`);
  }
  return [seq, n];
}

/** The rich comparison of two sequences (list_richcompare / tuplerichcompare). */
export function sequenceRichCompare(v: { readonly items: PyObject[] }, w: { readonly items: PyObject[] }, op: number, lengthShortcut: boolean): PyObject {
  if (lengthShortcut && v.items.length !== w.items.length && (op === EQ || op === NE)) return newBool(op === NE);
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const a = v.items[i] as PyObject;
    const b = w.items[i] as PyObject;
    if (a === b) continue;
    incref(a);
    incref(b);
    let k: boolean;
    try {
      k = richCompareBool(a, b, EQ);
    } finally {
      decref(a);
      decref(b);
    }
    if (!k) break;
  }
  if (i >= v.items.length || i >= w.items.length) {
    const x = v.items.length;
    const y = w.items.length;
    const r = [x < y, x <= y, x === y, x !== y, x > y, x >= y][op] ?? false;
    return newBool(r);
  }
  if (op === EQ) return newBool(false);
  if (op === NE) return newBool(true);
  return richCompare(v.items[i] as PyObject, w.items[i] as PyObject, op);
}

/** The repr of a list's or tuple's items joined by ", " (items may change while running). */
export function itemsRepr(seq: { readonly items: PyObject[] }): string {
  const parts: string[] = [];
  for (let i = 0; i < seq.items.length; i++) {
    const item = incref(seq.items[i] as PyObject);
    try {
      parts.push(reprText(item));
    } finally {
      decref(item);
    }
  }
  return parts.join(', ');
}

// ---- list operations ---------------------------------------------------------------------------

/** `list_slice`: a new list of `a[lo:hi]`. */
export function listSlice(a: PyList, lo: number, hi: number): PyList {
  return newListFrom(a.items.slice(lo, hi));
}

/** `_list_clear`: empties the list, then drops the items last first. */
export function listClear(a: PyList): void {
  // No item array (`ob_item == NULL`, as while `list.sort` runs): nothing changes.
  if (a.allocated < 0 && a.items.length === 0) return;
  const items = a.items;
  a.items = [];
  a.allocated = 0;
  for (let i = items.length - 1; i >= 0; i--) decref(items[i] as PyObject);
}

/** `list_extend`: appends every item of `iterable`, visibly one at a time for iterators. */
export function listExtend(self: PyList, iterable: PyObject): void {
  if (iterable.type === listType || iterable.type === tupleType || iterable === self) {
    const items = sequenceToArray(iterable, 'argument must be iterable');
    if (self.items.length + items.length > MAX_ITEMS) {
      for (const x of items) decref(x);
      raiseNoMemory();
    }
    if (items.length === 0) return;
    listResize(self, self.items.length + items.length);
    self.items.push(...items);
    return;
  }
  const it = getIter(iterable);
  try {
    // Room for the length the iterable hints at; one more at a time past it; the rest given back.
    // A hint that would overflow `Py_ssize_t` with the current length is ignored, on the chance
    // that it lied (so `[1].extend(it)` survives a hint of sys.maxsize where `[].extend(it)` does
    // not).
    const hint = lengthHint(iterable, 8);
    const m = self.items.length;
    if (BigInt(m) <= SSIZE_MAX - exactLength(hint)) listResize(self, m + hint);
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      if (self.items.length >= self.allocated) listGrowByOne(self);
      self.items.push(item);
    }
    if (self.items.length < self.allocated) listResize(self, self.items.length);
  } finally {
    decref(it);
  }
}

/** `list_ass_slice`: `a[lo:hi] = v` (v null deletes). */
export function listAssSlice(a: PyList, lo: number, hi: number, v: PyObject | null): void {
  if (v === a) {
    const copy = listSlice(a, 0, a.items.length);
    try {
      listAssSlice(a, lo, hi, copy);
    } finally {
      decref(copy);
    }
    return;
  }
  const ins = v === null ? [] : sequenceToArray(v, 'can only assign an iterable');
  const size = a.items.length;
  if (lo < 0) lo = 0;
  else if (lo > size) lo = size;
  if (hi < lo) hi = lo;
  else if (hi > size) hi = size;
  if (size - (hi - lo) + ins.length === 0) {
    listClear(a);
    return;
  }
  if (ins.length !== hi - lo) listResize(a, size - (hi - lo) + ins.length);
  if (lo === 0 && hi === 1 && ins.length === 0) {
    // `l.pop(0)`, `del l[0]`: V8 moves a big array's items for `shift` at half the cost of `splice`.
    decref(a.items.shift() as PyObject);
    return;
  }
  const recycle = a.items.splice(lo, hi - lo, ...ins);
  for (let k = recycle.length - 1; k >= 0; k--) decref(recycle[k] as PyObject);
}

/** `list_ass_item`: `a[i] = v` or `del a[i]` with `i` already made non-negative. */
function listAssItem(a: PyList, i: number, v: PyObject | null): void {
  if (i < 0 || i >= a.items.length) throw indexError('list assignment index out of range');
  if (v === null) {
    listAssSlice(a, i, i + 1, null);
    return;
  }
  const old = a.items[i] as PyObject;
  a.items[i] = incref(v);
  decref(old);
}

/** Raises the "indices must be integers or slices" TypeError for `what` ("list", "tuple"). */
export function badIndex(what: string, key: PyObject): never {
  throw typeError(`${what} indices must be integers or slices, not ${tpName(key.type)}`);
}

/** `list_subscript`. */
function listSubscript(self: PyObject, key: PyObject): PyObject {
  const a = self as PyList;
  const iv = key instanceof PySlice ? null : indexValueOrNull(key);
  if (iv !== null) {
    let i = ssizeOf(iv, 'index', key);
    if (i < 0) i += a.items.length;
    const item = a.items[i];
    if (i < 0 || item === undefined) throw indexError('list index out of range');
    return incref(item);
  }
  if (!(key instanceof PySlice)) badIndex('list', key);
  const [s0, s1, st] = sliceUnpack(key);
  const [start, stop, step, n] = adjustIndices(a.items.length, s0, s1, st);
  if (n <= 0) return newListOfType(listType);
  if (step === 1) return listSlice(a, start, stop);
  const out: PyObject[] = [];
  for (let cur = start, k = 0; k < n; cur += step, k++) out.push(incref(a.items[cur] as PyObject));
  return newListOfType(listType, out);
}

/** `list_ass_subscript`. */
function listAssSubscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  const a = self as PyList;
  const iv = key instanceof PySlice ? null : indexValueOrNull(key);
  if (iv !== null) {
    let i = ssizeOf(iv, 'index', key);
    if (i < 0) i += a.items.length;
    listAssItem(a, i, value);
    return;
  }
  if (!(key instanceof PySlice)) badIndex('list', key);
  const [s0, s1, st] = sliceUnpack(key);
  const adjusted = adjustIndices(a.items.length, s0, s1, st);
  let [start, stop, step] = adjusted;
  const n = adjusted[3];
  if (step === 1) {
    listAssSlice(a, start, stop, value);
    return;
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (value === null) {
    if (n <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (n - 1) - 1;
      step = -step;
    }
    const garbage: PyObject[] = [];
    const keep: PyObject[] = [];
    for (let i = 0; i < a.items.length; i++) {
      const item = a.items[i] as PyObject;
      if (i >= start && i < stop && (i - start) % step === 0 && garbage.length < n) garbage.push(item);
      else keep.push(item);
    }
    a.items = keep;
    listResize(a, keep.length);
    for (const g of garbage) decref(g);
    return;
  }
  const seq = value === a ? a.items.map((x) => incref(x)) : sequenceToArray(value, 'must assign iterable to extended slice');
  if (seq.length !== n) {
    for (const x of seq) decref(x);
    throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
  }
  const garbage: PyObject[] = [];
  for (let cur = start, k = 0; k < n; cur += step, k++) {
    garbage.push(a.items[cur] as PyObject);
    a.items[cur] = seq[k] as PyObject;
  }
  for (const g of garbage) decref(g);
}

/** `list_contains`: `el == item` for each item in turn. */
function listContains(self: PyObject, el: PyObject): boolean {
  const a = self as PyList;
  for (let i = 0; i < a.items.length; i++) {
    const item = incref(a.items[i] as PyObject);
    try {
      if (richCompareBool(el, item, EQ)) return true;
    } finally {
      decref(item);
    }
  }
  return false;
}

/** `list_repeat`. */
export function listRepeat(a: PyList, n: number): PyList {
  if (n < 0) n = 0;
  if (a.items.length > 0 && n > MAX_ITEMS / a.items.length) raiseNoMemory();
  checkSlots(a.items.length * n);
  const out: PyObject[] = [];
  for (let k = 0; k < n; k++) for (const x of a.items) out.push(incref(x));
  return newListOfType(listType, out);
}

listType.repr = (self) => {
  const a = self as PyList;
  if (a.items.length === 0) return newStr('[]');
  if (!reprEnter(a)) return newStr('[...]');
  try {
    return newStr(`[${itemsRepr(a)}]`);
  } finally {
    reprLeave(a);
  }
};
listType.richcompare = (v, w, op) => {
  if (!(v instanceof PyList) || !(w instanceof PyList)) return newNotImplemented();
  return sequenceRichCompare(v, w, op, true);
};
listType.length = (self) => (self as PyList).items.length;
listType.getitem = listSubscript;
listType.setitem = listAssSubscript;
listType.contains = listContains;
listType.iter = (self) => newListIter(self as PyList);
listType.isSequence = true;
setConcatAdd(listType, (a, b) => {
  if (!(a instanceof PyList)) return newNotImplemented();
  if (!(b instanceof PyList)) {
    throw typeError(`can only concatenate list (not "${tpName(b.type)}") to list`);
  }
  if (a.items.length + b.items.length > MAX_ITEMS) raiseNoMemory();
  checkSlots(a.items.length + b.items.length);
  return newListFrom([...a.items, ...b.items]);
});
listType.nb.multiply = sqRepeatSlot((a, b) => {
  const r = repeatOperands(a, b, (o): o is PyList => o instanceof PyList);
  return r === null ? newNotImplemented() : listRepeat(r[0], r[1]);
});
listType.nbInplace.add = sqConcatSlot((a, b) => {
  if (!(a instanceof PyList)) return newNotImplemented();
  listExtend(a, b);
  return incref(a);
});
listType.nbInplace.multiply = sqRepeatSlot((a, b) => {
  if (!(a instanceof PyList)) return newNotImplemented();
  const n = repeatCount(b);
  if (n === null) {
    if (b.type.isHeapType && b.type.nb.multiply !== undefined) return newNotImplemented();
    throw typeError(`can't multiply sequence by non-int of type '${tpName(b.type)}'`);
  }
  const size = a.items.length;
  if (size === 0 || n === 1) return incref(a);
  if (n < 1) {
    listClear(a);
    return incref(a);
  }
  if (n > MAX_ITEMS / size) raiseNoMemory();
  listResize(a, size * n);
  const copy = a.items.slice();
  for (let k = 1; k < n; k++) for (const x of copy) a.items.push(incref(x));
  return incref(a);
});
// `list()` allocates through `PyType_GenericAlloc`, past the free list (which only `PyList_New` takes from).
listType.new = (type) => newListOfType(type, [], false);
listType.init = (self, args, kwnames) => {
  if (self.type === listType && kwnames !== null && kwnames.length > 0) throw typeError('list() takes no keyword arguments');
  const nargs = args.length - (kwnames?.length ?? 0);
  if (nargs > 1) throw typeError(`list expected at most 1 argument, got ${nargs}`);
  const a = self as PyList;
  if (a.items.length > 0 || a.allocated > 0) listClear(a);
  if (nargs !== 1) return;
  const iterable = args[0] as PyObject;
  // A sized iterable's length is allocated exactly, up front (`list_preallocate_exact`).
  if (iterable.type.length !== undefined) {
    let size = -1;
    try {
      size = length(iterable);
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
      clearRaise(e);
    }
    if (size > 0 && a.allocated === 0) {
      if (size > MAX_ITEMS) raiseNoMemory();
      checkSlots(size);
      a.allocated = size;
    }
  }
  listExtend(a, iterable);
};

/** Whether `o` is a list or tuple (`PyList_Check || PyTuple_Check`). */
export function isListOrTuple(o: PyObject): o is PyList | PyTuple {
  return o instanceof PyList || o instanceof PyTuple;
}
