/**
 * `set` and `frozenset`: CPython 3.8's open-addressing table (8 slots to start, LINEAR_PROBES
 * neighbours then perturbed probing, dummies left by deletions, `fill`/`used`, growth by
 * `set_table_resize`), so iteration order, `pop()` order and reference timing are CPython's.
 * Also the set iterator. Mirrors CPython 3.8 Objects/setobject.c.
 * @module
 */
import { EQ, hashObject, richCompareBool } from '../runtime/abstract-compare.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { objectType, staticType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, runtimeError } from '../runtime/errors.ts';
import { allocateAddress, staticAddress } from '../runtime/memory.ts';
import { raiseNoMemory } from '../runtime/buffer-alloc.ts';
import { MAX_ITEMS, checkStorage } from '../runtime/storage-limit.ts';
import { IMMORTAL, PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { setFrozensetMaker } from './code.ts';
import { PyDict, dictType, entryHash } from './dict.ts';
import * as E from './exceptions.ts';
import { PyStr, strType } from './str.ts';
import type { IterState } from './iter-copy-reduce.ts';

/** `PySet_MINSIZE`. */
export const SET_MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** The `set` type. */
export const setType: PyType = staticType({ name: 'set', basicsize: 200, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
/** The `frozenset` type. */
export const frozensetType: PyType = staticType({ name: 'frozenset', basicsize: 200, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
/** `set_iterator`. */
export const setIteratorType: PyType = staticType({ name: 'set_iterator', basicsize: 48, flags: TPFLAGS_HAVE_GC });

/** The dummy key left where an entry was deleted. */
export const DUMMY: PyObject = new PyObject(objectType, staticAddress(16));
DUMMY.refcnt = IMMORTAL;

/** A set or frozenset: `keys[i]` null (empty), DUMMY (deleted) or an owned key; `hashes[i]`. */
export class PySet extends PyObject {
  keys: (PyObject | null)[] = new Array<PyObject | null>(SET_MINSIZE).fill(null);
  hashes: bigint[] = new Array<bigint>(SET_MINSIZE).fill(0n);
  /** Active plus dummy entries. */
  fill = 0;
  /** Active entries. */
  used = 0;
  /** Where `pop()` resumes. */
  finger = 0;
  /** The cached frozenset hash, or null. */
  hash: bigint | null = null;

  get mask(): number {
    return this.keys.length - 1;
  }
}

/** Whether `o` is a set or frozenset, or a subclass (`PyAnySet_Check`). */
export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

/** The home slot of a hash. */
function home(hash: bigint, mask: number): number {
  return Number(BigInt.asUintN(32, hash)) & mask;
}

/** `set_insert_clean`. */
function insertClean(keys: (PyObject | null)[], hashes: bigint[], key: PyObject, hash: bigint): void {
  const mask = keys.length - 1;
  let perturb = BigInt.asUintN(64, hash);
  let i = home(hash, mask);
  for (;;) {
    if (keys[i] === null) break;
    let found = false;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) {
          i += j;
          found = true;
          break;
        }
      }
    }
    if (found) break;
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + Number(perturb & 0xffffffffn)) & mask;
  }
  keys[i] = key;
  hashes[i] = hash;
}

/** `set_table_resize`. */
export function setTableResize(so: PySet, minused: number): void {
  let newsize = SET_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  if (newsize === SET_MINSIZE && so.keys.length === SET_MINSIZE && so.fill === so.used) return;
  // `PyMem_NEW(setentry, newsize)`: 16-byte entries, beside the heap's objects and within the host's arrays.
  if (newsize > MAX_ITEMS) raiseNoMemory();
  checkStorage(16 * newsize);
  const oldKeys = so.keys;
  const oldHashes = so.hashes;
  so.keys = new Array<PyObject | null>(newsize).fill(null);
  so.hashes = new Array<bigint>(newsize).fill(0n);
  so.fill = so.used;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k != null && k !== DUMMY) insertClean(so.keys, so.hashes, k, oldHashes[i] as bigint);
  }
}

/** Whether two keys with equal hashes are equal (the unicode fast path, then `==`). */
function keysEqual(startkey: PyObject, key: PyObject): boolean {
  if (startkey === key) return true;
  if (startkey instanceof PyStr && key instanceof PyStr && startkey.type === strType && key.type === strType) return startkey.value === key.value;
  incref(startkey);
  try {
    return richCompareBool(startkey, key, EQ);
  } finally {
    decref(startkey);
  }
}

/**
 * Probes for `key`: the slot holding an equal key, or (when `insert`) the slot to fill (the
 * last dummy seen, as CPython 3.8 overwrites `freeslot`, else the empty slot ending the search)
 * as `-1 - slot`. Restarts when a
 * comparison mutated the table, as set_add_entry and set_lookkey do.
 */
