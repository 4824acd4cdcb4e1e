/**
 * `dict`: an insertion-ordered mapping with Python equality between keys. Exact dicts come from a
 * free list of 80 (the heap models it). str keys are found by their text without hashing; other
 * keys by their hash. Mirrors CPython 3.8 Objects/dictobject.c as far as observable: order,
 * equality, the errors, and when references are taken and dropped.
 * @module
 */
import { DictStorage, hashBucket, type BucketKey } from '../runtime/dict-storage.ts';
import { usableFraction, type SharedKeys } from '../runtime/shared-keys.ts';
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { hashObject, richCompareBool } from '../runtime/abstract-compare.ts';
import { PyStr, newStr, strType } from './str.ts';

/** The `dict` type. */
export const dictType: PyType = staticType({ name: 'dict', basicsize: 48, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });

/** A dict object: it owns a reference to each key and value. */
export class PyDict extends PyObject {
  readonly storage = new DictStorage();

  /** Live entries (`len()`). */
  get size(): number {
    return this.storage.used;
  }
}

/** A new empty dict. */
export function newDict(type: PyType = dictType): PyDict {
  return new PyDict(type, allocateAddress(type));
}

/** The bucket a key lives in: its text for a str whose hashing and equality are str's, else its hash. */
export function bucketOf(key: PyObject): BucketKey {
  if (isTextKey(key)) return key.value;
  return hashBucket(hashObject(key));
}

/**
 * Whether a key is found by its text: a str whose hashing and equality are str's. A str subclass
 * with its own `__eq__` is found by its hash, so that its `__eq__` runs against an equal str key
 * as `lookdict`'s `PyObject_RichCompare` runs it.
 */
function isTextKey(key: PyObject): key is PyStr {
  return key instanceof PyStr && (key.type === strType || (key.type.hash === strType.hash && key.type.richcompare === strType.richcompare));
}

/**
 * The bucket of a key whose hash the caller already has (a set entry's, a dict entry's), so
 * that `__hash__` is not called again, as `_PyDict_GetItem_KnownHash` and `insertdict` with a
 * stored `me_hash` do.
 */
export function bucketOfKnownHash(key: PyObject, hash: bigint): BucketKey {
  return isTextKey(key) ? key.value : hashBucket(hash);
}

/** The hash stored with entry `i` of a dict's table (`me_hash`), without calling `__hash__`. */
export function entryHash(s: DictStorage, i: number): bigint {
  const bucket = s.buckets[i];
  if (typeof bucket === 'bigint') return bucket;
  if (typeof bucket === 'number') return BigInt(bucket);
  return (s.keys[i] as PyStr).hashValue;
}

const equals = (a: PyObject, b: PyObject): boolean => richCompareBool(a, b, 2);

/** The value under `key`, borrowed, or null (`PyDict_GetItemWithError`). Hashing may raise. */
export function dictGet(d: PyDict, key: PyObject): PyObject | null {
  return dictGetKnownHash(d, key, bucketOf(key));
}

/**
 * `_PyDict_GetItem_KnownHash`: {@link dictGet} for a key whose bucket the caller computed once
 * (functools' caches hash a key once per call).
 */
export function dictGetKnownHash(d: PyDict, key: PyObject, bucket: BucketKey): PyObject | null {
  const s = d.storage;
  const i = s.find(key, bucket, equals);
  return i < 0 ? null : (s.values[i] ?? null);
}

/** The entry position of `key` in the dict's storage, or -1 (for caches that check `storage.keys[i]`). */
export function dictIndex(d: PyDict, key: PyObject): number {
  return d.storage.find(key, bucketOf(key), equals);
}

/**
 * The entry position of the str key given as `name`: by its text alone, unless some key may equal
 * a str without being one (then a str object is made to compare it with, as CPython's lookups by
 * a C string make one).
 */
function findStr(d: PyDict, name: string): number {
  const s = d.storage;
  if (s.crossKeys === 0) return s.find(d, name, equals);
  const key = newStr(name);
  try {
    return s.find(key, name, equals);
  } finally {
    decref(key);
  }
}

/** The value under the str key `name`, borrowed, or null. */
export function dictGetStr(d: PyDict, name: string): PyObject | null {
  const s = d.storage;
  const i = findStr(d, name);
  return i < 0 ? null : (s.values[i] ?? null);
}

/** `d[key] = value` (`PyDict_SetItem`): takes its own references. */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  dictSetKnownHash(d, key, bucketOf(key), value);
}

/** `_PyDict_SetItem_KnownHash`: {@link dictSet} for a key whose bucket the caller computed. */
export function dictSetKnownHash(d: PyDict, key: PyObject, bucket: BucketKey, value: PyObject): void {
  const s = d.storage;
  const i = s.find(key, bucket, equals);
  value.refcnt++;
  if (i >= 0) {
    const old = s.values[i] as PyObject;
    s.values[i] = value;
    decref(old);
    return;
  }
  key.refcnt++;
  if (s.shared !== null) splitInsert(s, key);
  s.append(key, bucket, value);
}

/**
 * Adds a key its caller just looked up and did not find, without a second lookup (so no second
 * `__eq__` call), as `PyDict_SetDefault` does after its one `dk_lookup`. Takes its own references.
 */
export function dictInsertAbsent(d: PyDict, key: PyObject, bucket: BucketKey, value: PyObject): void {
  const s = d.storage;
  value.refcnt++;
  key.refcnt++;
  if (s.shared !== null) splitInsert(s, key);
  s.append(key, bucket, value);
}

/**
 * `insertdict`'s rule for a new key of a split dict: it goes into the shared table when it is an
 * exact str inserted in the table's order (the dict holding the keys before it) and the table
 * has room; any other insertion makes the dict combined first (`insertion_resize`).
 */
