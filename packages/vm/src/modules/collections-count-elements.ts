/**
 * `_collections._count_elements(mapping, iterable)`, the loop behind `Counter(iterable)` and
 * `Counter.update(iterable)`: `mapping[elem] = mapping.get(elem, 0) + 1` for each element. A dict
 * whose type keeps dict's `get` and `__setitem__` (a Counter) is updated directly, each element
 * hashed once; any other mapping through its own `get` (looked up once) and `__setitem__`.
 * Mirrors CPython 3.8 Modules/_collectionsmodule.c `_collections__count_elements_impl`.
 * @module
 */
import { PyDict, bucketOf, dictGetKnownHash, dictSetKnownHash, dictType } from '../objects/dict.ts';
import { newInt } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { wrappedSlotOf } from '../objects/wrapper-descr.ts';
import { setItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { binaryOp } from '../runtime/abstract-number.ts';
import { getAttrString, lookupType } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';

/**
 * The `setitem` slots that store a value as dict's does, besides dict's own: the native Counter
 * fills the slot itself only for its `__delitem__`, where CPython's Counter inherits
 * `dict.__setitem__`.
 */
export const dictStoringSetItems = new Set<unknown>();

/** Whether `mapping` takes the fast path: a dict with dict's own `get` and `__setitem__`. */
function isPlainDictCounting(mapping: PyObject): mapping is PyDict {
  const get = lookupType(mapping.type, 'get');
  const setitem = lookupType(mapping.type, '__setitem__');
  const isDictSetItem = setitem !== null && (setitem === lookupType(dictType, '__setitem__') || dictStoringSetItems.has(wrappedSlotOf(setitem)?.slot));
  return get !== null && get === lookupType(dictType, 'get') && isDictSetItem && mapping instanceof PyDict;
}

/** `mapping[key] = mapping.get(key, 0) + 1` on a plain dict, hashing `key` once. */
function countInDict(d: PyDict, key: PyObject, one: PyObject): void {
  const bucket = bucketOf(key);
  const old = dictGetKnownHash(d, key, bucket);
  if (old === null) {
    dictSetKnownHash(d, key, bucket, one);
    return;
  }
  const n = binaryOp(old, one, 'add');
  try {
    dictSetKnownHash(d, key, bucket, n);
  } finally {
    decref(n);
  }
}

/** `mapping[key] = get(key, 0) + 1` through the mapping's own methods. */
function countThroughMethods(mapping: PyObject, get: PyObject, key: PyObject, zero: PyObject, one: PyObject): void {
  const old = callObject(get, [key, zero]);
  let n: PyObject;
  try {
    n = binaryOp(old, one, 'add');
  } finally {
    decref(old);
  }
  try {
    setItem(mapping, key, n);
  } finally {
    decref(n);
  }
}

/**
 * `_collections._count_elements(mapping, iterable)`.
 *
 * @param args - the mapping and the iterable (borrowed).
 * @returns None (a new reference).
 * @see CPython 3.8 Modules/_collectionsmodule.c `_collections__count_elements_impl`
 */
export function countElements(args: readonly PyObject[]): PyObject {
  // `PyArg_UnpackTuple(args, "_count_elements", 2, 2, ...)`
  if (args.length !== 2) throw typeError(`_count_elements expected 2 arguments, got ${args.length}`);
  const [mapping, iterable] = args as [PyObject, PyObject];
  const it = getIter(iterable);
  const zero = newInt(0);
  const one = newInt(1);
  let get: PyObject | null = null;
  try {
    const fast = isPlainDictCounting(mapping);
    if (!fast) get = getAttrString(mapping, 'get');
    for (let k = iterNext(it); k !== null; k = iterNext(it)) {
      try {
        if (get === null) countInDict(mapping as PyDict, k, one);
        else countThroughMethods(mapping, get, k, zero, one);
      } finally {
        decref(k);
      }
    }
  } finally {
    if (get !== null) decref(get);
    decref(it);
    decref(zero);
    decref(one);
  }
  return incref(None);
}
