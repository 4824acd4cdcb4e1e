/**
 * `weakref.WeakValueDictionary`: a mapping whose values are held through `KeyedRef`s sharing one
 * `_remove` callback, so an entry goes when its value dies (or, during an iteration, when the last
 * iteration ends). Mirrors CPython 3.8 Lib/weakref.py `WeakValueDictionary` and
 * Modules/_weakref.c `_remove_dead_weakref`.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import { PyDict, dictGet, dictSet, newDict } from '../objects/dict.ts';
import { dictDelete } from '../objects/dict-slots.ts';
import { newDictIter } from '../objects/dict-views.ts';
import { newListStealing } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing, type PyTuple } from '../objects/tuple.ts';
import { PyWeakref, weakrefTarget } from '../objects/weakref.ts';
import { keyError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { bindArgs } from './weakref-args.ts';
import {
  PyWeakContainer, resetContainer, asContainer, commitIfPending, containerType, newContainer, newWeakIter, storeLocal, withGuard, type IterKind,
} from './weakref-container.ts';
import { keyOf, keyedRefType, newKeyedRef } from './weakref-keyed.ts';
import { clearByPopping, deepcopyMethod, forEachItem, forEachKeyword, mappingRichCompare, popDataItem } from './weakref-mapping.ts';
import { setItem } from '../runtime/abstract-item.ts';

/** `_weakref._remove_dead_weakref(d, key)`: deletes `d[key]` if it is a dead weak reference. */
export function removeDeadWeakref(d: PyDict, key: PyObject): void {
  const v = dictGet(d, key);
  if (v instanceof PyWeakref && v.referent === null) dictDelete(d, key);
}

function commit(c: PyWeakContainer): void {
  const d = c.data as PyDict;
  while (c.pending.length > 0) {
    const key = c.pending.pop() as PyObject;
    try {
      removeDeadWeakref(d, key);
    } finally {
      decref(key);
    }
  }
}

/** `weakref.WeakValueDictionary`. */
export const weakValueDictType: PyType = containerType({ name: 'WeakValueDictionary', basicsize: 48, commit, dataFirst: false });

const W = (o: PyObject): PyWeakContainer => asContainer(o, weakValueDictType);
const data = (c: PyWeakContainer): PyDict => c.data as PyDict;

/** The `remove(wr)` closure of `__init__`. */
function onDeath(c: PyWeakContainer, wr: PyObject): void {
  const key = keyOf(wr);
  if (c.iterating.size > 0) c.pending.push(incref(key));
  else removeDeadWeakref(data(c), key);
}

/** `self.data[key] = KeyedRef(value, self._remove, key)`. */
function put(c: PyWeakContainer, key: PyObject, value: PyObject): void {
  const wr = newKeyedRef(keyedRefType, value, c.remove as PyObject, key);
  try {
    dictSet(data(c), key, wr);
  } finally {
    decref(wr);
  }
}

function update(c: PyWeakContainer, other: PyObject | undefined, kw: readonly [string, PyObject][]): void {
  commitIfPending(c);
  if (other !== undefined && other !== None) forEachItem(other, (k, v) => { put(c, k, v); });
  forEachKeyword(kw, (k, v) => { put(c, k, v); });
}

weakValueDictType.new = (type) => newContainer(type, newDict(), 'remove', onDeath);
weakValueDictType.init = (self, args, kwnames) => {
  const { values, kw } = bindArgs('__init__', args, kwnames, { names: ['other'], required: 0, posOnly: 1, varkw: true });
  resetContainer(W(self), newDict);
  update(W(self), values[0], kw);
};
weakValueDictType.repr = (self) => newStr(`<${self.type.name} at 0x${self.address.toString(16)}>`);
weakValueDictType.length = (self) => {
  const c = W(self);
  commitIfPending(c);
  return data(c).size;
};
weakValueDictType.getitem = (self, key) => {
  const c = W(self);
  commitIfPending(c);
  const wr = dictGet(data(c), key);
  if (wr === null) throw keyError(key);
  const o = weakrefTarget(wr as PyWeakref);
  if (o === None) {
    decref(o);
    throw keyError(key);
  }
  return o;
};
weakValueDictType.setitem = (self, key, value) => {
  const c = W(self);
  commitIfPending(c);
  if (value !== null) put(c, key, value);
  else if (!dictDelete(data(c), key)) throw keyError(key);
};
weakValueDictType.contains = (self, key) => {
  const c = W(self);
  commitIfPending(c);
  const wr = dictGet(data(c), key);
  return wr instanceof PyWeakref && wr.referent !== null;
};
weakValueDictType.richcompare = mappingRichCompare;

/** The live value of a KeyedRef, or null (a new reference). */
function alive(wr: PyObject): PyObject | null {
  const o = weakrefTarget(wr as PyWeakref);
  if (o !== None) return o;
  decref(o);
  return null;
}

function unpack(item: PyObject): [PyObject, PyObject] {
  const [k, v] = (item as PyTuple).items as [PyObject, PyObject];
  incref(k);
  incref(v);
  decref(item);
  return [k, v];
}

