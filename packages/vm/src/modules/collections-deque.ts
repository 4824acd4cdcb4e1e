/**
 * `collections.deque`: a double-ended queue with an optional `maxlen`, its iterators (which
 * raise "deque mutated during iteration") and its sequence behaviour. Mirrors CPython 3.8
 * Modules/_collectionsmodule.c (deque_* and dequeiter_*); the blocks are a JS array here.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { indexBounds, itemEquals, positional, ssizeArg } from '../objects/list-methods.ts';
import { newListFrom, reprEnter, reprLeave, sequenceRichCompare } from '../objects/list-slots.ts';
import { newNotImplemented, None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { staticType } from '../runtime/core-types.ts';
import { indexError, raiseMessage, typeError, valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';

/** `collections.deque`. */
export const dequeType: PyType = staticType({ name: 'deque', module: 'collections', basicsize: 632, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
dequeType.addIsConcat = true;
const dequeIterType: PyType = staticType({ name: '_deque_iterator', module: '_collections', basicsize: 56, flags: TPFLAGS_HAVE_GC });
const dequeRevIterType: PyType = staticType({ name: '_deque_reverse_iterator', module: '_collections', basicsize: 56, flags: TPFLAGS_HAVE_GC });

/** A deque: owned items, the maxlen (null for unbounded) and the mutation counter. */
export class PyDeque extends PyObject {
  items: PyObject[] = [];
  maxlen: number | null = null;
  state = 0;
}

class PyDequeIter extends PyObject {
  deque: PyDeque | null = null;
  index = 0;
  state = 0;
  counter = 0;
}

function D(o: PyObject): PyDeque {
  if (!(o instanceof PyDeque)) throw typeError(`descriptor requires a 'collections.deque' object but received '${o.type.name}'`);
  return o;
}

/** Drops items from the other end beyond maxlen. */
function trim(d: PyDeque, fromLeft: boolean): void {
  while (d.maxlen !== null && d.items.length > d.maxlen) {
    const o = fromLeft ? d.items.shift() : d.items.pop();
    if (o !== undefined) decref(o);
  }
}

function append(d: PyDeque, o: PyObject): void {
  d.state++;
  d.items.push(incref(o));
  trim(d, true);
}

function appendLeft(d: PyDeque, o: PyObject): void {
  d.state++;
  d.items.unshift(incref(o));
  trim(d, false);
}

function clear(d: PyDeque): void {
  d.state++;
  const old = d.items;
  d.items = [];
  for (const o of old) decref(o);
}

function extend(d: PyDeque, iterable: PyObject, left: boolean): void {
  const src = iterable === d ? d.items.map((o) => incref(o)) : null;
  if (src !== null) {
    for (const o of src) {
      if (left) appendLeft(d, o);
      else append(d, o);
      decref(o);
    }
    return;
  }
  const it = getIter(iterable);
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

function rotate(d: PyDeque, n: number): void {
  const len = d.items.length;
  if (len <= 1) return;
  d.state++;
  let k = n % len;
  if (k < 0) k += len;
  if (k === 0) return;
  d.items = [...d.items.slice(len - k), ...d.items.slice(0, len - k)];
}

function newDequeOfType(type: PyType): PyDeque {
  if (type.isHeapType) incref(type);
  return new PyDeque(type, allocateAddress(type));
}

/** `deque(iterable, maxlen)` as a new reference of `deque` (used by copy). */
function copyDeque(d: PyDeque): PyDeque {
  const c = newDequeOfType(d.type);
  c.maxlen = d.maxlen;
  c.items = d.items.map((o) => incref(o));
  return c;
}

function checkIndex(d: PyDeque, key: PyObject): number {
  if (!(key instanceof PyInt) && key.type.nbIndex === undefined) throw typeError(`sequence index must be integer, not '${key.type.name}'`);
  let i = ssizeArg(key);
  if (i < 0) i += d.items.length;
  if (i < 0 || i >= d.items.length) throw indexError('deque index out of range');
  return i;
}

function dequeIndexOf(d: PyDeque, v: PyObject, start: number, stop: number): number {
  const state = d.state;
  for (let i = start; i < Math.min(stop, d.items.length); i++) {
    const eq = itemEquals(d.items[i] as PyObject, v);
    if (d.state !== state) throw raiseMessage(E.RuntimeError, 'deque mutated during iteration');
    if (eq) return i;
  }
  return -1;
}

dequeType.new = (type) => newDequeOfType(type);
dequeType.init = (self, args, kwnames) => {
  const d = D(self);
  const pos = positional(args, kwnames);
  let iterable: PyObject | undefined = pos[0];
  let maxlenObj: PyObject | undefined = pos[1];
  (kwnames ?? []).forEach((k, i) => {
    const v = args[pos.length + i] as PyObject;
    if (k === 'iterable') iterable = v;
    else if (k === 'maxlen') maxlenObj = v;
    else throw typeError(`'${k}' is an invalid keyword argument for deque()`);
  });
  if (pos.length > 2) throw typeError(`deque() takes at most 2 arguments (${pos.length} given)`);
  let maxlen: number | null = null;
  if (maxlenObj !== undefined && maxlenObj !== None) {
    maxlen = ssizeArg(maxlenObj);
    if (maxlen < 0) throw valueError('maxlen must be non-negative');
  }
  d.maxlen = maxlen;
  if (d.items.length > 0) clear(d);
  if (iterable !== undefined) extend(d, iterable, false);
};
dequeType.dealloc = (self) => {
  const d = self as PyDeque;
  const items = d.items;
  d.items = [];
  for (const o of items) decref(o);
  freeObject(self);
};
dequeType.traverse = (self, visit) => {
  for (const o of (self as PyDeque).items) visit(o);
};
dequeType.clear = (self) => { clear(self as PyDeque); };
dequeType.length = (self) => (self as PyDeque).items.length;
dequeType.nbBool = (self) => (self as PyDeque).items.length > 0;
dequeType.repr = (self) => {
  const d = self as PyDeque;
  if (!reprEnter(d)) return newStr('[...]');
  try {
    const list = newListFrom(d.items);
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
dequeType.richcompare = (v, w, op) => {
  if (!(v instanceof PyDeque) || !(w instanceof PyDeque)) return newNotImplemented();
  const a = { items: v.items.slice() };
  const b = { items: w.items.slice() };
  a.items.forEach((o) => incref(o));
  b.items.forEach((o) => incref(o));
  try {
    return sequenceRichCompare(a, b, op, true);
  } finally {
    a.items.forEach((o) => { decref(o); });
    b.items.forEach((o) => { decref(o); });
  }
};
dequeType.getitem = (self, key) => {
  const d = self as PyDeque;
  return incref(d.items[checkIndex(d, key)] as PyObject);
};
dequeType.setitem = (self, key, value) => {
  const d = self as PyDeque;
  const i = checkIndex(d, key);
  const old = d.items[i] as PyObject;
  if (value === null) {
    d.state++;
    d.items.splice(i, 1);
  } else d.items[i] = incref(value);
  decref(old);
};
dequeType.contains = (self, v) => dequeIndexOf(self as PyDeque, v, 0, Number.MAX_SAFE_INTEGER) >= 0;
dequeType.iter = (self) => newIter(self as PyDeque, dequeIterType);
dequeType.nbInplace.add = (self, other) => {
  extend(self as PyDeque, other, false);
  return incref(self);
};
dequeType.nb.add = (a, b) => {
  if (!(a instanceof PyDeque) || !(b instanceof PyDeque)) {
    if (a instanceof PyDeque) throw typeError(`can only concatenate deque (not "${b.type.name}") to deque`);
    return newNotImplemented();
  }
  const c = copyDeque(a);
  extend(c, b, false);
  return c;
};

function newIter(d: PyDeque, type: PyType): PyObject {
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
    if (d === null || it.counter === 0) return null;
    if (d.state !== it.state) {
      it.counter = 0;
      throw raiseMessage(E.RuntimeError, 'deque mutated during iteration');
    }
    const o = d.items[it.index] as PyObject;
    it.index += t === dequeIterType ? 1 : -1;
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
  addMethods(t, [{ name: '__length_hint__', kind: 'noargs', impl: (self) => newInt((self as PyDequeIter).counter) }]);
}

addGetSets(dequeType, [{ name: 'maxlen', get: (self) => (D(self).maxlen === null ? incref(None) : newInt(D(self).maxlen ?? 0)) }]);
addMethods(dequeType, [
  { name: 'append', kind: 'o', impl: (self, args) => (append(D(self), args[0] as PyObject), incref(None)) },
  { name: 'appendleft', kind: 'o', impl: (self, args) => (appendLeft(D(self), args[0] as PyObject), incref(None)) },
  {
    name: 'pop', kind: 'noargs',
    impl: (self) => {
      const d = D(self);
      const o = d.items.pop();
      if (o === undefined) throw indexError('pop from an empty deque');
      d.state++;
      return o;
    },
  },
  {
    name: 'popleft', kind: 'noargs',
    impl: (self) => {
      const d = D(self);
      const o = d.items.shift();
      if (o === undefined) throw indexError('pop from an empty deque');
      d.state++;
      return o;
    },
  },
  { name: 'extend', kind: 'o', impl: (self, args) => (extend(D(self), args[0] as PyObject, false), incref(None)) },
  { name: 'extendleft', kind: 'o', impl: (self, args) => (extend(D(self), args[0] as PyObject, true), incref(None)) },
  {
    name: 'rotate', kind: 'fast',
    impl: (self, args) => {
      if (args.length > 1) throw typeError(`rotate expected at most 1 argument, got ${args.length}`);
      rotate(D(self), args[0] === undefined ? 1 : ssizeArg(args[0]));
      return incref(None);
    },
  },
  { name: 'clear', kind: 'noargs', impl: (self) => (clear(D(self)), incref(None)) },
  { name: 'copy', kind: 'noargs', impl: (self) => copyDeque(D(self)) },
  { name: '__copy__', kind: 'noargs', impl: (self) => copyDeque(D(self)) },
  {
    name: 'count', kind: 'o',
    impl: (self, args) => {
      const d = D(self);
      const state = d.state;
      let n = 0;
      for (const o of d.items.slice()) {
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
      if (args.length < 1) throw typeError(`index expected at least 1 argument, got ${args.length}`);
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
      if (args.length !== 2) throw typeError(`insert expected 2 arguments, got ${args.length}`);
      let i = ssizeArg(args[0] as PyObject);
      if (d.maxlen !== null && d.items.length >= d.maxlen) throw indexError('deque already at its maximum size');
      const n = d.items.length;
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      d.state++;
      d.items.splice(i, 0, incref(args[1] as PyObject));
      return incref(None);
    },
  },
  {
    name: 'remove', kind: 'o',
    impl: (self, args) => {
      const d = D(self);
      const i = dequeIndexOf(d, args[0] as PyObject, 0, d.items.length);
      if (i < 0) throw valueError('deque.remove(x): x not in deque');
      d.state++;
      const [o] = d.items.splice(i, 1);
      if (o !== undefined) decref(o);
      return incref(None);
    },
  },
  { name: 'reverse', kind: 'noargs', impl: (self) => (D(self).state++, D(self).items.reverse(), incref(None)) },
  { name: '__reversed__', kind: 'noargs', impl: (self) => newIter(D(self), dequeRevIterType) },
  {
    name: '__reduce__', kind: 'noargs',
    impl: (self) => {
      throw typeError(`cannot pickle '${self.type.name}' object`);
    },
  },
]);

