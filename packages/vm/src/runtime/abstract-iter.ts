/**
 * Iteration: `PyObject_GetIter` (with the sequence-iterator fallback over `__getitem__`),
 * `PyIter_Next`, `PySequence_Fast`/`PySequence_List` as arrays, and ceval's `unpack_iterable`.
 * Mirrors CPython 3.8 Objects/abstract.c, Objects/iterobject.c and Python/ceval.c.
 * @module
 */
import { PyDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { PyList, listType, newListStealing } from '../objects/list.ts';
import { newSeqIter } from '../objects/seq-iter.ts';
import { PyTuple, tupleType } from '../objects/tuple.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError, valueError } from './errors.ts';
import { decref, incref, type IterNextSlot, type PyObject, type PyType } from './object.ts';
import { tpName } from './type-name.ts';

/** Built-in types whose item access is `mp_subscript` alone, with no `sq_item` ({@link markMappingOnly}). */
const mappingOnlyTypes = new Set<PyType>();

/**
 * Records that a built-in type's `getitem` slot stands for `mp_subscript` only (a weak proxy, a
 * mappingproxy): `PySequence_Check` is false for it, so `reversed()` of one is refused.
 *
 * @param type - a static type that cannot be subclassed.
 * @see CPython 3.8 Objects/abstract.c `PySequence_Check`
 */
export function markMappingOnly(type: PyType): void {
  mappingOnlyTypes.add(type);
}

/**
 * `PySequence_Check`: a type with item access that is not a dict (the merged `getitem` slot
 * stands for `sq_item`; mapping-only built-ins are dicts or marked by {@link markMappingOnly}).
 */
export function isSequenceLike(o: PyObject): boolean {
  if (o instanceof PyDict) return false;
  return o.type.getitem !== undefined && !mappingOnlyTypes.has(o.type);
}

/**
 * `for item in iterable:` up to the first item `fn` answers true for: the items are taken one at
 * a time, as a Python loop takes them (each borrowed by `fn`, then dropped).
 *
 * @param iterable - what is iterated (borrowed).
 * @param fn - the loop body; true stops the loop (`return` or `break`).
 * @returns whether `fn` stopped the loop.
 */
export function iterateUntil(iterable: PyObject, fn: (item: PyObject) => boolean): boolean {
  const it = getIter(iterable);
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) return false;
      try {
        if (fn(item)) return true;
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

/**
 * Runs `fn` on each of `items` (new references, as `sequenceToArray` gives them) and drops each
 * after its turn; when `fn` throws, the items not reached yet are dropped too.
 */
export function forEachStealing(items: readonly PyObject[], fn: (item: PyObject) => void): void {
  let i = 0;
  try {
    for (; i < items.length; i++) {
      const item = items[i] as PyObject;
      try {
        fn(item);
      } finally {
        decref(item);
      }
    }
  } finally {
    for (let j = i + 1; j < items.length; j++) decref(items[j] as PyObject);
  }
}

/** `iter(o)`: a new reference; TypeError "'X' object is not iterable". */
export function getIter(o: PyObject): PyObject {
  const slot = o.type.iter;
  if (slot !== undefined) {
    const res = slot(o);
    if (res.type.iternext === undefined) {
      decref(res);
      throw typeError(`iter() returned non-iterator of type '${tpName(res.type)}'`);
    }
    return res;
  }
  if (isSequenceLike(o)) return newSeqIter(o);
  throw typeError(`'${tpName(o.type)}' object is not iterable`);
}

/** Whether `o` is an iterator (`PyIter_Check`). */
export function isIterator(o: PyObject): boolean {
  return o.type.iternext !== undefined;
}

/** `PyIter_Next`: the next item (new reference) or null when exhausted; other errors raise. */
export function iterNext(it: PyObject): PyObject | null {
  const slot = it.type.iternext;
  if (slot === undefined) throw typeError(`'${tpName(it.type)}' object is not an iterator`);
  try {
    return slot(it);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.StopIteration)) {
      clearRaise(e);
      return null;
    }
    throw e;
  }
}

/**
 * `(*Py_TYPE(it)->tp_iternext)(it)` on an iterator (one `getIter` returned): the next item (new
 * reference), or null when exhausted. A StopIteration the iterator raises goes on, as CPython's
 * wrappers (map, zip, enumerate, islice ...) return NULL with it still set: the loop that drives
 * them reports it to a trace function before clearing it (FOR_ITER).
 */
export function tpIterNext(it: PyObject): PyObject | null {
  return (it.type.iternext as IterNextSlot)(it);
}

/** Every item of an iterable as new references (`PySequence_List` into an array). */
export function iterableToArray(o: PyObject): PyObject[] {
  const it = getIter(o);
  try {
    return iteratorToArray(it);
  } finally {
    decref(it);
  }
}

/** The items an iterator (borrowed) has left, as new references. */
export function iteratorToArray(it: PyObject): PyObject[] {
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return out;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  }
}

/**
 * `PySequence_Fast`: the items of a list or tuple, or of any iterable, as new references. With
 * `message`, a TypeError from `iter()` is replaced by TypeError(message).
 */
export function sequenceToArray(o: PyObject, message?: string): PyObject[] {
  if ((o.type === listType || o.type === tupleType) && (o instanceof PyList || o instanceof PyTuple)) {
    return o.items.map((x) => incref(x));
  }
  if (message === undefined) return iterableToArray(o);
  let it: PyObject;
  try {
    it = getIter(o);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.TypeError)) {
      clearRaise(e);
      throw typeError(message);
    }
    throw e;
  }
  try {
    return iterableToArray(it);
  } finally {
    decref(it);
  }
}

/**
 * ceval's `unpack_iterable` (UNPACK_SEQUENCE with `after` null, UNPACK_EX otherwise): new
 * references in source order; with `after`, the starred list sits at index `count`.
 */
export function unpackIterable(v: PyObject, count: number, after: number | null = null): PyObject[] {
  if (after === null && v instanceof PyTuple && v.type === tupleType && v.items.length === count) return v.items.map((x) => incref(x));
  if (after === null && v instanceof PyList && v.type === listType && v.items.length === count) return v.items.map((x) => incref(x));
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.TypeError) && v.type.iter === undefined && !isSequenceLike(v)) {
      clearRaise(e);
      throw typeError(`cannot unpack non-iterable ${tpName(v.type)} object`);
    }
    throw e;
  }
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const w = iterNext(it);
      if (w === null) {
        if (after === null) throw valueError(`not enough values to unpack (expected ${count}, got ${i})`);
        throw valueError(`not enough values to unpack (expected at least ${count + after}, got ${i})`);
      }
      out.push(w);
    }
    if (after === null) {
      const w = iterNext(it);
      if (w === null) return out;
      decref(w);
      throw valueError(`too many values to unpack (expected ${count})`);
    }
    const l = newListStealing(iterableToArray(it));
    out.push(l);
    const rest = l.items;
    if (rest.length < after) throw valueError(`not enough values to unpack (expected at least ${count + after}, got ${count + rest.length})`);
    out.push(...rest.splice(rest.length - after, after));
    return out;
  } catch (e) {
    for (let i = out.length - 1; i >= 0; i--) decref(out[i] as PyObject);
    throw e;
  } finally {
    decref(it);
  }
}
