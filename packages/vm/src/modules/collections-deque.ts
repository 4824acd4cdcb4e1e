/**
 * `collections.deque`: a double-ended queue with an optional `maxlen`, its iterators (which
 * raise "deque mutated during iteration") and its sequence behaviour. Mirrors CPython 3.8
 * Modules/_collectionsmodule.c (deque_* and dequeiter_*); the blocks are a ring buffer here
 * (deque-items.ts).
 * @module
 */
import { clearWeakrefs } from '../objects/weakref.ts';
import * as E from '../objects/exceptions.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { indexBounds, itemEquals, ssizeArg } from '../objects/list-methods.ts';
import { newListFrom } from '../objects/list-slots.ts';
import { newListStealing } from '../objects/list.ts';
import { reprEnter, reprLeave } from '../objects/repr-guard.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { getIter, iterNext, iterableToArray } from '../runtime/abstract-iter.ts';
import { asSsize } from '../runtime/abstract-number.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { staticType } from '../runtime/core-types.ts';
import { indexError, raiseMessage, typeError, valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { raiseNoMemory } from '../runtime/buffer-alloc.ts';
import { MAX_ITEMS, checkStorage } from '../runtime/storage-limit.ts';
import { DequeItems } from './deque-items.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref } from '../runtime/object.ts';
import { addGetSets, addMethods, orderMethods } from '../runtime/type-defs.ts';
import { markSequenceItemSlots } from '../runtime/slot-table.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { checkTupleArgs } from '../objects/str-methods-util.ts';
import { markDottedTypeName, tpName } from '../runtime/type-name.ts';
import { LENGTH_HINT_DOC } from '../objects/builtin-docs.ts';

/** `collections.deque`. */
export const dequeType: PyType = staticType({ name: 'deque', module: 'collections', basicsize: 80, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
// `deque_weakreflist`.
dequeType.weakrefable = true;
/** `_collections._deque_iterator`. */
export const dequeIterType: PyType = staticType({ name: '_deque_iterator', module: '_collections', basicsize: 56, flags: TPFLAGS_HAVE_GC });
export const dequeRevIterType: PyType = staticType({ name: '_deque_reverse_iterator', module: '_collections', basicsize: 56, flags: TPFLAGS_HAVE_GC });
markDottedTypeName(dequeType, dequeIterType, dequeRevIterType);

/** Items per block of CPython's deque (`BLOCKLEN`) and the index a new deque starts at. */
const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;

/**
 * A deque: owned items, the maxlen (null for unbounded) and the mutation counter. The items are in
 * a ring buffer (deque-items.ts); `leftindex` follows where CPython's first item would sit in its
 * leftmost block, which is all `__sizeof__` needs to count the blocks.
 */
export class PyDeque extends PyObject {
  items = new DequeItems();
  maxlen: number | null = null;
  state = 0;
  leftindex = CENTER + 1;
}

/** Adds `o` (a new reference) on the right. */
function pushRight(d: PyDeque, o: PyObject): void {
  if ((d.leftindex + d.items.length) % BLOCKLEN === 0) newBlock(d);
  d.items.push(o);
}

/**
 * The check of `newblock`: the deque's blocks, one more included, must fit beside the heap's
 * objects, and its items in the host's array.
 */
function newBlock(d: PyDeque): void {
  if (d.items.length >= MAX_ITEMS) raiseNoMemory();
  checkStorage((blockCount(d) + 1) * BLOCK_BYTES);
}

/** Adds `o` (a new reference) on the left: a new block when the leftmost one is full. */
function pushLeft(d: PyDeque, o: PyObject): void {
  if (d.leftindex === 0) {
    newBlock(d);
    d.leftindex = BLOCKLEN;
  }
  d.leftindex--;
  d.items.unshift(o);
}

/** Takes the rightmost item (a reference the caller owns); an emptied block re-centres. */
export function popRight(d: PyDeque): PyObject | undefined {
  const o = d.items.pop();
  if (o !== undefined && d.items.length === 0 && d.leftindex === 0) d.leftindex = CENTER + 1;
  return o;
}

/** Takes the leftmost item (a reference the caller owns); an emptied block is freed or re-centred. */
export function popLeft(d: PyDeque): PyObject | undefined {
  const o = d.items.shift();
  if (o === undefined) return o;
  d.leftindex++;
  if (d.leftindex === BLOCKLEN) d.leftindex = d.items.length > 0 ? 0 : CENTER + 1;
  return o;
}

/** `deque.popleft()` of a non-empty deque (a reference the caller owns), or null when it is empty. */
export function dequePopLeft(d: PyDeque): PyObject | null {
  const o = popLeft(d);
  if (o === undefined) return null;
  d.state++;
  return o;
}

/** The blocks holding the deque's items. */
function blockCount(d: PyDeque): number {
  return Math.floor((d.leftindex + d.items.length + BLOCKLEN - 1) / BLOCKLEN);
}

/** A block holds BLOCKLEN pointers and its two links. */
const BLOCK_BYTES = BLOCKLEN * 8 + 16;

/** `deque_sizeof`: the object (`sizeof(dequeobject)` or a subclass's size) and its blocks. */
function dequeSizeOf(d: PyDeque): number {
  return d.type.basicsize + blockCount(d) * BLOCK_BYTES;
}

/** A deque iterator: `dequeiterobject`. */
export class PyDequeIter extends PyObject {
  deque: PyDeque | null = null;
  index = 0;
  state = 0;
  counter = 0;
}

/** `self` as a deque, or the TypeError of a deque method given something else. */
export function D(o: PyObject): PyDeque {
  if (!(o instanceof PyDeque)) throw typeError(`descriptor requires a 'collections.deque' object but received '${tpName(o.type)}'`);
  return o;
}

/** Drops items from the other end beyond maxlen. */
function trim(d: PyDeque, fromLeft: boolean): void {
  while (d.maxlen !== null && d.items.length > d.maxlen) {
    const o = fromLeft ? popLeft(d) : popRight(d);
    if (o !== undefined) decref(o);
  }
}

/** `deque_append`: appends `o` (borrowed), dropping from the left beyond maxlen. */
export function append(d: PyDeque, o: PyObject): void {
  d.state++;
  pushRight(d, incref(o));
  trim(d, true);
}

function appendLeft(d: PyDeque, o: PyObject): void {
  d.state++;
  pushLeft(d, incref(o));
  trim(d, false);
}

/** `deque_clear`. */
export function clear(d: PyDeque): void {
  d.state++;
  const old = d.items;
  if (old.length === 0) return;
  d.items = new DequeItems();
  d.leftindex = CENTER + 1;
  for (const o of old.toArray()) decref(o);
}

/** `deque_extend` / `deque_extendleft`. */
export function extend(d: PyDeque, iterable: PyObject, left: boolean): void {
  const src = iterable === d ? d.items.toArray().map((o) => incref(o)) : null;
  if (src !== null) {
    // `deque_extend(deque, list(deque))`, with the heuristic below
    if (d.maxlen !== 0 && src.length === 0) d.leftindex = left ? BLOCKLEN - 1 : 1;
    for (const o of src) {
      if (left) appendLeft(d, o);
      else append(d, o);
      decref(o);
    }
    return;
  }
  const it = getIter(iterable);
  // The space saving heuristic: an empty deque fills from the end of its block that it grows away from.
  if (d.maxlen !== 0 && d.items.length === 0) d.leftindex = left ? BLOCKLEN - 1 : 1;
  try {
    for (let o = iterNext(it); o !== null; o = iterNext(it)) {
      if (d.maxlen === 0) {
        decref(o);
        continue;
      }
      if (left) appendLeft(d, o);
      else append(d, o);
      decref(o);
    }
  } finally {
    decref(it);
  }
}

/** `_deque_rotate`: `n` steps to the right (left when negative). */
function rotate(d: PyDeque, n: number): void {
  const len = d.items.length;
  if (len <= 1) return;
  const half = len >> 1;
  let m = n;
  if (m > half || m < -half) {
    m %= len;
    if (m > half) m -= len;
    else if (m < -half) m += len;
  }
  d.state++;
  d.leftindex = (((d.leftindex - m) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN;
  d.items.rotate(m);
}

/** A new empty deque of `type` (`deque_new`). */
export function newDequeOfType(type: PyType): PyDeque {
  if (type.isHeapType) incref(type);
  return new PyDeque(type, allocateAddress(type));
}

function checkIndex(d: PyDeque, key: PyObject): number {
  if (!(key instanceof PyInt) && key.type.nbIndex === undefined) throw typeError(`sequence index must be integer, not '${tpName(key.type)}'`);
  // PyObject_GetItem's sequence path: PyNumber_AsSsize_t(key, PyExc_IndexError).
  let i = asSsize(key, E.IndexError);
  if (i < 0) i += d.items.length;
  if (i < 0 || i >= d.items.length) throw indexError('deque index out of range');
  return i;
}

function dequeIndexOf(d: PyDeque, v: PyObject, start: number, stop: number): number {
  const state = d.state;
  for (let i = start; i < Math.min(stop, d.items.length); i++) {
    const eq = itemEquals(d.items.at(i), v);
    if (d.state !== state) throw raiseMessage(E.RuntimeError, 'deque mutated during iteration');
    if (eq) return i;
  }
  return -1;
}

dequeType.new = (type) => newDequeOfType(type);
dequeType.init = (self, args, kwnames) => {
  const d = D(self);
  const [iterable, maxlenObj] = parseArgs('deque', args, kwnames, ['iterable', 'maxlen'], 0);
  let maxlen: number | null = null;
  if (maxlenObj !== undefined && maxlenObj !== None) {
    // `PyLong_AsSsize_t`: an int, not any `__index__`.
    if (!(maxlenObj instanceof PyInt)) throw typeError('an integer is required');
    maxlen = ssizeArg(maxlenObj);
    if (maxlen < 0) throw valueError('maxlen must be non-negative');
  }
  d.maxlen = maxlen;
  if (d.items.length > 0) clear(d);
  if (iterable !== undefined) extend(d, iterable, false);
};
dequeType.dealloc = (self) => {
  // `deque_dealloc`: the weak references go first, their callbacks with them.
  if (self.weakrefs !== null) clearWeakrefs(self);
  const d = self as PyDeque;
  const items = d.items;
  d.items = new DequeItems();
  for (const o of items.toArray()) decref(o);
  freeObject(self);
};
dequeType.traverse = (self, visit) => {
  const items = (self as PyDeque).items;
  for (let i = 0; i < items.length; i++) visit(items.at(i));
};
dequeType.clear = (self) => { clear(self as PyDeque); };
dequeType.length = (self) => (self as PyDeque).items.length;
// `deque_as_sequence` only: no mapping slots.
markSequenceItemSlots(dequeType);
// `deque_methods`' order (some are declared in collections-deque-ops.ts).
orderMethods(dequeType, `append appendleft clear __copy__ copy count extend extendleft index insert pop popleft
  __reduce__ remove __reversed__ reverse rotate __sizeof__`);
dequeType.nbBool = (self) => (self as PyDeque).items.length > 0;
dequeType.repr = (self) => {
  const d = self as PyDeque;
  if (!reprEnter(d)) return newStr('[...]');
  try {
    // `PySequence_List(deque)`: a subclass's own __iter__ gives the items shown.
    const list = d.type.iter === dequeType.iter ? newListFrom(d.items.toArray()) : newListStealing(iterableToArray(d));
    let text: string;
    try {
      text = reprText(list);
    } finally {
      decref(list);
    }
    const name = d.type.name;
    return newStr(d.maxlen === null ? `${name}(${text})` : `${name}(${text}, maxlen=${d.maxlen})`);
  } finally {
    reprLeave(d);
  }
};
dequeType.getitem = (self, key) => {
  const d = self as PyDeque;
  return incref(d.items.at(checkIndex(d, key)));
};
dequeType.setitem = (self, key, value) => {
  const d = self as PyDeque;
  const i = checkIndex(d, key);
  if (value === null) {
    delItem(d, i);
    return;
  }
  const old = d.items.at(i);
  d.items.set(i, incref(value));
  decref(old);
};
/** `deque_del_item`: rotates item `i` to the left end, pops it, rotates back, then drops it. */
function delItem(d: PyDeque, i: number): void {
  rotate(d, -i);
  const o = popLeft(d) as PyObject;
  d.state++;
  rotate(d, i);
  decref(o);
}

dequeType.contains = (self, v) => dequeIndexOf(self as PyDeque, v, 0, Number.MAX_SAFE_INTEGER) >= 0;
dequeType.iter = (self) => newIter(self as PyDeque, dequeIterType);

/** A forward (`_deque_iterator`) or reverse iterator over `d`. */
export function newIter(d: PyDeque, type: PyType): PyObject {
  const it = new PyDequeIter(type, allocateAddress(type));
  it.deque = incref(d);
  it.state = d.state;
  it.counter = d.items.length;
  it.index = type === dequeIterType ? 0 : d.items.length - 1;
  return it;
}

for (const t of [dequeIterType, dequeRevIterType]) {
  t.iter = (self) => incref(self);
  t.iternext = (self) => {
    const it = self as PyDequeIter;
    const d = it.deque;
    if (d === null) return null;
    // `dequeiter_next` checks for a mutation before the end; `dequereviter_next` after it.
    const forward = t === dequeIterType;
    if (!forward && it.counter === 0) return null;
    if (d.state !== it.state) {
      it.counter = 0;
      throw raiseMessage(E.RuntimeError, 'deque mutated during iteration');
    }
    if (it.counter === 0) return null;
    const o = d.items.at(it.index);
    it.index += forward ? 1 : -1;
    it.counter--;
    return incref(o);
  };
  t.dealloc = (self) => {
    const it = self as PyDequeIter;
    const d = it.deque;
    it.deque = null;
    if (d !== null) decref(d);
    freeObject(self);
  };
  t.traverse = (self, visit) => {
    const d = (self as PyDequeIter).deque;
    if (d !== null) visit(d);
  };
  addMethods(t, [{ name: '__length_hint__', kind: 'noargs', doc: LENGTH_HINT_DOC, impl: (self) => newInt((self as PyDequeIter).counter) }]);
}

addGetSets(dequeType, [{ name: 'maxlen', get: (self) => (D(self).maxlen === null ? incref(None) : newInt(D(self).maxlen ?? 0)), doc: 'maximum size of a deque or None if unbounded' }]);
addMethods(dequeType, [
  { name: 'append', kind: 'o', impl: (self, args) => (append(D(self), args[0] as PyObject), incref(None)) },
  { name: 'appendleft', kind: 'o', impl: (self, args) => (appendLeft(D(self), args[0] as PyObject), incref(None)) },
  {
    name: 'pop', kind: 'noargs',
    impl: (self) => {
      const d = D(self);
      const o = popRight(d);
      if (o === undefined) throw indexError('pop from an empty deque');
      d.state++;
      return o;
    },
  },
  {
    name: 'popleft', kind: 'noargs',
    impl: (self) => {
      const o = dequePopLeft(D(self));
      if (o === null) throw indexError('pop from an empty deque');
      return o;
    },
  },
  { name: 'extend', kind: 'o', impl: (self, args) => (extend(D(self), args[0] as PyObject, false), incref(None)) },
  { name: 'extendleft', kind: 'o', impl: (self, args) => (extend(D(self), args[0] as PyObject, true), incref(None)) },
  {
    name: 'rotate', kind: 'fast',
    impl: (self, args) => {
      checkTupleArgs('rotate', args.length, 0, 1);
      rotate(D(self), args[0] === undefined ? 1 : ssizeArg(args[0]));
      return incref(None);
    },
  },
  { name: 'clear', kind: 'noargs', impl: (self) => (clear(D(self)), incref(None)) },
  {
    name: 'count', kind: 'o',
    impl: (self, args) => {
      const d = D(self);
      const state = d.state;
      let n = 0;
      for (const o of d.items.toArray()) {
        if (itemEquals(o, args[0] as PyObject)) n++;
        if (d.state !== state) throw raiseMessage(E.RuntimeError, 'deque mutated during iteration');
      }
      return newInt(n);
    },
  },
  {
    name: 'index', kind: 'fast',
    impl: (self, args) => {
      const d = D(self);
      checkTupleArgs('index', args.length, 1, 3);
      const [start, stop] = indexBounds(args, d.items.length);
      const i = dequeIndexOf(d, args[0] as PyObject, start, stop);
      if (i < 0) throw valueError(`${reprText(args[0] as PyObject)} is not in deque`);
      return newInt(i);
    },
  },
  {
    name: 'insert', kind: 'fast',
    impl: (self, args) => {
      const d = D(self);
      checkTupleArgs('insert', args.length, 2, 2);
      const i = ssizeArg(args[0] as PyObject);
      const value = args[1] as PyObject;
      if (d.maxlen !== null && d.items.length >= d.maxlen) throw indexError('deque already at its maximum size');
      const n = d.items.length;
      if (i >= n) append(d, value);
      else if (i <= -n || i === 0) appendLeft(d, value);
      else {
        // `deque_insert`: rotate the spot to an end, add there, rotate back.
        rotate(d, -i);
        if (i < 0) append(d, value);
        else appendLeft(d, value);
        rotate(d, i);
      }
      return incref(None);
    },
  },
  {
    name: 'remove', kind: 'o',
    impl: (self, args) => {
      // `deque_remove` (3.8): compare the leftmost item, rotating one step left after each miss.
      const d = D(self);
      const value = args[0] as PyObject;
      const n = d.items.length;
      for (let i = 0; i < n; i++) {
        const item = incref(d.items.at(0));
        let eq: boolean;
        try {
          eq = itemEquals(item, value);
        } catch (e) {
          rotate(d, i);
          throw e;
        } finally {
          decref(item);
        }
        if (d.items.length !== n) throw indexError('deque mutated during remove().');
        if (eq) {
          const target = popLeft(d) as PyObject;
          d.state++;
          rotate(d, i);
          decref(target);
          return incref(None);
        }
        rotate(d, -1);
      }
      throw valueError('deque.remove(x): x not in deque');
    },
  },
  { name: 'reverse', kind: 'noargs', impl: (self) => (D(self).state++, D(self).items.reverse(), incref(None)) },
  { name: '__reversed__', kind: 'noargs', impl: (self) => newIter(D(self), dequeRevIterType) },
  { name: '__sizeof__', kind: 'noargs', impl: (self) => newInt(dequeSizeOf(D(self))) },
]);

