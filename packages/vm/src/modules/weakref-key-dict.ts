/**
 * `weakref.WeakKeyDictionary`: a mapping whose keys are held through weak references (with the
 * shared `_remove` callback), so an entry goes when its key dies (or, during an iteration, when
 * the last iteration ends). Mirrors CPython 3.8 Lib/weakref.py `WeakKeyDictionary`.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import { PyDict, dictGet, dictItems, dictSet, newDict } from '../objects/dict.ts';
import { dictDelete } from '../objects/dict-slots.ts';
import { newDictIter } from '../objects/dict-views.ts';
import { newListStealing } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing, type PyTuple } from '../objects/tuple.ts';
import { PyWeakref, newWeakref, weakrefTarget, weakrefType } from '../objects/weakref.ts';
import * as E from '../objects/exceptions.ts';
import { PyRaise, clearRaise, exceptionMatches, keyError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { bindArgs } from './weakref-args.ts';
import {
  PyWeakContainer, resetContainer, asContainer, containerType, newContainer, newWeakIter, noargsMethod, storeLocal, withGuard, type IterKind,
} from './weakref-container.ts';
import { clearByPopping, deepcopyMethod, forEachItem, forEachKeyword, mappingRichCompare, popDataItem } from './weakref-mapping.ts';
import { setItem } from '../runtime/abstract-item.ts';

function commit(c: PyWeakContainer): void {
  const d = c.data as PyDict;
  while (c.pending.length > 0) {
    const k = c.pending.pop() as PyObject;
    try {
      dictDelete(d, k);
    } finally {
      decref(k);
    }
  }
}

/** `weakref.WeakKeyDictionary`. */
export const weakKeyDictType: PyType = containerType({ name: 'WeakKeyDictionary', basicsize: 48, commit, dataFirst: true });

const W = (o: PyObject): PyWeakContainer => asContainer(o, weakKeyDictType);
const data = (c: PyWeakContainer): PyDict => c.data as PyDict;

/** `_scrub_removals`: keeps the pending removals still in `data` (in a new list) and clears `_dirty_len`. */
function scrubRemovals(c: PyWeakContainer): void {
  const d = data(c);
  const kept: PyObject[] = [];
  try {
    for (const k of c.pending) if (dictGet(d, k) !== null) kept.push(incref(k));
  } catch (e) {
    for (const k of kept) decref(k);
    throw e;
  }
  const old = c.pending;
  c.pending = kept;
  c.dirtyLen = false;
  for (const k of old) decref(k);
}
addPythonMethods(weakKeyDictType, [noargsMethod(weakKeyDictType, '_scrub_removals', scrubRemovals)]);

/** The `remove(k)` closure of `__init__`: `del self.data[k]` (a KeyError goes to the caller). */
function onDeath(c: PyWeakContainer, k: PyObject): void {
  if (c.iterating.size > 0) c.pending.push(incref(k));
  else if (!dictDelete(data(c), k)) throw keyError(k);
}

/** `ref(key)` or `ref(key, self._remove)`: a new reference. */
function refTo(key: PyObject, c: PyWeakContainer | null): PyWeakref {
  return newWeakref(weakrefType, key, c === null ? null : c.remove);
}

function withRef<T>(key: PyObject, c: PyWeakContainer | null, f: (wr: PyWeakref) => T): T {
  const wr = refTo(key, c);
  try {
    return f(wr);
  } finally {
    decref(wr);
  }
}

/** `self.data[ref(key, self._remove)] = value`. */
function put(c: PyWeakContainer, key: PyObject, value: PyObject): void {
  withRef(key, c, (wr) => { dictSet(data(c), wr, value); });
}

function update(c: PyWeakContainer, other: PyObject | undefined, kw: readonly [string, PyObject][]): void {
  if (other !== undefined && other !== None) forEachItem(other, (k, v) => { put(c, k, v); });
  forEachKeyword(kw, (k, v) => { put(c, k, v); });
}

weakKeyDictType.new = (type) => newContainer(type, newDict(), 'remove', onDeath);
weakKeyDictType.init = (self, args, kwnames) => {
  const { values } = bindArgs('__init__', args, kwnames, { names: ['dict'], required: 0 });
  resetContainer(W(self), newDict);
  update(W(self), values[0], []);
};
weakKeyDictType.repr = (self) => newStr(`<${self.type.name} at 0x${self.address.toString(16)}>`);
weakKeyDictType.length = (self) => {
  const c = W(self);
  // Keys explicitly removed meanwhile are no longer pending.
  if (c.dirtyLen && c.pending.length > 0) scrubRemovals(c);
  return data(c).size - c.pending.length;
};
weakKeyDictType.getitem = (self, key) => {
  const c = W(self);
  return withRef(key, null, (wr) => {
    const v = dictGet(data(c), wr);
    if (v === null) throw keyError(wr);
    return incref(v);
  });
};
weakKeyDictType.setitem = (self, key, value) => {
  const c = W(self);
  if (value !== null) {
    put(c, key, value);
    return;
  }
  c.dirtyLen = true;
  withRef(key, null, (wr) => {
    if (!dictDelete(data(c), wr)) throw keyError(wr);
  });
};
weakKeyDictType.contains = (self, key) => {
  const c = W(self);
  let wr: PyWeakref;
  try {
    wr = refTo(key, null);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    return false;
  }
  try {
    return dictGet(data(c), wr) !== null;
  } finally {
    decref(wr);
  }
};
weakKeyDictType.richcompare = mappingRichCompare;

function unpack(item: PyObject): [PyObject, PyObject] {
  const [k, v] = (item as PyTuple).items as [PyObject, PyObject];
  incref(k);
  incref(v);
  decref(item);
  return [k, v];
}

