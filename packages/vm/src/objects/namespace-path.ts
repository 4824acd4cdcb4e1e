/**
 * `_NamespacePath`: the `__path__` of a namespace package (PEP 420). It remembers the parent's
 * search path (`sys.path` for a top-level package, else the parent package's `__path__`) and,
 * whenever that has changed, looks for the package's portions again, so a folder added to the
 * search path later becomes part of the package. Mirrors CPython 3.8
 * Lib/importlib/_bootstrap_external.py `_NamespacePath`.
 * @module
 */
import { richCompareBool, EQ } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getIter, sequenceToArray } from '../runtime/abstract-iter.ts';
import { contains, getItem, length, setItem } from '../runtime/abstract-item.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { staticType } from '../runtime/core-types.ts';
import { namespacePortions, setNamespacePathMaker, sysModules } from '../runtime/import-system.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';
import { dictGetStr, dictSetStr, newDict, type PyDict } from './dict.ts';
import * as E from './exceptions.ts';
import { newListStealing } from './list.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';
import { PyStr } from './str.ts';
import { callObject } from '../runtime/call.ts';
import { raiseValue, newExceptionStealing } from '../runtime/errors.ts';

/** `_frozen_importlib_external._NamespacePath`. */
export const namespacePathType: PyType = staticType({ name: '_NamespacePath', module: '_frozen_importlib_external', basicsize: 16, flags: TPFLAGS_HAVE_GC });
markDottedTypeName(namespacePathType);
// A class of Python code in CPython: its state is in the instance's `__dict__`.
namespacePathType.hasInstanceDict = true;
// DEVIATION(cpython): a built-in type here, so its methods are method descriptors, not functions.

function stateDict(self: PyObject): PyDict {
  if (self.dict === null) self.dict = newDict();
  return self.dict;
}

/** An attribute of the instance's state (borrowed), as `self._name` reads it. */
function stateItem(self: PyObject, name: string): PyObject {
  const v = dictGetStr(stateDict(self), name);
  if (v === null) throw raiseValue(newExceptionStealing(E.AttributeError, [newStr(`'_NamespacePath' object has no attribute '${name}'`)]));
  return v;
}

/** `_get_parent_path`: `sys.path`, or the parent package's `__path__` (a new reference). */
function parentPath(name: string): PyObject {
  const dot = name.lastIndexOf('.');
  const [parent, attr] = dot < 0 ? ['sys', 'path'] : [name.slice(0, dot), '__path__'];
  const module = dictGetStr(sysModules(), parent);
  if (module === null) throw raiseValue(newExceptionStealing(E.KeyError, [newStr(parent)]));
  return getAttrString(module, attr);
}

/**
 * `_recalculate`: when the parent's path differs from the copy kept, the portions found along the
 * new one (unless a module or regular package is found there instead); a borrowed `_path`.
 */
function recalculate(self: PyObject): PyObject {
  const nameObj = stateItem(self, '_name');
  if (!(nameObj instanceof PyStr)) throw raiseValue(newExceptionStealing(E.TypeError, [newStr('_name must be a str')]));
  const parent = parentPath(nameObj.value);
  let copy: PyObject;
  try {
    copy = newTupleStealing(sequenceToArray(parent));
  } finally {
    decref(parent);
  }
  try {
    if (!richCompareBool(copy, stateItem(self, '_last_parent_path'), EQ)) {
      const portions = namespacePortions(nameObj.value, copy);
      if (portions !== null && portions.length > 0) {
        const path = newListStealing(portions.map((p) => newStr(p)));
        dictSetStr(stateDict(self), '_path', path);
        decref(path);
      }
      dictSetStr(stateDict(self), '_last_parent_path', copy);
    }
  } finally {
    decref(copy);
  }
  return stateItem(self, '_path');
}

namespacePathType.dealloc = (self) => {
  const d = self.dict;
  self.dict = null;
  if (d !== null) decref(d);
  freeObject(self);
};
namespacePathType.traverse = (self, visit) => {
  if (self.dict !== null) visit(self.dict);
};
namespacePathType.iter = (self) => getIter(recalculate(self));
namespacePathType.getitem = (self, index) => getItem(recalculate(self), index);
namespacePathType.setitem = (self, index, path) => {
  if (path === null) throw raiseValue(newExceptionStealing(E.AttributeError, [newStr('__delitem__')]));
  setItem(stateItem(self, '_path'), index, path);
};
namespacePathType.length = (self) => length(recalculate(self));
namespacePathType.contains = (self, item) => contains(recalculate(self), item);
namespacePathType.repr = (self) => newStr(`_NamespacePath(${reprText(stateItem(self, '_path'))})`);

// A class's `__dict__` descriptor (`subtype_dict`), read-only here.
addGetSets(namespacePathType, [{ name: '__dict__', get: (self) => incref(stateDict(self)) }]);

addMethods(namespacePathType, [
  {
    name: 'append', kind: 'o',
    impl: (self, args) => {
      const list = stateItem(self, '_path');
      const appended = getAttrString(list, 'append');
      try {
        decref(callObject(appended, [args[0] as PyObject]));
      } finally {
        decref(appended);
      }
      return incref(None);
    },
  },
  { name: '_recalculate', kind: 'noargs', impl: (self) => incref(recalculate(self)) },
]);

/**
 * A namespace package's `__path__`: `_NamespacePath(name, portions, PathFinder._get_spec)`.
 * DEVIATION(cpython): `_path_finder` is None (corosim has no PathFinder class).
 */
function newNamespacePath(name: string, portions: readonly string[]): PyObject {
  const o = new PyObject(namespacePathType, allocateAddress(namespacePathType));
  const d = stateDict(o);
  const set = (key: string, value: PyObject): void => {
    dictSetStr(d, key, value);
    decref(value);
  };
  set('_name', newStr(name));
  set('_path', newListStealing(portions.map((p) => newStr(p))));
  const parent = parentPath(name);
  try {
    set('_last_parent_path', newTupleStealing(sequenceToArray(parent)));
  } finally {
    decref(parent);
  }
  dictSetStr(d, '_path_finder', None);
  return o;
}
setNamespacePathMaker(newNamespacePath);
