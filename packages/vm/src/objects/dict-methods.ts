/**
 * The methods of `dict`: keys, values, items, get, pop, popitem, setdefault, update, clear, copy,
 * fromkeys, `__contains__`, `__getitem__`, `__reversed__`, `__sizeof__`. Mirrors CPython 3.8
 * Objects/dictobject.c and Objects/clinic/dictobject.c.h.
 * @module
 */
import { usableFraction } from '../runtime/shared-keys.ts';
import { varargsImpl } from './call-arguments.ts';
import { EQ, richCompareBool } from '../runtime/abstract-compare.ts';
import { setItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { callNoArgs } from '../runtime/call.ts';
import { keyError, raiseMessage } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { addClassMethods, addMethods } from '../runtime/type-defs.ts';
import { PyDict, bucketOf, bucketOfKnownHash, dictClear, dictGetKnownHash, dictInsertAbsent, dictGet, dictSet, dictSetKnownHash, dictType } from './dict.ts';
import { DUMMY, PySet, frozensetType, setType } from './set.ts';
import type { BucketKey } from '../runtime/dict-storage.ts';
import { dictCopyObject, dictSubscript, dictUpdateCommon } from './dict-slots.ts';
import { newDictIter, newDictView } from './dict-views.ts';
import * as E from './exceptions.ts';
import { newBool, newInt } from './int.ts';
import { checkPositional } from './list-methods.ts';
import { None, newNone } from './singletons.ts';
import { newTupleStealing } from './tuple.ts';

const D = (o: PyObject): PyDict => o as PyDict;

/**
 * `_PyDict_SizeOf`: the object (48 bytes for an exact dict), plus its keys table unless it shares
 * the empty one or a class's. The table is the one CPython 3.8 would have: grown by insertions, kept through
 * deletions.
 */
export function dictSizeOf(d: PyDict): number {
  const shared = d.storage.shared;
  // A split dict: its values, and the keys only when no class or other dict shares them.
  if (shared !== null) return d.type.basicsize + 8 * usableFraction(shared.size) + (shared.refcnt === 1 ? dictKeysSizeOf(shared.size) : 0);
  const n = d.storage.tableSize;
  return d.type.basicsize + (n === 0 ? 0 : dictKeysSizeOf(n));
}

/** The `dk_size` of a keys table grown by insertion to hold `used` entries (8 at least). */
export function dictTableSize(used: number): number {
  let n = 8;
  while (Math.floor((2 * n) / 3) < used) n *= 2;
  return n;
}

/** `_PyDict_KeysSize` of a table of `n` slots: header, index entries, usable entries. */
export function dictKeysSizeOf(n: number): number {
  const indexBytes = n <= 0x80 ? 1 : n <= 0x8000 ? 2 : n <= 0x80000000 ? 4 : 8;
  return 40 + indexBytes * n + 24 * Math.floor((2 * n) / 3);
}

/** `_PyDict_FromKeys(cls, iterable, value)`: `cls()` filled with `value` under each key. */
export function dictFromKeys(cls: PyObject, iterable: PyObject, value: PyObject): PyObject {
  const d = callNoArgs(cls);
  try {
    if (d instanceof PyDict && d.type === dictType && d.size === 0) {
      // An exact dict or set is walked entry by entry (`_PyDict_Next`, `_PySet_NextEntry`
      // reread the table each step, so a key's `__eq__` clearing it ends the walk) and each key
      // goes in under its stored hash: no `__hash__` call, no size check.
      if (iterable instanceof PyDict && iterable.type === dictType) {
        d.storage.resize((iterable.size * 3 + 1) >> 1);
        const s = iterable.storage;
        for (let i = 0; i < s.keys.length; i++) {
          const k = s.keys[i];
          if (k != null) insertKnownHash(d, k, s.buckets[i] as BucketKey, value);
        }
        return d;
      }
      if (iterable instanceof PySet && (iterable.type === setType || iterable.type === frozensetType)) {
        d.storage.resize((iterable.used * 3 + 1) >> 1);
        for (let i = 0; i < iterable.keys.length; i++) {
          const k = iterable.keys[i];
          if (k != null && k !== DUMMY) insertKnownHash(d, k, bucketOfKnownHash(k, iterable.hashes[i] as bigint), value);
        }
        return d;
      }
    }
    const it = getIter(iterable);
    try {
      for (;;) {
        const key = iterNext(it);
        if (key === null) break;
        try {
          if (d instanceof PyDict && d.type === dictType) dictSet(d, key, value);
          else setItem(d, key, value);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

/** `insertdict` of a borrowed key: held across the lookup, whose `__eq__` may drop the owner's reference. */
function insertKnownHash(d: PyDict, key: PyObject, bucket: BucketKey, value: PyObject): void {
  incref(key);
  try {
    dictSetKnownHash(d, key, bucket, value);
  } finally {
    decref(key);
  }
}

/** `dict.pop(key[, default])` (`_PyDict_Pop`). */
export function dictPop(d: PyDict, key: PyObject, deflt: PyObject | undefined): PyObject {
  if (d.size === 0) {
    if (deflt !== undefined) return incref(deflt);
    throw keyError(key);
  }
  // One lookup under one hash (`_PyDict_Pop_KnownHash`), then the entry found is removed.
  const s = d.storage;
  const i = s.find(key, bucketOf(key), (a, b) => richCompareBool(a, b, EQ));
  if (i < 0) {
    if (deflt !== undefined) return incref(deflt);
    throw keyError(key);
  }
  const k = s.keys[i] as PyObject;
  const v = s.values[i] as PyObject;
  s.remove(i);
  decref(k);
  return v;
}

addMethods(dictType, [
  { name: '__contains__', kind: 'o', impl: (self, args) => newBool(dictGet(D(self), args[0] as PyObject) !== null) },
  { name: '__getitem__', kind: 'o', impl: (self, args) => dictSubscript(self, args[0] as PyObject) },
  { name: '__sizeof__', kind: 'noargs', impl: (self) => newInt(dictSizeOf(D(self))) },
  {
    name: 'get',
    kind: 'fast',
    impl: (self, args) => {
      checkPositional('get', args.length, 1, 2);
      const v = dictGet(D(self), args[0] as PyObject);
      return incref(v ?? args[1] ?? None);
    },
  },
  {
    name: 'setdefault',
    kind: 'fast',
    impl: (self, args) => {
      checkPositional('setdefault', args.length, 1, 2);
      const d = D(self);
      const key = args[0] as PyObject;
      // `PyDict_SetDefault`: one hash, one lookup.
      const bucket = bucketOf(key);
      const v = dictGetKnownHash(d, key, bucket);
      if (v !== null) return incref(v);
      const deflt = args[1] ?? None;
      dictInsertAbsent(d, key, bucket, deflt);
      return incref(deflt);
    },
  },
  {
    name: 'pop',
    kind: 'fast',
    impl: (self, args) => {
      checkPositional('pop', args.length, 1, 2);
      return dictPop(D(self), args[0] as PyObject, args[1]);
    },
  },
  {
    name: 'popitem',
    kind: 'noargs',
    impl: (self) => {
      const d = D(self);
      if (d.size === 0) throw raiseMessage(E.KeyError, 'popitem(): dictionary is empty');
      const s = d.storage;
      const i = s.lastLive();
      const key = s.keys[i] as PyObject;
      const value = s.values[i] as PyObject;
      s.removeLast(i);
      return newTupleStealing([key, value]);
    },
  },
  { name: 'keys', kind: 'noargs', impl: (self) => newDictView(D(self), 'keys') },
  { name: 'items', kind: 'noargs', impl: (self) => newDictView(D(self), 'items') },
  { name: 'values', kind: 'noargs', impl: (self) => newDictView(D(self), 'values') },
  { name: 'update', kind: 'fastkw', impl: varargsImpl((self, args, kwnames) => (dictUpdateCommon(D(self), args, kwnames, 'update'), newNone())) },
]);

// `fromkeys` comes between `update` and `clear` in `mapp_methods`, hence in `vars(dict)`.
addClassMethods(dictType, [
  {
    name: 'fromkeys',
    kind: 'fast',
    impl: (cls, args) => {
      checkPositional('fromkeys', args.length, 1, 2);
      return dictFromKeys(cls, args[0] as PyObject, args[1] ?? None);
    },
  },
]);

addMethods(dictType, [
  { name: 'clear', kind: 'noargs', impl: (self) => (dictClear(D(self)), newNone()) },
  { name: 'copy', kind: 'noargs', impl: (self) => dictCopyObject(D(self)) },
  { name: '__reversed__', kind: 'noargs', impl: (self) => newDictIter(D(self), 'keys', true) },
]);
