/**
 * `weakref.WeakSet`: a set of weak references (with the shared `_remove` callback), so an item
 * goes when it dies (or, during an iteration, when the last iteration ends); its set operations
 * work on the underlying set of references. Mirrors CPython 3.8 Lib/_weakrefset.py `WeakSet`.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import * as E from '../objects/exceptions.ts';
import { newBool } from '../objects/int.ts';
import { listType, newListStealing } from '../objects/list.ts';
import { None, newNotImplemented } from '../objects/singletons.ts';
import { PySet, keyHash, newSet, setContainsEntry, setDiscardEntry, setType } from '../objects/set.ts';
import { PyWeakref, newWeakref, weakrefTarget, weakrefType } from '../objects/weakref.ts';
import { isTrue, richCompare } from '../runtime/abstract-compare.ts';
import { repr } from '../runtime/abstract-object.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { callObject } from '../runtime/call.ts';
import { getAttrString, lookupAttrString } from '../runtime/attributes.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { bindArgs } from './weakref-args.ts';
import {
  PyWeakContainer, resetContainer, asContainer, callMethod, commitIfPending, containerType, newContainer, newWeakIter, storeLocal, type IterKind,
} from './weakref-container.ts';

function commit(c: PyWeakContainer): void {
  const s = c.data as PySet;
  while (c.pending.length > 0) {
    const k = c.pending.pop() as PyObject;
    try {
      setDiscardEntry(s, k, keyHash(k));
    } finally {
      decref(k);
    }
  }
}

/** `weakref.WeakSet` (defined in Lib/_weakrefset.py). */
export const weakSetType: PyType = containerType({ name: 'WeakSet', module: '_weakrefset', basicsize: 48, commit, dataFirst: true });

const W = (o: PyObject): PyWeakContainer => asContainer(o, weakSetType);
const data = (c: PyWeakContainer): PySet => c.data as PySet;

/** The `_remove(item)` closure of `__init__`. */
function onDeath(c: PyWeakContainer, item: PyObject): void {
  if (c.iterating.size > 0) c.pending.push(incref(item));
  else setDiscardEntry(data(c), item, keyHash(item));
}

