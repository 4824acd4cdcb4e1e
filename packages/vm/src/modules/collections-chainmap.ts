/**
 * `collections.ChainMap` (basic): lookups through a list of mappings, writes to the first.
 * Mirrors CPython 3.8 Lib/collections/__init__.py `ChainMap`: `maps`, `new_child`, `parents`,
 * `get`, `in`, `len`, iteration (first-seen order of the reversed maps) and the repr.
 * @module
 */
import { dictSet, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { contains, deleteItem, getItem, setItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, keyError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { positional } from '../objects/list-methods.ts';
import { newBool } from '../objects/int.ts';

/** `collections.ChainMap`. */
export const chainMapType: PyType = staticType({ name: 'ChainMap', module: 'collections', basicsize: 48, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });

class PyChainMap extends PyObject {
  maps: PyList = newListStealing([]);
}

function CM(o: PyObject): PyChainMap {
  return o as PyChainMap;
}

function lookup(cm: PyChainMap, key: PyObject): PyObject | null {
  for (const m of cm.maps.items.slice()) {
    try {
      return getItem(m, key);
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.KeyError)) throw e;
      clearRaise(e);
    }
  }
  return null;
}

/** The union of the keys, in the order `dict.update` over the reversed maps gives. */
function keysDict(cm: PyChainMap): PyObject {
  const d = newDict();
  for (const m of cm.maps.items.slice().reverse()) {
    const it = getIter(m);
    try {
      for (let k = iterNext(it); k !== null; k = iterNext(it)) {
        dictSet(d, k, None);
        decref(k);
      }
    } finally {
      decref(it);
    }
  }
  return d;
}

function newChainMap(type: PyType, maps: PyObject[]): PyChainMap {
  if (type.isHeapType) incref(type);
  const cm = new PyChainMap(type, allocateAddress(type));
  cm.maps.items.push(...maps);
  return cm;
}

chainMapType.new = (type) => newChainMap(type, []);
chainMapType.init = (self, args, kwnames) => {
  const cm = CM(self);
  const maps = positional(args, kwnames).map((m) => incref(m));
  if (maps.length === 0) maps.push(newDict());
  const old = cm.maps.items.splice(0, cm.maps.items.length, ...maps);
  for (const o of old) decref(o);
};
chainMapType.dealloc = (self) => {
  decref(CM(self).maps);
  freeObject(self);
};
chainMapType.traverse = (self, visit) => { visit(CM(self).maps); };
chainMapType.getitem = (self, key) => {
  const v = lookup(CM(self), key);
  if (v === null) throw keyError(key);
  return v;
};
chainMapType.setitem = (self, key, value) => {
  const first = CM(self).maps.items[0];
  if (first === undefined) throw keyError(key);
  if (value === null) {
    try {
      deleteItem(first, key);
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.KeyError)) throw e;
      clearRaise(e);
      throw keyError(newStr(`Key not found in the first mapping: ${reprText(key)}`));
    }
  } else setItem(first, key, value);
};
chainMapType.contains = (self, key) => CM(self).maps.items.some((m) => contains(m, key));
chainMapType.length = (self) => {
  const d = keysDict(CM(self));
  const n = (d.type.length as (o: PyObject) => number)(d);
  decref(d);
  return n;
};
chainMapType.nbBool = (self) => CM(self).maps.items.some((m) => (m.type.length?.(m) ?? 1) > 0);
chainMapType.iter = (self) => {
  const d = keysDict(CM(self));
  const it = getIter(d);
  decref(d);
  return it;
};
chainMapType.repr = (self) => newStr(`${self.type.name}(${CM(self).maps.items.map((m) => reprText(m)).join(', ')})`);

addGetSets(chainMapType, [{ name: 'maps', get: (self) => incref(CM(self).maps) }]);
addGetSets(chainMapType, [{
  name: 'parents',
  get: (self) => newChainMap(self.type, CM(self).maps.items.slice(1).map((m) => incref(m))),
}]);
addMethods(chainMapType, [
  {
    name: 'new_child', kind: 'fast',
    impl: (self, args) => {
      const m = args[0] === undefined || args[0] === None ? newDict() : incref(args[0]);
      return newChainMap(self.type, [m, ...CM(self).maps.items.map((x) => incref(x))]);
    },
  },
  {
    name: 'get', kind: 'fast',
    impl: (self, args) => lookup(CM(self), args[0] as PyObject) ?? incref(args[1] ?? None),
  },
  { name: '__contains__', kind: 'o', impl: (self, args) => newBool(CM(self).maps.items.some((m) => contains(m, args[0] as PyObject))) },
]);