function probe(so: PySet, key: PyObject, hash: bigint, insert: boolean): number {
  restart: for (;;) {
    const keys = so.keys;
    const mask = keys.length - 1;
    let i = home(hash, mask);
    if (keys[i] === null) return -1 - i;
    let freeslot = -1;
    let perturb = BigInt.asUintN(64, hash);
    for (;;) {
      for (let j = 0; j <= LINEAR_PROBES; j++) {
        if (j > 0 && !(i + LINEAR_PROBES <= mask)) break;
        const slot = i + j;
        const k = so.keys[slot] as PyObject | null;
        const h = so.hashes[slot] as bigint;
        if (k === null) return -1 - (insert && freeslot >= 0 ? freeslot : slot);
        if (h === hash && k !== DUMMY) {
          if (keysEqual(k, key)) return slot;
          if (so.keys !== keys || so.keys[slot] !== k) continue restart;
        } else if (k === DUMMY) freeslot = slot;
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + Number(perturb & 0xffffffffn)) & mask;
      if (so.keys[i] === null) return -1 - (insert && freeslot >= 0 ? freeslot : i);
    }
  }
}

/** `set_add_entry`: adds `key` (borrowed) unless an equal key is present. */
export function setAddEntry(so: PySet, key: PyObject, hash: bigint): void {
  incref(key);
  let r: number;
  try {
    r = probe(so, key, hash, true);
  } catch (e) {
    decref(key);
    throw e;
  }
  if (r >= 0) {
    decref(key);
    return;
  }
  const slot = -1 - r;
  const wasEmpty = so.keys[slot] === null;
  so.keys[slot] = key;
  so.hashes[slot] = hash;
  so.used++;
  if (!wasEmpty) return;
  so.fill++;
  if (so.fill * 5 < so.mask * 3) return;
  setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** `set_add_key`. */
export function setAddKey(so: PySet, key: PyObject): void {
  setAddEntry(so, key, keyHash(key));
}

/** The hash of a key (`str` hashes are cached). */
export function keyHash(key: PyObject): bigint {
  if (key instanceof PyStr && key.type === strType) return key.hashValue;
  return hashObject(key);
}

/** `set_contains_entry`. */
export function setContainsEntry(so: PySet, key: PyObject, hash: bigint): boolean {
  return probe(so, key, hash, false) >= 0;
}

/** `set_discard_entry`: whether the key was found (and removed). */
export function setDiscardEntry(so: PySet, key: PyObject, hash: bigint): boolean {
  const r = probe(so, key, hash, false);
  if (r < 0) return false;
  const old = so.keys[r] as PyObject;
  so.keys[r] = DUMMY;
  so.hashes[r] = -1n;
  so.used--;
  decref(old);
  return true;
}

/** `set_clear_internal`: back to the small table, then drop the keys in table order. */
export function setClearInternal(so: PySet): void {
  const keys = so.keys;
  so.keys = new Array<PyObject | null>(SET_MINSIZE).fill(null);
  so.hashes = new Array<bigint>(SET_MINSIZE).fill(0n);
  so.fill = 0;
  so.used = 0;
  so.hash = null;
  for (const k of keys) if (k != null && k !== DUMMY) decref(k);
}

/** Active entries as [key, hash] pairs in table order, borrowed (`set_next`). */
export function setEntries(so: PySet): [PyObject, bigint][] {
  const out: [PyObject, bigint][] = [];
  for (let i = 0; i < so.keys.length; i++) {
    const k = so.keys[i];
    if (k != null && k !== DUMMY) out.push([k, so.hashes[i] as bigint]);
  }
  return out;
}

/**
 * A `set_next` walk that stops when `pred` returns true (and says so): it rereads the table at
 * each step, so a key's `__eq__` that mutates the set is seen (a cleared set ends the walk), and
 * holds each key across `pred` so that such a mutation cannot free it under the caller.
 */
export function setSome(so: PySet, pred: (key: PyObject, hash: bigint) => boolean): boolean {
  for (let i = 0; i < so.keys.length; i++) {
    const k = so.keys[i];
    if (k == null || k === DUMMY) continue;
    const h = so.hashes[i] as bigint;
    incref(k);
    try {
      if (pred(k, h)) return true;
    } finally {
      decref(k);
    }
  }
  return false;
}

/** {@link setSome} over every entry. */
export function setWalk(so: PySet, fn: (key: PyObject, hash: bigint) => void): void {
  setSome(so, (k, h) => (fn(k, h), false));
}

/** `set_merge`. */
function setMerge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) setTableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k != null) {
        so.keys[i] = incref(k);
        so.hashes[i] = other.hashes[i] as bigint;
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (const [k, h] of setEntries(other)) insertClean(so.keys, so.hashes, incref(k), h);
    return;
  }
  setWalk(other, (k, h) => {
    setAddEntry(so, k, h);
  });
}

