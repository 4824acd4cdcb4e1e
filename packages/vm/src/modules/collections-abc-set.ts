/**
 * The bodies of `collections.abc.Set` and `MutableSet`: comparisons and operators built on
 * `__contains__`, `__iter__`, `__len__` and `_from_iterable`, and the mutating mixins built on
 * `add`/`discard`. Mirrors CPython 3.8 Lib/_collections_abc.py (### SETS ###).
 * DEVIATION(cpython): where the Python source passes a generator expression to
 * `_from_iterable`, a list of the same items is passed.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { newBool, newInt } from '../objects/int.ts';
import { hashObject } from '../runtime/abstract-compare.ts';
import { newTuple } from '../objects/tuple.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { contains, length } from '../runtime/abstract-item.ts';
import { getIter, iterNext, iterateUntil } from '../runtime/abstract-iter.ts';
import { binaryOp } from '../runtime/abstract-number.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, newExceptionStealing, raiseValue } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import type { ClassEntry } from './abc-class.ts';
import { newAbcIterator } from './collections-abc-iter.ts';
import { arg, bareRaise, callMethod, except, isAbcInstance, pyDef } from './collections-abc-support.ts';

const fn = (def: ReturnType<typeof pyDef>): ClassEntry => ({ kind: 'function', def });

/** `all(e in container for e in items)`. */
function allIn(items: PyObject, container: PyObject): boolean {
  return !iterateUntil(items, (e) => !contains(container, e));
}

function le(self: PyObject, other: PyObject): boolean {
  if (length(self) > length(other)) return false;
  return allIn(self, other);
}

function ge(self: PyObject, other: PyObject): boolean {
  if (length(self) < length(other)) return false;
  return allIn(other, self);
}

/** `self._from_iterable(gen)`, `gen` a generator expression (stolen). */
function fromGenerator(self: PyObject, gen: PyObject): PyObject {
  try {
    return callMethod(self, '_from_iterable', [gen]);
  } finally {
    decref(gen);
  }
}

/**
 * `(v for v in source if (v in container) == keep)` written in the method `owner`: the iterator
 * of `source` is made at once, as a generator expression's first iterable is; the items and the
 * membership tests come one at a time.
 */
function filterIn(owner: string, source: PyObject, container: PyObject, keep: boolean): PyObject {
  const it = getIter(source);
  return newAbcIterator(`Set.${owner}.<locals>.<genexpr>`, [it, incref(container)], (refs) => {
    const [items, c] = refs as [PyObject, PyObject];
    for (;;) {
      const v = iterNext(items);
      if (v === null || contains(c, v) === keep) return v;
      decref(v);
    }
  });
}

/** `(e for s in (self, other) for e in s)`: each iterable's iterator made when it is reached. */
function chainOf(self: PyObject, other: PyObject): PyObject {
  const pair = newTuple([self, other]);
  let outer: PyObject;
  try {
    outer = getIter(pair);
  } finally {
    decref(pair);
  }
  // refs: the iterator over the pair, then the current one's (None between them).
  return newAbcIterator('Set.__or__.<locals>.<genexpr>', [outer, incref(None)], (refs) => {
    const slots = refs as PyObject[];
    for (;;) {
      if (slots[1] === None) {
        const s = iterNext(slots[0] as PyObject);
        if (s === null) return null;
        let inner: PyObject;
        try {
          inner = getIter(s);
        } finally {
          decref(s);
        }
        decref(None);
        slots[1] = inner;
      }
      const e = iterNext(slots[1] as PyObject);
      if (e !== null) return e;
      decref(slots[1] as PyObject);
      slots[1] = incref(None);
    }
  });
}

/** `other` as a Set: itself, or `self._from_iterable(other)`; null for NotImplemented. */
function asSet(self: PyObject, other: PyObject): PyObject | null {
  if (isAbcInstance(other, 'Set')) return incref(other);
  if (!isAbcInstance(other, 'Iterable')) return null;
  return callMethod(self, '_from_iterable', [other]);
}