const prologue = (c: PyWeakContainer): void => { commitIfPending(c); };
const kinds: Record<'items' | 'keys' | 'values' | 'itervaluerefs', IterKind> = {
  // for k, wr in self.data.items(): v = wr(); if v is not None: yield k, v
  items: {
    qualname: 'WeakValueDictionary.items', nlocals: 3, prologue,
    open: (c) => newDictIter(data(c), 'items'),
    step: (it, item) => {
      const [k, wr] = unpack(item);
      storeLocal(it, 0, k);
      storeLocal(it, 1, wr);
      const v = weakrefTarget(wr as PyWeakref);
      storeLocal(it, 2, v);
      return v === None ? null : newTupleStealing([incref(k), incref(v)]);
    },
  },
  // for k, wr in self.data.items(): if wr() is not None: yield k
  keys: {
    qualname: 'WeakValueDictionary.keys', nlocals: 2, prologue,
    open: (c) => newDictIter(data(c), 'items'),
    step: (it, item) => {
      const [k, wr] = unpack(item);
      storeLocal(it, 0, k);
      storeLocal(it, 1, wr);
      const o = alive(wr);
      if (o === null) return null;
      decref(o);
      return incref(k);
    },
  },
  // for wr in self.data.values(): obj = wr(); if obj is not None: yield obj
  values: {
    qualname: 'WeakValueDictionary.values', nlocals: 2, prologue,
    open: (c) => newDictIter(data(c), 'values'),
    step: (it, wr) => {
      storeLocal(it, 0, wr);
      const obj = weakrefTarget(wr as PyWeakref);
      storeLocal(it, 1, obj);
      return obj === None ? null : incref(obj);
    },
  },
  // yield from self.data.values()
  itervaluerefs: {
    qualname: 'WeakValueDictionary.itervaluerefs', nlocals: 0, prologue,
    open: (c) => newDictIter(data(c), 'values'),
    step: (_it, wr) => wr,
  },
};

weakValueDictType.iter = (self) => newWeakIter(W(self), kinds.keys);

function copy(self: PyObject): PyObject {
  const c = W(self);
  commitIfPending(c);
  const fresh = weakValueDictType.new?.(weakValueDictType, [], null) as PyWeakContainer;
  try {
    withGuard(c, () => {
      for (const [key, wr] of dictItemsOf(data(c))) {
        const o = alive(wr);
        if (o === null) continue;
        try {
          put(fresh, key, o);
        } finally {
          decref(o);
        }
      }
    });
  } catch (e) {
    decref(fresh);
    throw e;
  }
  return fresh;
}

function dictItemsOf(d: PyDict): [PyObject, PyObject][] {
  const it = newDictIter(d, 'items');
  const out: [PyObject, PyObject][] = [];
  try {
    for (;;) {
      const item = (it.type.iternext as (o: PyObject) => PyObject | null)(it);
      if (item === null) break;
      const [k, v] = unpack(item);
      out.push([k, v]);
      decref(k);
      decref(v);
    }
  } finally {
    decref(it);
  }
  return out;
}

const noargs = (name: string, f: (c: PyWeakContainer) => PyObject) => ({
  name, kind: 'fastkw' as const,
  impl: (self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null) => {
    bindArgs(name, args, kwnames, { names: [], required: 0 });
    return f(W(self));
  },
});

addPythonMethods(weakValueDictType, [
  noargs('items', (c) => newWeakIter(c, kinds.items)),
  noargs('keys', (c) => newWeakIter(c, kinds.keys)),
  noargs('values', (c) => newWeakIter(c, kinds.values)),
  noargs('itervaluerefs', (c) => newWeakIter(c, kinds.itervaluerefs)),
  noargs('valuerefs', (c) => {
    commitIfPending(c);
    return newListStealing(dictItemsOf(data(c)).map(([, v]) => incref(v)));
  }),
  noargs('copy', copy),
  noargs('__copy__', copy),
  // new[deepcopy(key, memo)] = o, the pending removals committed first
  deepcopyMethod(W, commitIfPending, (c, fresh, copyOf) => {
    for (const [key, wr] of dictItemsOf(data(c))) {
      const o = alive(wr);
      if (o === null) continue;
      try {
        const k = copyOf(key);
        try {
          setItem(fresh, k, o);
        } finally {
          decref(k);
        }
      } finally {
        decref(o);
      }
    }
  }),
  noargs('popitem', (c) => {
    commitIfPending(c);
    for (;;) {
      const [key, wr] = popDataItem(c);
      const o = alive(wr);
      decref(wr);
      if (o !== null) return newTupleStealing([key, o]);
      decref(key);
    }
  }),
  noargs('clear', (c) => (clearByPopping(c), incref(None))),
  {
    name: 'get', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const { values } = bindArgs('get', args, kwnames, { names: ['key', 'default'], required: 1 });
      const c = W(self);
      commitIfPending(c);
      const wr = dictGet(data(c), values[0] as PyObject);
      const o = wr === null ? null : alive(wr);
      return o ?? incref(values[1] ?? None);
    },
  },
  {
    name: 'pop', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const { values, rest } = bindArgs('pop', args, kwnames, { names: ['key'], required: 1, varargs: true });
      const c = W(self);
      const key = values[0] as PyObject;
      commitIfPending(c);
      const wr = dictGet(data(c), key);
      let o: PyObject | null = null;
      if (wr !== null) {
        incref(wr);
        dictDelete(data(c), key);
        o = alive(wr);
        decref(wr);
      }
      if (o !== null) return o;
      const dflt = rest[0];
      if (dflt !== undefined) return incref(dflt);
      throw keyError(key);
    },
  },
  {
    name: 'setdefault', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const { values } = bindArgs('setdefault', args, kwnames, { names: ['key', 'default'], required: 1 });
      const c = W(self);
      const key = values[0] as PyObject;
      const dflt = values[1] ?? None;
      const wr = dictGet(data(c), key);
      const o = wr === null ? null : alive(wr);
      if (o !== null) return o;
      commitIfPending(c);
      put(c, key, dflt);
      return incref(dflt);
    },
  },
  {
    name: 'update', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const { values, kw } = bindArgs('update', args, kwnames, { names: ['other'], required: 0, posOnly: 1, varkw: true });
      update(W(self), values[0], kw);
      return incref(None);
    },
  },
]);