/** `set_update_internal`: adds every item of a set, a dict's keys, or any iterable. */
export function setUpdateInternal(so: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    setMerge(so, other);
    return;
  }
  if (other instanceof PyDict && other.type === dictType) {
    const dictsize = other.size;
    if ((so.fill + dictsize) * 5 >= so.mask * 3) setTableResize(so, (so.used + dictsize) * 2);
    // `_PyDict_Next` rereads the table each step; each key goes in under its stored hash.
    const s = other.storage;
    for (let i = 0; i < s.keys.length; i++) {
      const k = s.keys[i];
      if (k != null) setAddEntry(so, k, entryHash(s, i));
    }
    return;
  }
  const it = getIter(other);
  try {
    for (;;) {
      const key = iterNext(it);
      if (key === null) break;
      try {
        setAddKey(so, key);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** `make_new_set`: a new set of `type` filled from `iterable` (null for empty). */
export function makeNewSet(type: PyType, iterable: PyObject | null): PySet {
  if (type.isHeapType) incref(type);
  const so = new PySet(type, allocateAddress(type));
  if (iterable !== null) {
    try {
      setUpdateInternal(so, iterable);
    } catch (e) {
      decref(so);
      throw e;
    }
  }
  return so;
}

/** `make_new_set_basetype`: set for subclasses of set, frozenset for the others. */
export function makeNewSetBasetype(type: PyType, iterable: PyObject | null): PySet {
  const base = type === setType || type === frozensetType ? type : type.isSubtype(setType) ? setType : frozensetType;
  return makeNewSet(base, iterable);
}

/** `PySet_New(NULL)`: a new empty set. */
export function newSet(): PySet {
  return makeNewSet(setType, null);
}

/** `PySet_Add`: `key` borrowed. */
export function setAdd(so: PyObject, key: PyObject): void {
  setAddKey(so as PySet, key);
}

/** The empty frozenset singleton. */
export const emptyFrozenset: PySet = new PySet(frozensetType, staticAddress(200));
emptyFrozenset.refcnt = IMMORTAL;

/** A new frozenset from new references in `items` (stolen): frozenset constants. */
export function newFrozensetStealing(items: PyObject[]): PySet {
  if (items.length === 0) return incref(emptyFrozenset);
  const so = makeNewSet(frozensetType, null);
  for (const k of items) {
    setAddKey(so, k);
    decref(k);
  }
  return so;
}
setFrozensetMaker(newFrozensetStealing);

/** `set_contains_key` with the frozenset retry for unhashable set keys (`set_contains`). */
export function setContains(so: PySet, key: PyObject): boolean {
  try {
    return setContainsEntry(so, key, keyHash(key));
  } catch (e) {
    if (!(key instanceof PySet) || !(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    const tmp = makeNewSet(frozensetType, key);
    try {
      return setContainsEntry(so, tmp, keyHash(tmp));
    } finally {
      decref(tmp);
    }
  }
}

// ---- set_iterator --------------------------------------------------------------------------------

/** `setiterobject`. */
export class PySetIter extends PyObject {
  set: PySet | null;
  siUsed: number;
  pos = 0;
  len: number;

  constructor(so: PySet) {
    super(setIteratorType, allocateAddress(setIteratorType));
    this.set = incref(so);
    this.siUsed = so.used;
    this.len = so.used;
  }
}

setIteratorType.iter = (self) => incref(self);
setIteratorType.iternext = (self) => {
  const si = self as PySetIter;
  const so = si.set;
  if (so === null) return null;
  if (si.siUsed !== so.used) {
    si.siUsed = -1;
    throw runtimeError('Set changed size during iteration');
  }
  let i = si.pos;
  while (i < so.keys.length && (so.keys[i] == null || so.keys[i] === DUMMY)) i++;
  si.pos = i + 1;
  const key = so.keys[i];
  if (key == null) {
    si.set = null;
    decref(so);
    return null;
  }
  si.len--;
  return incref(key);
};
/** A set iterator's position, for `setiter_reduce`'s copy. */
export const SET_ITER_STATE: IterState<PySetIter> = {
  held: (si) => si.set,
  setHeld: (si, held) => {
    si.set = held as PySet | null;
  },
  save: (si) => {
    const { siUsed, pos, len } = si;
    return () => {
      si.siUsed = siUsed;
      si.pos = pos;
      si.len = len;
    };
  },
};
setIteratorType.dealloc = (self) => {
  const si = self as PySetIter;
  const so = si.set;
  si.set = null;
  if (so !== null) decref(so);
  freeObject(self);
};
setIteratorType.traverse = (self, visit) => {
  const so = (self as PySetIter).set;
  if (so !== null) visit(so);
};

function setDealloc(self: PyObject): void {
  const so = self as PySet;
  const keys = so.keys;
  so.keys = [];
  so.used = 0;
  for (const k of keys) if (k != null && k !== DUMMY) decref(k);
  freeObject(self);
}

for (const t of [setType, frozensetType]) {
  t.dealloc = setDealloc;
  t.traverse = (self, visit) => {
    // The table itself, not a copy: the collector visits every set of a generation each time.
    const keys = (self as PySet).keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k != null && k !== DUMMY) visit(k);
    }
  };
  t.length = (self) => (self as PySet).used;
  t.contains = (self, key) => setContains(self as PySet, key);
  t.iter = (self) => new PySetIter(self as PySet);
}
setType.clear = (self) => {
  setClearInternal(self as PySet);
};
