// Reference counts kept by the containers: every operation leaves the items with the counts
// CPython would give them (containers own one reference per slot, results are new references).
import { describe, expect, it } from 'vitest';
import { bootVm } from '../../src/runtime/bootstrap.ts';
import { newStr, type PyStr } from '../../src/objects/str.ts';
import { newInt } from '../../src/objects/int.ts';
import { newListStealing, type PyList } from '../../src/objects/list.ts';
import { newTuple } from '../../src/objects/tuple.ts';
import { newDict, dictSet } from '../../src/objects/dict.ts';
import { newSet, setAdd, keyHash, setDiscardEntry } from '../../src/objects/set.ts';
import { newSlice } from '../../src/objects/slice.ts';
import { None } from '../../src/objects/singletons.ts';
import { listSort } from '../../src/objects/list-sort.ts';
import { deleteItem, getItem, setItem, contains, length } from '../../src/runtime/abstract-item.ts';
import { getIter, iterNext, sequenceToArray, unpackIterable } from '../../src/runtime/abstract-iter.ts';
import { decref, incref, type PyObject } from '../../src/runtime/object.ts';
import { PyRaise, clearRaise } from '../../src/runtime/errors.ts';

bootVm();

const fresh = (n: number): PyStr[] => Array.from({ length: n }, (_, i) => newStr(`item number ${i}`));
const counts = (objs: PyObject[]): number[] => objs.map((o) => o.refcnt);

function raises(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyRaise) {
      const name = e.value.type.name;
      clearRaise(e);
      return name;
    }
    throw e;
  }
  return 'none';
}

describe('container reference counts', () => {
  it('list items, slicing, deletion and sort', () => {
    const objs = fresh(5);
    const list = newListStealing(objs.map((o) => incref(o)));
    expect(counts(objs)).toEqual([2, 2, 2, 2, 2]);
    const one = newInt(1);
    const x = getItem(list, one);
    expect(x).toBe(objs[1]);
    expect(objs[1]?.refcnt).toBe(3);
    decref(x);
    const sl = newSlice(None, None, newInt(2));
    const part = getItem(list, sl);
    expect(counts(objs)).toEqual([3, 2, 3, 2, 3]);
    decref(part);
    deleteItem(list, sl);
    expect(counts(objs)).toEqual([1, 2, 1, 2, 1]);
    decref(sl);
    setItem(list, one, objs[0] as PyObject);
    expect(counts(objs)).toEqual([2, 2, 1, 1, 1]);
    listSort(list, null, true);
    expect(counts(objs)).toEqual([2, 2, 1, 1, 1]);
    expect(length(list)).toBe(2);
    expect(contains(list, objs[0] as PyObject)).toBe(true);
    decref(list);
    expect(counts(objs)).toEqual([1, 1, 1, 1, 1]);
    for (const o of objs) decref(o);
    decref(one);
  });

  it('iteration, PySequence_Fast and unpacking', () => {
    const objs = fresh(3);
    const t = newTuple(objs);
    const it = getIter(t);
    const a = iterNext(it);
    expect(counts(objs)).toEqual([3, 2, 2]);
    if (a !== null) decref(a);
    decref(it);
    const arr = sequenceToArray(t);
    expect(counts(objs)).toEqual([3, 3, 3]);
    for (const o of arr) decref(o);
    const un = unpackIterable(t, 1, 1);
    expect(counts(objs)).toEqual([3, 3, 3]);
    expect((un[1] as PyList).items).toEqual([objs[1]]);
    for (const o of un) decref(o);
    expect(raises(() => unpackIterable(t, 4))).toBe('ValueError');
    expect(raises(() => unpackIterable(t, 2))).toBe('ValueError');
    expect(counts(objs)).toEqual([2, 2, 2]);
    decref(t);
    expect(counts(objs)).toEqual([1, 1, 1]);
    for (const o of objs) decref(o);
  });

  it('dict and set entries', () => {
    const objs = fresh(4);
    const d = newDict();
    dictSet(d, objs[0] as PyObject, objs[1] as PyObject);
    dictSet(d, objs[0] as PyObject, objs[2] as PyObject);
    expect(counts(objs)).toEqual([2, 1, 2, 1]);
    expect(raises(() => getItem(d, objs[3] as PyObject))).toBe('KeyError');
    deleteItem(d, objs[0] as PyObject);
    expect(counts(objs)).toEqual([1, 1, 1, 1]);
    decref(d);
    const s = newSet();
    for (const o of objs) setAdd(s, o);
    setAdd(s, objs[0] as PyObject);
    expect(counts(objs)).toEqual([2, 2, 2, 2]);
    setDiscardEntry(s, objs[1] as PyObject, keyHash(objs[1] as PyObject));
    expect(counts(objs)).toEqual([2, 1, 2, 2]);
    decref(s);
    expect(counts(objs)).toEqual([1, 1, 1, 1]);
    for (const o of objs) decref(o);
  });
});