function splitInsert(s: DictStorage, key: PyObject): void {
  const keys = s.shared;
  if (keys === null) return;
  if (key instanceof PyStr && key.type === strType) {
    const ix = keys.indexOf(key.value);
    if (ix >= 0 ? s.used === ix : s.used === keys.nentries && keys.usable > 0) {
      if (ix < 0) keys.add(key.value);
      return;
    }
  }
  s.resize(s.used * 3);
}

/** `d[name] = value` for a str key given as text. */
export function dictSetStr(d: PyDict, name: string, value: PyObject): void {
  const s = d.storage;
  const i = findStr(d, name);
  if (i >= 0) {
    value.refcnt++;
    const old = s.values[i] as PyObject;
    s.values[i] = value;
    decref(old);
    return;
  }
  const key = newStr(name);
  value.refcnt++;
  if (s.shared !== null) splitInsert(s, key);
  s.append(key, name, value);
}

/** Removes `key`; returns whether it was there (the caller raises KeyError). */
export function dictDel(d: PyDict, key: PyObject): boolean {
  return dictDelKnownHash(d, key, bucketOf(key));
}

/** `_PyDict_Pop_KnownHash` without the value: {@link dictDel} for a key whose bucket is known. */
export function dictDelKnownHash(d: PyDict, key: PyObject, bucket: BucketKey): boolean {
  const s = d.storage;
  const i = s.find(key, bucket, equals);
  if (i < 0) return false;
  const k = s.keys[i] as PyObject;
  const v = s.values[i] as PyObject;
  s.remove(i);
  decref(k);
  decref(v);
  return true;
}

/** Removes the str key `name`; returns whether it was there. */
export function dictDelStr(d: PyDict, name: string): boolean {
  const s = d.storage;
  const i = findStr(d, name);
  if (i < 0) return false;
  const k = s.keys[i] as PyObject;
  const v = s.values[i] as PyObject;
  s.remove(i);
  decref(k);
  decref(v);
  return true;
}

/** Live `[key, value]` pairs in order, borrowed (a snapshot: safe against mutation). */
export function dictItems(d: PyDict): [PyObject, PyObject][] {
  const s = d.storage;
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < s.keys.length; i++) {
    const k = s.keys[i];
    if (k != null) out.push([k, s.values[i] as PyObject]);
  }
  return out;
}

/** Removes every entry, dropping the references in insertion order (`PyDict_Clear`). */
export function dictClear(d: PyDict): void {
  const s = d.storage;
  const keys = s.keys;
  const values = s.values;
  s.clear();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k == null) continue;
    decref(k);
    decref(values[i] as PyObject);
  }
}

/**
 * A new reference to a shallow copy (`PyDict_Copy`). An exact dict with at most a third of its
 * entries deleted is cloned table and all (`clone_combined_dict`); any other is merged into a
 * new dict, which sizes its table for the entries once (`dict_merge`).
 */
export function dictCopy(d: PyDict): PyDict {
  const src = d.storage;
  if (src.shared !== null) return splitCopy(d);
  const copy = newDict();
  if (src.used === 0) return copy;
  const dst = copy.storage;
  const clone = d.type === dictType && src.used >= Math.floor((src.nentries * 2) / 3);
  if (!clone) reserveForMerge(dst, src.used);
  // `clone_combined_dict` and `dict_merge` reuse each entry's stored hash.
  for (let i = 0; i < src.keys.length; i++) {
    const k = src.keys[i];
    if (k != null) dst.append(incref(k), src.buckets[i] as BucketKey, incref(src.values[i] as PyObject));
  }
  if (clone) {
    dst.tableSize = src.tableSize;
    dst.usable = src.usable;
    dst.nentries = src.nentries;
  }
  return copy;
}

/** `PyDict_Copy` of a split dict: a new dict (not from the free list) sharing its keys. */
function splitCopy(d: PyDict): PyDict {
  const copy = new PyDict(dictType, allocateAddress(dictType, 0, dictType.basicsize, false));
  copy.storage.share(d.storage.shared as SharedKeys);
  const src = d.storage;
  for (let i = 0; i < src.keys.length; i++) {
    const k = src.keys[i];
    if (k != null) copy.storage.append(incref(k), src.buckets[i] as BucketKey, incref(src.values[i] as PyObject));
  }
  return copy;
}

/**
 * `dict_merge`'s one big resize before copying `incoming` entries from another dict: when they
 * outnumber what the table can take, it is sized for both sets (`ESTIMATE_SIZE`).
 */
export function reserveForMerge(s: DictStorage, incoming: number): void {
  if (usableFraction(s.shared?.size ?? Math.max(s.tableSize, 8)) < incoming) s.resize(((s.used + incoming) * 3 + 1) >> 1);
}

dictType.dealloc = (self) => {
  dictClear(self as PyDict);
  freeObject(self);
};
dictType.traverse = (self, visit) => {
  // `dict_traverse`: each value, then its key; a dict whose keys are all exact str
  // (`lookdict_unicode`) visits its values only. DEVIATION(cpython): 3.8 keeps the generic lookup once any other key went in, even
  // after it is deleted; here the keys present decide. The table is read in place: the
  // collector visits every dict of a generation each time.
  const { keys, values } = (self as PyDict).storage;
  let visitKeys = false;
  for (let i = 0; i < keys.length && !visitKeys; i++) visitKeys = keys[i] != null && (keys[i] as PyObject).type !== strType;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k == null) continue;
    visit(values[i] as PyObject);
    if (visitKeys) visit(k);
  }
};
dictType.clear = (self) => {
  dictClear(self as PyDict);
};

/** Whether `o` is a dict (exact or subclass). */
export function isDict(o: PyObject): o is PyDict {
  return o instanceof PyDict;
}
