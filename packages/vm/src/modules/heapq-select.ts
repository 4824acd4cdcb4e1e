/**
 * `heapq.nsmallest`, `heapq.nlargest` and `heapq.merge`, written in Python in CPython: the same
 * decorated tuples / lists, the same comparisons in the same order (the n == 1 shortcut through
 * min/max, the `len() <= n` shortcut through sorted). Mirrors CPython 3.8 Lib/heapq.py.
 * @module
 */
import { newInt } from '../objects/int.ts';
import { newStr } from '../objects/str.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { listSort } from '../objects/list-sort.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { EQ, GE, GT, LT, isTrue, richCompareBool } from '../runtime/abstract-compare.ts';
import { sliceIndex } from '../objects/str-methods-util.ts';
import { typeError } from '../runtime/errors.ts';
import { getIter, iterNext, iterableToArray } from '../runtime/abstract-iter.ts';
import { asSsize } from '../runtime/abstract-number.ts';
import { callObject } from '../runtime/call.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { splitKw, HolderObject, holderType, allocate } from './functools-args.ts';
import { bindArgs } from './abc-function.ts';
import { heapify, heappop, heapreplace } from './heapq.ts';

function callKey(key: PyObject | null, v: PyObject): PyObject {
  return key === null ? incref(v) : callObject(key, [v]);
}

/**
 * `richCompareBool(a, b, op)` for a candidate the caller holds: when the comparison raises, the
 * candidate's references in `held` (its key and its item: two references even when they are one
 * object) are released before the error goes on.
 */
function comparedOrReleased(a: PyObject, b: PyObject, op: number, ...held: PyObject[]): boolean {
  try {
    return richCompareBool(a, b, op);
  } catch (e) {
    for (const o of held) decref(o);
    throw e;
  }
}

/** `min(it, default=sentinel, key=key)` / max: a new reference or null. */
function best(it: PyObject, key: PyObject | null, op: number): PyObject | null {
  let item: PyObject | null = null;
  let itemKey: PyObject | null = null;
  try {
    for (let v = iterNext(it); v !== null; v = iterNext(it)) {
      let k: PyObject;
      try {
        k = callKey(key, v);
      } catch (e) {
        decref(v);
        throw e;
      }
      if (item === null || comparedOrReleased(k, itemKey as PyObject, op, k, v)) {
        if (item !== null) decref(item);
        if (itemKey !== null) decref(itemKey);
        item = v;
        itemKey = k;
      } else {
        decref(v);
        decref(k);
      }
    }
  } catch (e) {
    if (item !== null) decref(item);
    throw e;
  } finally {
    if (itemKey !== null) decref(itemKey);
  }
  return item;
}

/** `n >= size` between the Python object `n` and a length. */
function isAtLeast(nObj: PyObject, size: number): boolean {
  const sizeObj = newInt(size);
  try {
    return richCompareBool(nObj, sizeObj, GE);
  } finally {
    decref(sizeObj);
  }
}

/** Where `seq[:n]` stops in a sequence of `length` items (`_PyEval_SliceIndex`, then clamped). */
function sliceStop(nObj: PyObject, length: number): number {
  const n = sliceIndex(nObj) ?? length;
  return n < 0 ? Math.max(0, n + length) : Math.min(n, length);
}

/**
 * How many items `heapq.nlargest(n, items)` returns from `length` items, with the errors its
 * Python code raises for an `n` that is not an int: the `n == 1` shortcut, the
 * `sorted(...)[:n]` one when `n >= len(items)`, else `range(n)`.
 *
 * @see CPython 3.8 Lib/heapq.py `nlargest`
 */
export function selectionSize(nObj: PyObject, length: number): number {
  const one = newInt(1);
  const isOne = richCompareBool(nObj, one, EQ);
  decref(one);
  if (isOne) return Math.min(1, length);
  if (isAtLeast(nObj, length)) return sliceStop(nObj, length);
  return Math.max(0, Math.min(asSsize(nObj, null), length));
}

function select(name: string, args: readonly PyObject[], kwnames: readonly string[] | null, largest: boolean): PyObject {
  const [nObj, iterable, keyArg] = bindArgs(name, args, kwnames, ['n', 'iterable', 'key'], 1) as [PyObject, PyObject, PyObject | undefined];
  const key = keyArg === undefined || keyArg === None ? null : keyArg;
  const one = newInt(1);
  const isOne = richCompareBool(nObj, one, EQ);
  decref(one);
  if (isOne) {
    const it = getIter(iterable);
    try {
      const r = best(it, key, largest ? GT : LT);
      return newListStealing(r === null ? [] : [r]);
    } finally {
      decref(it);
    }
  }
  const size = iterable.type.length;
  if (size !== undefined && isAtLeast(nObj, size(iterable))) {
    const list = newListStealing(iterableToArray(iterable));
    try {
      listSort(list, key, largest);
      // `sorted(iterable, key=key)[:n]`
      const keep = list.items.splice(sliceStop(nObj, list.items.length));
      for (const o of keep) decref(o);
    } catch (e) {
      decref(list);
      throw e;
    }
    return list;
  }
  // `it = iter(iterable)`, then `zip(range(n), it)`: range() wants an integer.
  const it = getIter(iterable);
  let n: number;
  try {
    n = asSsize(nObj, null);
  } catch (e) {
    decref(it);
    throw e;
  }
  const result = newListStealing([]);
  try {
    let order = 0;
    for (let i = 0; i < n; i++) {
      const elem = iterNext(it);
      if (elem === null) break;
      const k = key === null ? null : callKey(key, elem);
      result.items.push(newTupleStealing(k === null ? [elem, newInt(largest ? -i : i)] : [k, newInt(largest ? -i : i), elem]));
    }
    if (result.items.length === 0) return incref(result);
    heapify(result, !largest);
    let top = incref(((result.items[0] as PyTuple).items[0]) as PyObject);
    order = largest ? -n : n;
    try {
      for (let elem = iterNext(it); elem !== null; elem = iterNext(it)) {
        let k: PyObject;
        try {
          k = callKey(key, elem);
        } catch (e) {
          decref(elem);
          throw e;
        }
        const better = largest ? comparedOrReleased(top, k, LT, k, elem) : comparedOrReleased(k, top, LT, k, elem);
        if (better) {
          const entry = newTupleStealing(key === null ? [elem, newInt(order)] : [k, newInt(order), elem]);
          if (key === null) decref(k);
          const old = heapreplace(result, entry, !largest);
          decref(entry);
          decref(old);
          decref(top);
          top = incref((result.items[0] as PyTuple).items[0] as PyObject);
          order += largest ? -1 : 1;
        } else {
          decref(k);
          decref(elem);
        }
      }
    } finally {
      decref(top);
    }
    listSort(result, null, largest);
    const out = result.items.map((t) => incref((t as PyTuple).items[key === null ? 0 : 2] as PyObject));
    return newListStealing(out);
  } finally {
    decref(result);
    decref(it);
  }
}