function comparison(name: string, test: (self: PyObject, other: PyObject) => boolean): ClassEntry {
  return fn(pyDef(name, ['self', 'other'], (a) => {
    if (!isAbcInstance(arg(a, 1), 'Set')) return incref(NotImplemented);
    return newBool(test(arg(a, 0), arg(a, 1)));
  }));
}

function subtract(name: string, reflected: boolean): ClassEntry {
  return fn(pyDef(name, ['self', 'other'], (a) => {
    const self = arg(a, 0);
    const other = asSet(self, arg(a, 1));
    if (other === null) return incref(NotImplemented);
    try {
      return reflected ? fromGenerator(self, filterIn(name, other, self, false)) : fromGenerator(self, filterIn(name, self, other, false));
    } finally {
      decref(other);
    }
  }));
}

/** The body of `Set`. */
export function setBody(): ClassEntry[] {
  return [
    comparison('__le__', le),
    comparison('__lt__', (s, o) => length(s) < length(o) && le(s, o)),
    comparison('__gt__', (s, o) => length(s) > length(o) && ge(s, o)),
    comparison('__ge__', ge),
    comparison('__eq__', (s, o) => length(s) === length(o) && le(s, o)),
    { kind: 'classmethod', def: pyDef('_from_iterable', ['cls', 'it'], (a) => callObject(arg(a, 0), [arg(a, 1)]), { doc: 'Construct an instance of the class from any iterable input.\n\n        Must override this method if the class constructor signature\n        does not accept an iterable for an input.\n        ' }) },
    fn(pyDef('__and__', ['self', 'other'], (a) => {
      if (!isAbcInstance(arg(a, 1), 'Iterable')) return incref(NotImplemented);
      return fromGenerator(arg(a, 0), filterIn('__and__', arg(a, 1), arg(a, 0), true));
    })),
    { kind: 'alias', name: '__rand__', of: '__and__' },
    fn(pyDef('isdisjoint', ['self', 'other'], (a) => newBool(!iterateUntil(arg(a, 1), (v) => contains(arg(a, 0), v))), { doc: 'Return True if two sets have a null intersection.' })),
    fn(pyDef('__or__', ['self', 'other'], (a) => {
      if (!isAbcInstance(arg(a, 1), 'Iterable')) return incref(NotImplemented);
      return fromGenerator(arg(a, 0), chainOf(arg(a, 0), arg(a, 1)));
    })),
    { kind: 'alias', name: '__ror__', of: '__or__' },
    subtract('__sub__', false),
    subtract('__rsub__', true),
    fn(pyDef('__xor__', ['self', 'other'], (a) => {
      const self = arg(a, 0);
      const other = asSet(self, arg(a, 1));
      if (other === null) return incref(NotImplemented);
      try {
        const l = binaryOp(self, other, 'subtract');
        try {
          const r = binaryOp(other, self, 'subtract');
          try {
            return binaryOp(l, r, 'or');
          } finally {
            decref(r);
          }
        } finally {
          decref(l);
        }
      } finally {
        decref(other);
      }
    })),
    { kind: 'alias', name: '__rxor__', of: '__xor__' },
    fn(pyDef('_hash', ['self'], (a) => newInt(setHash(arg(a, 0))), { doc: SET_HASH_DOC })),
  ];
}

const SET_HASH_DOC = `Compute the hash value of a set.

        Note that we don't define __hash__: not all sets are hashable.
        But if you define a hashable set type, its __hash__ should
        call this function.

        This must be compatible __eq__.

        All sets ought to compare equal if they contain the same
        elements, regardless of how they are implemented, and
        regardless of the order of the elements; so there's not much
        freedom for __eq__ or __hash__.  We match the algorithm used
        by the built-in frozenset type.
        `;