/** Calls `f(item)` for each item of an iterable (borrowed for the call). */
function forEach(iterable: PyObject, f: (item: PyObject) => boolean | undefined): void {
  const it = getIter(iterable);
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) return;
      try {
        if (f(item) === false) return;
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

/** `ref(item)` (with `self._remove` when `c` is given) for the length of `f`. */
function withRef<T>(item: PyObject, c: PyWeakContainer | null, f: (wr: PyWeakref) => T): T {
  const wr = newWeakref(weakrefType, item, c === null ? null : c.remove);
  try {
    return f(wr);
  } finally {
    decref(wr);
  }
}

/** `[ref(item) for item in other]` (a list, new reference): what the set methods consume. */
function refsOf(other: PyObject, c: PyWeakContainer | null): PyObject {
  const out: PyObject[] = [];
  try {
    forEach(other, (item) => { out.push(newWeakref(weakrefType, item, c === null ? null : c.remove)); return undefined; });
  } catch (e) {
    for (const r of out) decref(r);
    throw e;
  }
  return newListStealing(out);
}

/** `self.data.<name>(ref(item) for item in other)`, the result returned (new reference). */
function onData(c: PyWeakContainer, name: string, other: PyObject, withCallback = false): PyObject {
  const refs = refsOf(other, withCallback ? c : null);
  try {
    return callMethod(data(c), name, [refs]);
  } finally {
    decref(refs);
  }
}

function add(c: PyWeakContainer, item: PyObject): void {
  commitIfPending(c);
  withRef(item, c, (wr) => { decref(callMethod(data(c), 'add', [wr])); });
}

/** `self.add(element)` for each element, as `update` does (a subclass's `add` is honoured). */
function update(self: PyObject, other: PyObject): void {
  commitIfPending(W(self));
  forEach(other, (item) => { decref(callMethod(self, 'add', [item])); return undefined; });
}

weakSetType.new = (type) => newContainer(type, newSet(), '_remove', onDeath);
weakSetType.init = (self, args, kwnames) => {
  const { values } = bindArgs('__init__', args, kwnames, { names: ['data'], required: 0 });
  resetContainer(W(self), newSet);
  const other = values[0];
  if (other !== undefined && other !== None) update(self, other);
};
weakSetType.repr = (self) => repr(data(W(self)));
weakSetType.length = (self) => {
  const c = W(self);
  return data(c).used - c.pending.length;
};
weakSetType.contains = (self, item) => {
  const c = W(self);
  let wr: PyWeakref;
  try {
    wr = newWeakref(weakrefType, item, null);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    return false;
  }
  try {
    return setContainsEntry(data(c), wr, keyHash(wr));
  } finally {
    decref(wr);
  }
};

// for itemref in self.data: item = itemref(); if item is not None: yield item
const iterKind: IterKind = {
  qualname: 'WeakSet.__iter__', nlocals: 2,
  open: (c) => getIter(data(c)),
  step: (it, itemref) => {
    storeLocal(it, 0, itemref);
    const item = weakrefTarget(itemref as PyWeakref);
    storeLocal(it, 1, item);
    return item === None ? null : incref(item);
  },
};
weakSetType.iter = (self) => newWeakIter(W(self), iterKind);

const newOfType = (self: PyObject, args: PyObject[]): PyObject => callObject(self.type, args);
const copy = (self: PyObject): PyObject => newOfType(self, [self]);

function difference(self: PyObject, other: PyObject): PyObject {
  const fresh = callMethod(self, 'copy', []);
  try {
    decref(callMethod(fresh, 'difference_update', [other]));
  } catch (e) {
    decref(fresh);
    throw e;
  }
  return fresh;
}
function isub(self: PyObject, other: PyObject): PyObject {
  const c = W(self);
  commitIfPending(c);
  if (self === other) decref(callMethod(data(c), 'clear', []));
  else {
    // set.difference_update(generator) discards as the generator produces.
    forEach(other, (item) => {
      withRef(item, null, (wr) => setDiscardEntry(data(c), wr, keyHash(wr)));
      return undefined;
    });
  }
  return incref(self);
}
function intersection(self: PyObject, other: PyObject): PyObject {
  const fresh = newOfType(self, []);
  try {
    forEach(other, (item) => {
      if (weakSetType.contains?.(self, item) === true) decref(callMethod(fresh, 'add', [item]));
      return undefined;
    });
  } catch (e) {
    decref(fresh);
    throw e;
  }
  return fresh;
}
function iand(self: PyObject, other: PyObject): PyObject {
  const c = W(self);
  commitIfPending(c);
  decref(onData(c, 'intersection_update', other));
  return incref(self);
}
function issubset(self: PyObject, other: PyObject): PyObject {
  return onData(W(self), 'issubset', other);
}
function issuperset(self: PyObject, other: PyObject): PyObject {
  const c = W(self);
  let result = true;
  forEach(other, (item) => {
    result = withRef(item, null, (wr) => setContainsEntry(data(c), wr, keyHash(wr)));
    return result ? undefined : false;
  });
  return newBool(result);
}
function compareData(self: PyObject, other: PyObject, op: number): PyObject {
  const c = W(self);
  const refs = refsOf(other, null);
  try {
    const s = callObject(setType, [refs]);
    try {
      return richCompare(data(c), s, op);
    } finally {
      decref(s);
    }
  } finally {
    decref(refs);
  }
}
function ixor(self: PyObject, other: PyObject): PyObject {
  const c = W(self);
  commitIfPending(c);
  if (self === other) decref(callMethod(data(c), 'clear', []));
  else decref(onData(c, 'symmetric_difference_update', other, true));
  return incref(self);
}
function symmetricDifference(self: PyObject, other: PyObject): PyObject {
  const fresh = callMethod(self, 'copy', []);
  try {
    decref(callMethod(fresh, 'symmetric_difference_update', [other]));
  } catch (e) {
    decref(fresh);
    throw e;
  }
  return fresh;
}
function union(self: PyObject, other: PyObject): PyObject {
  const fresh = newOfType(self, []);
  try {
    for (const s of [self, other]) forEach(s, (e) => { decref(callMethod(fresh, 'add', [e])); return undefined; });
  } catch (e) {
    decref(fresh);
    throw e;
  }
  return fresh;
}

const isWeakSet = (o: PyObject): boolean => o instanceof PyWeakContainer && o.type.isSubtype(weakSetType);
const binary = (f: (a: PyObject, b: PyObject) => PyObject) => (a: PyObject, b: PyObject): PyObject => (isWeakSet(a) ? f(a, b) : newNotImplemented());

Object.assign(weakSetType.nb, { subtract: binary(difference), and: binary(intersection), xor: binary(symmetricDifference), or: binary(union) });
Object.assign(weakSetType.nbInplace, {
  subtract: binary(isub),
  and: binary(iand),
  xor: binary(ixor),
  or: binary((a, b) => { update(a, b); return incref(a); }),
});
weakSetType.richcompare = (self, other, op) => {
  if (!isWeakSet(self)) return newNotImplemented();
  switch (op) {
    case 0: return compareData(self, other, 0);
    case 1: return issubset(self, other);
    case 2:
    case 3: {
      if (!other.type.isSubtype(self.type)) return newNotImplemented();
      const eq = compareData(self, other, 2);
      if (op === 2) return eq;
      const r = !isTrue(eq);
      decref(eq);
      return newBool(r);
    }
    case 4: return compareData(self, other, 4);
    default: return issuperset(self, other);
  }
};

const method = (name: string, params: readonly string[], f: (self: PyObject, ...a: PyObject[]) => PyObject) => ({
  name, kind: 'fastkw' as const,
  impl: (self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null) => {
    const { values } = bindArgs(name, args, kwnames, { names: params, required: params.length });
    W(self);
    return f(self, ...(values as PyObject[]));
  },
});

addPythonMethods(weakSetType, [
  method('add', ['item'], (self, item) => (add(W(self), item), incref(None))),
  method('clear', [], (self) => {
    const c = W(self);
    commitIfPending(c);
    decref(callMethod(data(c), 'clear', []));
    return incref(None);
  }),
  method('copy', [], copy),
  method('pop', [], (self) => {
    const c = W(self);
    commitIfPending(c);
    for (;;) {
      if (data(c).used === 0) throw raiseMessage(E.KeyError, 'pop from empty WeakSet');
      const itemref = callMethod(data(c), 'pop', []);
      const item = weakrefTarget(itemref as PyWeakref);
      decref(itemref);
      if (item !== None) return item;
      decref(item);
    }
  }),
  method('remove', ['item'], (self, item) => {
    const c = W(self);
    commitIfPending(c);
    return withRef(item, null, (wr) => callMethod(data(c), 'remove', [wr]));
  }),
  method('discard', ['item'], (self, item) => {
    const c = W(self);
    commitIfPending(c);
    return withRef(item, null, (wr) => callMethod(data(c), 'discard', [wr]));
  }),
  method('update', ['other'], (self, other) => (update(self, other), incref(None))),
  method('difference', ['other'], difference),
  method('difference_update', ['other'], (self, other) => (decref(isub(self, other)), incref(None))),
  method('intersection', ['other'], intersection),
  method('intersection_update', ['other'], (self, other) => (decref(iand(self, other)), incref(None))),
  method('symmetric_difference', ['other'], symmetricDifference),
  method('symmetric_difference_update', ['other'], (self, other) => (decref(ixor(self, other)), incref(None))),
  method('union', ['other'], union),
  method('issubset', ['other'], issubset),
  method('issuperset', ['other'], issuperset),
  method('isdisjoint', ['other'], (self, other) => {
    const i = intersection(self, other);
    const n = (i.type.length as (o: PyObject) => number)(i);
    decref(i);
    return newBool(n === 0);
  }),
  // `return (self.__class__, (list(self),), getattr(self, '__dict__', None))`
  method('__reduce__', [], (self) => {
    const cls = getAttrString(self, '__class__');
    let items: PyObject;
    try {
      items = callObject(listType, [self]);
    } catch (e) {
      decref(cls);
      throw e;
    }
    const dict = lookupAttrString(self, '__dict__') ?? incref(None);
    return newTupleStealing([cls, newTupleStealing([items]), dict]);
  }),
]);
// The dunders Lib/_weakrefset.py's `class WeakSet` defines (no `__ne__`, no reflected operators).
weakSetType.classDunders = new Set([
  '__init__', '__iter__', '__len__', '__contains__', '__reduce__', '__isub__', '__sub__', '__iand__', '__and__', '__le__',
  '__lt__', '__ge__', '__gt__', '__eq__', '__xor__', '__ixor__', '__or__', '__ior__', '__repr__', '__hash__',
]);