/** The generator `merge()` returns: the heap of `[value, order, iterator]` lists. */
class MergeState extends HolderObject {
  iterables: PyObject[] = [];
  key: PyObject | null = null;
  heap: PyList | null = null;
  tail: PyObject | null = null;
  reverse = false;
  phase: 'start' | 'loop' | 'resume' | 'tail' | 'done' = 'start';

  override refs(): (PyObject | null)[] {
    return [...this.iterables, this.key, this.heap, this.tail];
  }

  override drop(): void {
    this.iterables = [];
    this.key = this.heap = this.tail = null;
  }
}

// DEVIATION(cpython): merge is a Python generator function in CPython; its iterator here is
// native but shows the generator's type name and module.
const mergeType = holderType({ name: 'generator', module: 'builtins', basicsize: 96 });
mergeType.iter = (self) => incref(self);
mergeType.repr = (self) => newStr(`<generator object merge at 0x${self.address.toString(16)}>`);

function entryItem(s: PyObject, i: number): PyObject {
  return (s as PyList).items[i] as PyObject;
}

function setEntry(s: PyList, i: number, v: PyObject): void {
  const old = s.items[i] as PyObject;
  s.items[i] = v;
  decref(old);
}

mergeType.iternext = (self) => {
  const m = self as MergeState;
  const keyed = m.key !== null;
  const vi = keyed ? 2 : 0;
  const ii = keyed ? 3 : 2;
  if (m.phase === 'start') {
    const h = newListStealing([]);
    m.heap = h;
    m.iterables.forEach((iterable, order) => {
      const it = getIter(iterable);
      const value = iterNext(it);
      if (value === null) {
        decref(it);
        return;
      }
      const ord = newInt(order * (m.reverse ? -1 : 1));
      h.items.push(newListStealing(keyed ? [callKey(m.key, value), ord, value, it] : [value, ord, it]));
    });
    heapify(h, m.reverse);
    m.phase = 'loop';
  }
  const h = m.heap as PyList;
  for (;;) {
    if (m.phase === 'resume') {
      const s = h.items[0] as PyList;
      const value = iterNext(entryItem(s, ii));
      if (value === null) decref(heappop(h, m.reverse));
      else {
        if (keyed) {
          let k: PyObject;
          try {
            k = callKey(m.key, value);
          } catch (e) {
            decref(value);
            throw e;
          }
          setEntry(s, 0, k);
          setEntry(s, 2, value);
        } else setEntry(s, 0, value);
        incref(s);
        try {
          decref(heapreplace(h, s, m.reverse));
        } finally {
          decref(s);
        }
      }
      m.phase = 'loop';
    }
    if (m.phase === 'loop') {
      if (h.items.length > 1) {
        m.phase = 'resume';
        return incref(entryItem(h.items[0] as PyObject, vi));
      }
      if (h.items.length === 0) {
        m.phase = 'done';
        return null;
      }
      m.tail = incref(entryItem(h.items[0] as PyObject, ii));
      m.phase = 'tail';
      return incref(entryItem(h.items[0] as PyObject, vi));
    }
    if (m.phase === 'tail' && m.tail !== null) {
      const v = iterNext(m.tail);
      if (v !== null) return v;
      m.phase = 'done';
    }
    return null;
  }
};

/** nsmallest, nlargest, merge. */
export const selectDefs: readonly NativeDef[] = [
  { name: 'nsmallest', kind: 'fastkw', impl: (_m, args, kw) => select('nsmallest', args, kw, false) },
  { name: 'nlargest', kind: 'fastkw', impl: (_m, args, kw) => select('nlargest', args, kw, true) },
  {
    name: 'merge',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [pos, kw] = splitKw(args, kwnames);
      for (const k of kw.keys()) if (k !== 'key' && k !== 'reverse') throw typeError(`merge() got an unexpected keyword argument '${k}'`);
      const m = allocate(mergeType, (a) => new MergeState(mergeType, a));
      m.iterables = pos.map((p) => incref(p));
      const key = kw.get('key');
      if (key !== undefined && key !== None) m.key = incref(key);
      const rev = kw.get('reverse');
      m.reverse = rev !== undefined && isTrue(rev);
      return m;
    },
  },
];