/** `Set._hash`: frozenset's hash algorithm over `len(self)` and `hash(x)` for x in self. */
function setHash(self: PyObject): bigint {
  const MAX = 2n ** 63n - 1n;
  const MASK = 2n * MAX + 1n;
  const n = BigInt(length(self));
  let h = (1927868237n * (n + 1n)) & MASK;
  forEachItem(self, (x) => {
    const hx = hashObject(x);
    h ^= (hx ^ (hx << 16n) ^ 89869747n) * 3644798167n;
    h &= MASK;
  });
  h = (h * 69069n + 907133923n) & MASK;
  if (h > MAX) h -= MASK + 1n;
  if (h === -1n) h = 590923713n;
  return h;
}

/** `for x in self: f(x)`, item by item. */
function forEachItem(self: PyObject, f: (x: PyObject) => void): void {
  const it = getIter(self);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      try {
        f(x);
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}


function keyErrorFromNone(): PyRaise {
  const e = newExceptionStealing(E.KeyError, []);
  e.suppressContext = true;
  return raiseValue(e);
}

/** `for v in it: f(v)`, the items taken one at a time. */
function forEach(it: PyObject, f: (v: PyObject) => void): void {
  iterateUntil(it, (v) => {
    f(v);
    return false;
  });
}

/** The body of `MutableSet`. */
export function mutableSetBody(): ClassEntry[] {
  const notImpl = (): never => { throw bareRaise(E.NotImplementedError); };
  return [
    fn(pyDef('add', ['self', 'value'], notImpl, { abstract: true, doc: 'Add an element.' })),
    fn(pyDef('discard', ['self', 'value'], notImpl, { abstract: true, doc: 'Remove an element.  Do not raise an exception if absent.' })),
    fn(pyDef('remove', ['self', 'value'], (a) => {
      if (!contains(arg(a, 0), arg(a, 1))) throw raiseValue(newExceptionStealing(E.KeyError, [incref(arg(a, 1))]));
      decref(callMethod(arg(a, 0), 'discard', [arg(a, 1)]));
      return incref(None);
    }, { doc: 'Remove an element. If not a member, raise a KeyError.' })),
    fn(pyDef('pop', ['self'], (a) => {
      const it = getIter(arg(a, 0));
      let value: PyObject | null;
      try {
        value = iterNext(it);
      } finally {
        decref(it);
      }
      if (value === null) throw keyErrorFromNone();
      try {
        decref(callMethod(arg(a, 0), 'discard', [value]));
      } catch (e) {
        decref(value);
        throw e;
      }
      return value;
    }, { doc: 'Return the popped value.  Raise KeyError if empty.' })),
    fn(pyDef('clear', ['self'], (a) => {
      except([E.KeyError], () => {
        for (;;) decref(callMethod(arg(a, 0), 'pop'));
      });
      return incref(None);
    }, { doc: 'This is slow (creates N new iterators!) but effective.' })),
    fn(pyDef('__ior__', ['self', 'it'], (a) => {
      forEach(arg(a, 1), (v) => { decref(callMethod(arg(a, 0), 'add', [v])); });
      return incref(arg(a, 0));
    })),
    fn(pyDef('__iand__', ['self', 'it'], (a) => {
      const diff = binaryOp(arg(a, 0), arg(a, 1), 'subtract');
      try {
        forEach(diff, (v) => { decref(callMethod(arg(a, 0), 'discard', [v])); });
      } finally {
        decref(diff);
      }
      return incref(arg(a, 0));
    })),
    fn(pyDef('__ixor__', ['self', 'it'], (a) => {
      const self = arg(a, 0);
      if (a[1] === self) {
        decref(callMethod(self, 'clear'));
      } else {
        const it = isAbcInstance(arg(a, 1), 'Set') ? incref(arg(a, 1)) : callMethod(self, '_from_iterable', [arg(a, 1)]);
        try {
          forEach(it, (v) => { decref(callMethod(self, contains(self, v) ? 'discard' : 'add', [v])); });
        } finally {
          decref(it);
        }
      }
      return incref(self);
    })),
    fn(pyDef('__isub__', ['self', 'it'], (a) => {
      const self = arg(a, 0);
      if (a[1] === self) decref(callMethod(self, 'clear'));
      else forEach(arg(a, 1), (v) => { decref(callMethod(self, 'discard', [v])); });
      return incref(self);
    })),
  ];
}
