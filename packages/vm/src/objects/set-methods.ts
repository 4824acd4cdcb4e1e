/**
 * The slots and methods of `set` and `frozenset`: repr, hash, comparison (subset order),
 * constructors, add/discard/remove/pop/clear/copy, the union/intersection/difference family with
 * their `_update` forms, subset tests, and the `| & - ^` operators with their in-place forms.
 * Mirrors CPython 3.8 Objects/setobject.c.
 * @module
 */
import { varargsImpl } from './call-arguments.ts';
import type { NativeDef } from './native-function.ts';
import { EQ, GE, GT, LE, LT, NE } from '../runtime/abstract-compare.ts';
import { getIter, iterNext, iterableToArray } from '../runtime/abstract-iter.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { newListStealing } from './list.ts';
import { newTupleStealing } from './tuple.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { PyRaise, clearRaise, exceptionMatches, keyError, raiseMessage, typeError } from '../runtime/errors.ts';
import { decref, incref, type BinarySlot, type PyObject, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { frozensetHash } from '../hash/container-hash.ts';
import { PyDict, bucketOfKnownHash, dictGetKnownHash, dictType, entryHash } from './dict.ts';
import * as E from './exceptions.ts';
import { newBool, newInt } from './int.ts';
import { checkPositional, positional } from './list-methods.ts';
import { newListFrom } from './list-slots.ts';
import { reprEnter, reprLeave } from './repr-guard.ts';
import {
  DUMMY, PySet, PySetIter, setIteratorType, emptyFrozenset, frozensetType, keyHash, makeNewSet, makeNewSetBasetype, setAddEntry, setAddKey, setSome, setWalk,
  setClearInternal, setContainsEntry, setDiscardEntry, setEntries, setTableResize, setType, setUpdateInternal,
} from './set.ts';
import { newNone, newNotImplemented } from './singletons.ts';
import { newStr } from './str.ts';

const S = (o: PyObject): PySet => o as PySet;

/** `set_copy`. */
export function setCopy(so: PySet): PySet {
  return makeNewSetBasetype(so.type, so);
}

/** `set_swap_bodies`. */
function swapBodies(a: PySet, b: PySet): void {
  [a.keys, b.keys] = [b.keys, a.keys];
  [a.hashes, b.hashes] = [b.hashes, a.hashes];
  [a.fill, b.fill] = [b.fill, a.fill];
  [a.used, b.used] = [b.used, a.used];
  a.hash = null;
  b.hash = null;
}

function withKeyFallback<T>(key: PyObject, f: (k: PyObject, h: bigint) => T): T {
  try {
    return f(key, keyHash(key));
  } catch (e) {
    if (!(key instanceof PySet) || !(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    const tmp = makeNewSet(frozensetType, key);
    try {
      return f(tmp, keyHash(tmp));
    } finally {
      decref(tmp);
    }
  }
}

/** `set_intersection`. */
export function setIntersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = makeNewSetBasetype(so.type, null);
  try {
    if (other instanceof PySet) {
      let [big, small] = [so, other];
      if (other.used > so.used) [big, small] = [other, so];
      setWalk(small, (k, h) => {
        if (setContainsEntry(big, k, h)) setAddEntry(result, k, h);
      });
      return result;
    }
    const it = getIter(other);
    try {
      for (;;) {
        const key = iterNext(it);
        if (key === null) break;
        try {
          const h = keyHash(key);
          if (setContainsEntry(so, key, h)) setAddEntry(result, key, h);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** `set_intersection_update`: replaces the body by the intersection. */
export function intersectionUpdate(so: PySet, other: PyObject): void {
  const tmp = setIntersection(so, other);
  swapBodies(so, tmp);
  decref(tmp);
}

/** `set_difference_update_internal`. */
export function differenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    setClearInternal(so);
    return;
  }
  if (other instanceof PySet) {
    const src = other.used >> 3 > so.used ? setIntersection(so, other) : incref(other);
    try {
      setWalk(src, (k, h) => {
        setDiscardEntry(so, k, h);
      });
    } finally {
      decref(src);
    }
  } else {
    const it = getIter(other);
    try {
      for (;;) {
        const key = iterNext(it);
        if (key === null) break;
        try {
          setDiscardEntry(so, key, keyHash(key));
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  }
  if (so.fill - so.used <= so.mask >> 2) return;
  setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** `set_difference`. */
export function setDifference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.type === dictType) otherSize = other.size;
  else otherSize = -1;
  if (otherSize < 0 || so.used >> 2 > otherSize) {
    const result = setCopy(so);
    try {
      differenceUpdate(result, other);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  }
  const result = makeNewSetBasetype(so.type, null);
  try {
    setWalk(so, (k, h) => {
      // `_PyDict_Contains(other, key, hash)`: the set entry's hash, not a new `__hash__` call.
      const present = other instanceof PySet ? setContainsEntry(other, k, h) : dictGetKnownHash(other as PyDict, k, bucketOfKnownHash(k, h)) !== null;
      if (!present) setAddEntry(result, k, h);
    });
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** `set_symmetric_difference_update`. */
export function symmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    setClearInternal(so);
    return;
  }
  if (other instanceof PyDict && other.type === dictType) {
    // `_PyDict_Next` walk, under each entry's stored hash.
    const s = other.storage;
    for (let i = 0; i < s.keys.length; i++) {
      const k = s.keys[i];
      if (k == null) continue;
      const h = entryHash(s, i);
      incref(k);
      try {
        if (!setDiscardEntry(so, k, h)) setAddEntry(so, k, h);
      } finally {
        decref(k);
      }
    }
    return;
  }
  const otherset = other instanceof PySet ? incref(other) : makeNewSetBasetype(so.type, other);
  try {
    setWalk(otherset, (k, h) => {
      if (!setDiscardEntry(so, k, h)) setAddEntry(so, k, h);
    });
  } finally {
    decref(otherset);
  }
}

/** `set_issubset`. */
export function setIsSubset(so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) {
    const tmp = makeNewSet(setType, other);
    try {
      return setIsSubset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (so.used > other.used) return false;
  return !setSome(so, (k, h) => !setContainsEntry(other, k, h));
}

/** `set_issuperset`. */
export function setIsSuperset(so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return setIsSubset(other, so);
  const tmp = makeNewSet(setType, other);
  try {
    return setIsSubset(tmp, so);
  } finally {
    decref(tmp);
  }
}

function isDisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet && (other.type === setType || other.type === frozensetType)) {
    let [a, b] = [so, other];
    if (b.used > a.used) [a, b] = [b, a];
    return !setSome(b, (k, h) => setContainsEntry(a, k, h));
  }
  const it = getIter(other);
  try {
    for (;;) {
      const key = iterNext(it);
      if (key === null) return true;
      try {
        if (setContainsEntry(so, key, keyHash(key))) return false;
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

for (const t of [setType, frozensetType]) {
  t.repr = (self) => {
    const so = S(self);
    const name = so.type.name;
    if (!reprEnter(so)) return newStr(`${name}(...)`);
    try {
      if (so.used === 0) return newStr(`${name}()`);
      // `PySequence_List(so)`: a subclass's own __iter__ gives the items shown.
      const ownIter = so.type.iter === setType.iter || so.type.iter === frozensetType.iter;
      const keys = ownIter ? newListFrom(setEntries(so).map(([k]) => k)) : newListStealing(iterableToArray(so));
      let body: string;
      try {
        body = reprText(keys).slice(1, -1);
      } finally {
        decref(keys);
      }
      return newStr(so.type === setType ? `{${body}}` : `${name}({${body}})`);
    } finally {
      reprLeave(so);
    }
  };
  t.richcompare = (v, w, op) => {
    if (!(v instanceof PySet) || !(w instanceof PySet)) return newNotImplemented();
    switch (op) {
      case EQ:
      case NE: {
        let eq: boolean;
        if (v.used !== w.used) eq = false;
        else if (v.hash !== null && w.hash !== null && v.hash !== w.hash) eq = false;
        else eq = setIsSubset(v, w);
        return newBool(op === EQ ? eq : !eq);
      }
      case LE:
        return newBool(setIsSubset(v, w));
      case GE:
        return newBool(setIsSuperset(v, w));
      case LT:
        return newBool(v.used < w.used && setIsSubset(v, w));
      case GT:
        return newBool(v.used > w.used && setIsSuperset(v, w));
    }
    return newNotImplemented();
  };
  const both = (f: (a: PySet, b: PySet) => PyObject): BinarySlot => (a, b) => (a instanceof PySet && b instanceof PySet ? f(a, b) : newNotImplemented());
  t.nb.or = both((a, b) => filled(setCopy(a), (result) => {
    if (a !== b) setUpdateInternal(result, b);
  }));
  t.nb.and = both((a, b) => setIntersection(a, b));
  t.nb.subtract = both((a, b) => setDifference(a, b));
  t.nb.xor = both((a, b) => filled(makeNewSetBasetype(a.type, b), (result) => { symmetricDifferenceUpdate(result, a); }));
}

frozensetType.hash = (self) => {
  const so = S(self);
  so.hash ??= frozensetHash(setEntries(so).map(([, h]) => h));
  return so.hash;
};
/** `result` (a new set, stolen) once `fill` has run on it; released when `fill` raises. */
function filled(result: PySet, fill: (result: PySet) => void): PySet {
  try {
    fill(result);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

const inplace = (f: (a: PySet, b: PyObject) => void): BinarySlot => (a, b) => {
  if (!(a instanceof PySet) || !(b instanceof PySet)) return newNotImplemented();
  f(a, b);
  return incref(a);
};
setType.nbInplace.or = inplace(setUpdateInternal);
setType.nbInplace.and = inplace(intersectionUpdate);
setType.nbInplace.subtract = inplace(differenceUpdate);
setType.nbInplace.xor = inplace(symmetricDifferenceUpdate);

function oneIterable(name: string, type: PyType, args: readonly PyObject[], kwnames: readonly string[] | null, checkKw: boolean): PyObject | null {
  if (checkKw && kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  const pos = positional(args, kwnames);
  checkPositional(type.name, pos.length, 0, 1);
  return pos[0] ?? null;
}

// `set_new` ignores its arguments, keywords included: `set_init` is the one that refuses keywords.
setType.new = (type) => makeNewSet(type, null);
setType.init = (self, args, kwnames) => {
  const iterable = oneIterable('set', self.type, args, kwnames, true);
  const so = S(self);
  if (so.fill > 0) setClearInternal(so);
  so.hash = null;
  if (iterable !== null) setUpdateInternal(so, iterable);
};
frozensetType.new = (type, args, kwnames) => {
  const iterable = oneIterable('frozenset', type, args, kwnames, type === frozensetType);
  if (type !== frozensetType) return makeNewSet(type, iterable);
  if (iterable !== null) {
    if (iterable.type === frozensetType) return incref(iterable);
    const result = makeNewSet(type, iterable);
    if (result.used > 0) return result;
    decref(result);
  }
  return incref(emptyFrozenset);
};

/** `set_intersection_multi`: `so` and every argument in common. */
function intersectionMulti(so: PySet, args: readonly PyObject[]): PySet {
  if (args.length === 0) return setCopy(so);
  let result: PySet = incref(so);
  for (const other of args) {
    try {
      const next = setIntersection(result, other);
      decref(result);
      result = next;
    } catch (e) {
      decref(result);
      throw e;
    }
  }
  return result;
}

/** A `METH_VARARGS` method: its arguments sit in a tuple while it runs. */
const varargs = (f: (so: PySet, args: readonly PyObject[]) => PyObject) => ({ kind: 'fast' as const, impl: varargsImpl((self: PyObject, args: readonly PyObject[]) => f(S(self), args)) });

const common = [
  { name: '__contains__', kind: 'o' as const, impl: (self: PyObject, args: readonly PyObject[]) => newBool(withKeyFallback(args[0] as PyObject, (k, h) => setContainsEntry(S(self), k, h))) },
  {
    name: 'union',
    ...varargs((so, args) => {
      const result = setCopy(so);
      try {
        for (const other of args) if (other !== so) setUpdateInternal(result, other);
      } catch (e) {
        decref(result);
        throw e;
      }
      return result;
    }),
  },
  { name: 'intersection', ...varargs(intersectionMulti) },
  {
    name: 'difference',
    ...varargs((so, args) => {
      if (args.length === 0) return setCopy(so);
      const result = setDifference(so, args[0] as PyObject);
      try {
        for (const other of args.slice(1)) differenceUpdate(result, other);
      } catch (e) {
        decref(result);
        throw e;
      }
      return result;
    }),
  },
  {
    name: 'symmetric_difference',
    kind: 'o' as const,
    impl: (self: PyObject, args: readonly PyObject[]) => filled(makeNewSetBasetype(self.type, args[0] as PyObject), (result) => { symmetricDifferenceUpdate(result, self); }),
  },
  { name: 'issubset', kind: 'o' as const, impl: (self: PyObject, args: readonly PyObject[]) => newBool(setIsSubset(S(self), args[0] as PyObject)) },
  { name: 'issuperset', kind: 'o' as const, impl: (self: PyObject, args: readonly PyObject[]) => newBool(setIsSuperset(S(self), args[0] as PyObject)) },
  { name: 'isdisjoint', kind: 'o' as const, impl: (self: PyObject, args: readonly PyObject[]) => newBool(isDisjoint(S(self), args[0] as PyObject)) },
  // `set_reduce`: `(type(s), (list(s),), s.__dict__ or None)`; the list comes from iterating
  // (a subclass's `__iter__` included).
  {
    name: '__reduce__', kind: 'noargs' as const, doc: 'Return state information for pickling.',
    impl: (self: PyObject) => {
      const keys = newListStealing(iterableToArray(self));
      const args = newTupleStealing([keys]);
      let dict: PyObject | null;
      try {
        dict = lookupAttrString(self, '__dict__');
      } catch (e) {
        decref(args);
        throw e;
      }
      return newTupleStealing([incref(self.type), args, dict ?? newNone()]);
    },
  },
  // `set_sizeof`: the object, plus the table once it has outgrown the 8 entries kept inside it.
  { name: '__sizeof__', kind: 'noargs' as const, impl: (self: PyObject) => newInt(self.type.basicsize + (S(self).mask + 1 > 8 ? 16 * (S(self).mask + 1) : 0)) },
];

const setOnly: NativeDef[] = [
  { name: 'copy', kind: 'noargs', impl: (self) => setCopy(S(self)) },
  { name: 'add', kind: 'o', impl: (self, args) => (setAddKey(S(self), args[0] as PyObject), newNone()) },
  { name: 'clear', kind: 'noargs', impl: (self) => (setClearInternal(S(self)), newNone()) },
  { name: 'discard', kind: 'o', impl: (self, args) => (withKeyFallback(args[0] as PyObject, (k, h) => setDiscardEntry(S(self), k, h)), newNone()) },
  {
    name: 'remove',
    kind: 'o',
    impl: (self, args) => {
      const key = args[0] as PyObject;
      if (!withKeyFallback(key, (k, h) => setDiscardEntry(S(self), k, h))) throw keyError(key);
      return newNone();
    },
  },
  {
    name: 'pop',
    kind: 'noargs',
    impl: (self) => {
      const so = S(self);
      if (so.used === 0) throw raiseMessage(E.KeyError, 'pop from an empty set');
      let i = so.finger & so.mask;
      while (so.keys[i] == null || so.keys[i] === DUMMY) i = i + 1 > so.mask ? 0 : i + 1;
      const key = so.keys[i] as PyObject;
      so.keys[i] = DUMMY;
      so.hashes[i] = -1n;
      so.used--;
      so.finger = i + 1;
      return key;
    },
  },
  { name: 'update', ...varargs((so, args) => {
    for (const o of args) setUpdateInternal(so, o);
    return newNone();
  }) },
  { name: 'intersection_update', ...varargs((so, args) => {
    if (args.length === 0) return newNone();
    const tmp = intersectionMulti(so, args);
    swapBodies(so, tmp);
    decref(tmp);
    return newNone();
  }) },
  { name: 'difference_update', ...varargs((so, args) => {
    for (const o of args) differenceUpdate(so, o);
    return newNone();
  }) },
  { name: 'symmetric_difference_update', kind: 'o', impl: (self, args) => (symmetricDifferenceUpdate(S(self), args[0] as PyObject), newNone()) },
];
const frozensetOnly: NativeDef[] = [
  { name: 'copy', kind: 'noargs', impl: (self) => (self.type === frozensetType ? incref(self) : setCopy(S(self))) },
];

/** The methods in the order of CPython 3.8's `set_methods` and `frozenset_methods` tables. */
const SET_METHOD_ORDER = [
  '__contains__', 'add', 'clear', 'copy', 'discard', 'difference', 'difference_update', 'intersection', 'intersection_update',
  'isdisjoint', 'issubset', 'issuperset', 'pop', '__reduce__', 'remove', '__sizeof__', 'symmetric_difference',
  'symmetric_difference_update', 'union', 'update',
];

/** `defs` sorted into {@link SET_METHOD_ORDER}. */
function inTableOrder(defs: readonly NativeDef[]): NativeDef[] {
  const rank = (d: NativeDef): number => SET_METHOD_ORDER.indexOf(d.name);
  return [...defs].sort((a, b) => rank(a) - rank(b));
}

addMethods(setType, inTableOrder([...common, ...setOnly]));
addMethods(frozensetType, inTableOrder([...common, ...frozensetOnly]));

// `setiter_len`: what is left, or 0 once exhausted or after the set changed size.
addMethods(setIteratorType, [
  {
    name: '__length_hint__', kind: 'noargs',
    impl: (self) => {
      const si = self as PySetIter;
      return newInt(si.set !== null && si.siUsed === si.set.used ? si.len : 0);
    },
  },
]);