const kinds: Record<'items' | 'keys' | 'values', IterKind> = {
  // for wr, value in self.data.items(): key = wr(); if key is not None: yield key, value
  items: {
    qualname: 'WeakKeyDictionary.items', nlocals: 3,
    open: (c) => newDictIter(data(c), 'items'),
    step: (it, item) => {
      const [wr, value] = unpack(item);
      storeLocal(it, 0, wr);
      storeLocal(it, 1, value);
      const key = weakrefTarget(wr as PyWeakref);
      storeLocal(it, 2, key);
      return key === None ? null : newTupleStealing([incref(key), incref(value)]);
    },
  },
  // for wr in self.data: obj = wr(); if obj is not None: yield obj
  keys: {
    qualname: 'WeakKeyDictionary.keys', nlocals: 2,
    open: (c) => newDictIter(data(c), 'keys'),
    step: (it, wr) => {
      storeLocal(it, 0, wr);
      const obj = weakrefTarget(wr as PyWeakref);
      storeLocal(it, 1, obj);
      return obj === None ? null : incref(obj);
    },
  },
  // for wr, value in self.data.items(): if wr() is not None: yield value
  values: {
    qualname: 'WeakKeyDictionary.values', nlocals: 2,
    open: (c) => newDictIter(data(c), 'items'),
    step: (it, item) => {
      const [wr, value] = unpack(item);
      storeLocal(it, 0, wr);
      storeLocal(it, 1, value);
      const live = (wr as PyWeakref).referent !== null;
      return live ? incref(value) : null;
    },
  },
};

weakKeyDictType.iter = (self) => newWeakIter(W(self), kinds.keys);

/**
 * `for key, value in self.data.items(): o = key(); if o is not None: each(o, value)`, the
 * arguments borrowed (the caller holds the iteration guard).
 */
function forEachLiveItem(c: PyWeakContainer, each: (o: PyObject, value: PyObject) => void): void {
  const it = newDictIter(data(c), 'items');
  try {
    for (;;) {
      const item = (it.type.iternext as (o: PyObject) => PyObject | null)(it);
      if (item === null) break;
      const [wr, value] = unpack(item);
      const o = weakrefTarget(wr as PyWeakref);
      try {
        if (o !== None) each(o, value);
      } finally {
        decref(o);
        decref(wr);
        decref(value);
      }
    }
  } finally {
    decref(it);
  }
}

function copy(self: PyObject): PyObject {
  const c = W(self);
  const fresh = weakKeyDictType.new?.(weakKeyDictType, [], null) as PyWeakContainer;
  try {
    withGuard(c, () => { forEachLiveItem(c, (o, value) => { put(fresh, o, value); }); });
  } catch (e) {
    decref(fresh);
    throw e;
  }
  return fresh;
}

const noargs = (name: string, f: (c: PyWeakContainer) => PyObject) => ({
  name, kind: 'fastkw' as const,
  impl: (self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null) => {
    bindArgs(name, args, kwnames, { names: [], required: 0 });
    return f(W(self));
  },
});

addPythonMethods(weakKeyDictType, [
  noargs('items', (c) => newWeakIter(c, kinds.items)),
  noargs('keys', (c) => newWeakIter(c, kinds.keys)),
  noargs('values', (c) => newWeakIter(c, kinds.values)),
  noargs('keyrefs', (c) => newListStealing(dictItems(data(c)).map(([k]) => incref(k)))),
  noargs('copy', copy),
  noargs('__copy__', copy),
  // new[o] = deepcopy(value, memo)
  deepcopyMethod(W, () => undefined, (c, fresh, copyOf) => {
    forEachLiveItem(c, (o, value) => {
      const v = copyOf(value);
      try {
        setItem(fresh, o, v);
      } finally {
        decref(v);
      }
    });
  }),
  noargs('popitem', (c) => {
    c.dirtyLen = true;
    for (;;) {
      const [wr, value] = popDataItem(c);
      const o = weakrefTarget(wr as PyWeakref);
      decref(wr);
      if (o !== None) return newTupleStealing([o, value]);
      decref(o);
      decref(value);
    }
  }),
  noargs('clear', (c) => (clearByPopping(c), incref(None))),
  {
    name: 'get', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const { values } = bindArgs('get', args, kwnames, { names: ['key', 'default'], required: 1 });
      const c = W(self);
      return withRef(values[0] as PyObject, null, (wr) => incref(dictGet(data(c), wr) ?? values[1] ?? None));
    },
  },
  {
    name: 'pop', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const { values, rest } = bindArgs('pop', args, kwnames, { names: ['key'], required: 1, varargs: true });
      const c = W(self);
      c.dirtyLen = true;
      return withRef(values[0] as PyObject, null, (wr) => {
        const v = dictGet(data(c), wr);
        if (v === null) {
          const dflt = rest[0];
          if (dflt === undefined) throw keyError(wr);
          return incref(dflt);
        }
        incref(v);
        dictDelete(data(c), wr);
        return v;
      });
    },
  },
  {
    name: 'setdefault', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const { values } = bindArgs('setdefault', args, kwnames, { names: ['key', 'default'], required: 1 });
      const c = W(self);
      const dflt = values[1] ?? None;
      return withRef(values[0] as PyObject, c, (wr) => {
        const v = dictGet(data(c), wr);
        if (v !== null) return incref(v);
        dictSet(data(c), wr, dflt);
        return incref(dflt);
      });
    },
  },
  {
    name: 'update', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const { values, kw } = bindArgs('update', args, kwnames, { names: ['dict'], required: 0, posOnly: 1, varkw: true });
      update(W(self), values[0], kw);
      return incref(None);
    },
  },
]);
