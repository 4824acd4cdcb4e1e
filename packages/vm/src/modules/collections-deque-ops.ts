/**
 * The sequence arithmetic and copying of `collections.deque`: `+` and `+=` (`sq_concat`,
 * `sq_inplace_concat`), `*`, reflected `*` and `*=` (`sq_repeat`, `sq_inplace_repeat`), `copy()` /
 * `__copy__()` (a subclass is copied by calling it, as `deque_copy` does), `__reduce__` and the
 * comparisons (`deque_richcompare`).
 * Mirrors CPython 3.8 Modules/_collectionsmodule.c `deque_concat`, `deque_repeat`,
 * `deque_inplace_repeat`, `deque_copy`, `deque_reduce` and `deque_richcompare`.
 * @module
 */
import { newBool, newInt } from '../objects/int.ts';
import { raiseNoMemory } from '../runtime/buffer-alloc.ts';
import { EQ, NE, richCompareBool } from '../runtime/abstract-compare.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { MAX_ITEMS, repeatCount, repeatOperands } from '../objects/list-slots.ts';
import { None, newNotImplemented } from '../objects/singletons.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { tpName } from '../runtime/type-name.ts';
import { sqConcatSlot, sqRepeatSlot } from '../objects/sequence-slots.ts';
import { setConcatAdd } from '../runtime/abstract-number.ts';
import { D, PyDeque, append, clear, dequeType, extend, newDequeOfType } from './collections-deque.ts';

/**
 * `deque_copy`: an exact deque is copied directly; a subclass is called as `type(d)(d)` (or
 * `type(d)(d, maxlen)`), so its `__init__` runs.
 *
 * @param d - the deque to copy.
 * @returns a new reference.
 * @see CPython 3.8 Modules/_collectionsmodule.c `deque_copy`
 */
export function dequeCopy(d: PyDeque): PyObject {
  if (d.type === dequeType) {
    const c = newDequeOfType(dequeType);
    c.maxlen = d.maxlen;
    try {
      extend(c, d, false);
    } catch (e) {
      decref(c);
      throw e;
    }
    return c;
  }
  let result: PyObject;
  if (d.maxlen === null) result = callObject(d.type, [d]);
  else {
    const maxlen = newInt(d.maxlen);
    try {
      result = callObject(d.type, [d, maxlen]);
    } finally {
      decref(maxlen);
    }
  }
  if (!(result instanceof PyDeque)) {
    const name = tpName(result.type);
    decref(result);
    throw typeError(`${d.type.name}() must return a deque, not ${name}`);
  }
  return result;
}

/** `deque_inplace_repeat`: `d` extended to `n` copies of itself, within maxlen. */
function inplaceRepeat(d: PyDeque, count: number): PyObject {
  let n = count;
  const size = d.items.length;
  if (size === 0 || n === 1) return incref(d);
  if (n <= 0) {
    clear(d);
    return incref(d);
  }
  if (size === 1) {
    const item = d.items.at(0);
    if (d.maxlen !== null && n > d.maxlen) n = d.maxlen;
    incref(item);
    try {
      for (let i = 0; i < n - 1; i++) append(d, item);
    } finally {
      decref(item);
    }
    return incref(d);
  }
  if (size > MAX_ITEMS / n) raiseNoMemory();
  // Fewer rounds when maxlen would drop the rest anyway.
  if (d.maxlen !== null && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
  const snapshot = d.items.toArray().map((o) => incref(o));
  try {
    for (let i = 0; i < n - 1; i++) for (const o of snapshot) append(d, o);
  } finally {
    for (const o of snapshot) decref(o);
  }
  return incref(d);
}

setConcatAdd(dequeType, (a, b) => {
  if (!(a instanceof PyDeque)) return newNotImplemented();
  if (!(b instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${tpName(b.type)}") to deque`);
  const c = dequeCopy(a);
  try {
    extend(c as PyDeque, b, false);
  } catch (e) {
    decref(c);
    throw e;
  }
  return c;
});
dequeType.nbInplace.add = sqConcatSlot((self, other) => {
  if (!(self instanceof PyDeque)) return newNotImplemented();
  extend(self, other, false);
  return incref(self);
});
dequeType.nb.multiply = sqRepeatSlot((a, b) => {
  const r = repeatOperands(a, b, (o): o is PyDeque => o instanceof PyDeque);
  if (r === null) return newNotImplemented();
  const c = dequeCopy(r[0]);
  try {
    return inplaceRepeat(c as PyDeque, r[1]);
  } finally {
    decref(c);
  }
});
dequeType.nbInplace.multiply = sqRepeatSlot((self, other) => {
  if (!(self instanceof PyDeque)) return newNotImplemented();
  const n = repeatCount(other);
  if (n === null) throw typeError(`can't multiply sequence by non-int of type '${tpName(other.type)}'`);
  return inplaceRepeat(self, n);
});

addMethods(dequeType, [
  { name: 'copy', kind: 'noargs', doc: 'Return a shallow copy of a deque.', impl: (self) => dequeCopy(D(self)) },
  { name: '__copy__', kind: 'noargs', doc: 'Return a shallow copy of a deque.', impl: (self) => dequeCopy(D(self)) },
  {
    name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.',
    impl: (self) => {
      const d = D(self);
      const dict = lookupAttrString(d, '__dict__') ?? incref(None);
      let it: PyObject;
      try {
        // `PyObject_GetIter(deque)`: a subclass's `__iter__` runs.
        it = getIter(d);
      } catch (e) {
        decref(dict);
        throw e;
      }
      const args = d.maxlen === null ? newTupleStealing([]) : newTupleStealing([newTupleStealing([]), newInt(d.maxlen)]);
      return newTupleStealing([incref(d.type), args, dict, it]);
    },
  },
]);

dequeType.richcompare = (v, w, op) => {
  if (!(v instanceof PyDeque) || !(w instanceof PyDeque)) return newNotImplemented();
  const vs = v.items.length;
  const ws = w.items.length;
  if (op === EQ || op === NE) {
    if (v === w || vs !== ws) return newBool((v === w) === (op === EQ));
  }
  return newBool(dequeCompareItems(v, w, op));
};

/**
 * `deque_richcompare` past its shortcuts: both deques are iterated (their own `__iter__`, with
 * the mutation checks) to the first pair that is not equal, which is compared again with `op`
 * as a bool, even for == and !=; else the lengths decide.
 */
function dequeCompareItems(v: PyObject, w: PyObject, op: number): boolean {
  const it1 = getIter(v);
  let it2: PyObject | null = null;
  try {
    it2 = getIter(w);
    let x: PyObject | null;
    let y: PyObject | null;
    for (;;) {
      x = iterNext(it1);
      try {
        y = iterNext(it2);
      } catch (e) {
        if (x !== null) decref(x);
        throw e;
      }
      if (x === null || y === null) {
        if (x !== null) decref(x);
        if (y !== null) decref(y);
        break;
      }
      try {
        if (!richCompareBool(x, y, EQ)) return richCompareBool(x, y, op);
      } finally {
        decref(x);
        decref(y);
      }
    }
    const vLonger = x !== null;
    const wLonger = y !== null;
    const results = [wLonger, !vLonger, !vLonger && !wLonger, vLonger || wLonger, vLonger, !wLonger];
    return results[op] ?? false;
  } finally {
    if (it2 !== null) decref(it2);
    decref(it1);
  }
}
