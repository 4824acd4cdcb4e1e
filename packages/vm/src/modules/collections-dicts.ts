/**
 * `collections.defaultdict`, a dict subclass calling its `default_factory` for missing keys.
 * Mirrors CPython 3.8 Modules/_collectionsmodule.c (defdict_*).
 * @module
 */
import { PyDict, dictClear, dictItems, dictType } from '../objects/dict.ts';
import { dictUpdateCommon, registerDictLayout } from '../objects/dict-slots.ts';
import { positional } from '../objects/list-methods.ts';
import { reprEnter, reprLeave } from '../objects/repr-guard.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { callMethod, callNoArgs, callObject } from '../runtime/call.ts';
import { getIter } from '../runtime/abstract-iter.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { staticType } from '../runtime/core-types.ts';
import { keyError, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { addReadonlyMembers } from '../objects/getset.ts';
import { markDottedTypeName, tpName } from '../runtime/type-name.ts';

const FLAGS = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;

/** `collections.defaultdict`. */
export const defaultDictType: PyType = staticType({ name: 'defaultdict', module: 'collections', base: dictType, basicsize: 56, flags: FLAGS });
markDottedTypeName(defaultDictType);

/** A defaultdict: a dict with an owned `default_factory` (null for None). */
export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
}

function DD(o: PyObject): PyDefaultDict {
  if (!(o instanceof PyDefaultDict)) throw typeError(`descriptor requires a 'collections.defaultdict' object but received '${tpName(o.type)}'`);
  return o;
}

// `dict.__new__(defaultdict)` and subclasses allocate the larger object (`tp_basicsize`).
registerDictLayout(defaultDictType, (type) => new PyDefaultDict(type, allocateAddress(type)));
defaultDictType.init = (self, args, kwnames) => {
  const d = DD(self);
  const pos = positional(args, kwnames);
  let rest = args;
  if (pos.length > 0) {
    const f = pos[0] as PyObject;
    if (f !== None && f.type.call === undefined) throw typeError('first argument must be callable or None');
    const old = d.factory;
    d.factory = f === None ? null : incref(f);
    xdecref(old);
    rest = args.slice(1);
  }
  dictUpdateCommon(d, rest, kwnames, 'defaultdict');
};
defaultDictType.dealloc = (self) => {
  const d = self as PyDefaultDict;
  const f = d.factory;
  d.factory = null;
  xdecref(f);
  dictClear(d);
  freeObject(self);
};
defaultDictType.traverse = (self, visit) => {
  const d = self as PyDefaultDict;
  if (d.factory !== null) visit(d.factory);
  for (const [k, v] of dictItems(d)) {
    visit(k);
    visit(v);
  }
};
defaultDictType.clear = (self) => {
  const d = self as PyDefaultDict;
  const f = d.factory;
  d.factory = null;
  xdecref(f);
  dictClear(d);
};
defaultDictType.repr = (self) => {
  const d = self as PyDefaultDict;
  const base = (dictType.repr as (o: PyObject) => PyObject)(d);
  let factory = 'None';
  if (d.factory !== null) {
    if (!reprEnter(d.factory)) factory = '...';
    else {
      try {
        factory = reprText(d.factory);
      } finally {
        reprLeave(d.factory);
      }
    }
  }
  const text = `${d.type.name}(${factory}, ${base instanceof PyStr ? base.value : ''})`;
  decref(base);
  return newStr(text);
};

function copyDefaultDict(self: PyObject): PyObject {
  const d = DD(self);
  return callObject(d.type, [d.factory ?? None, d]);
}

// `defdict_members`: a T_OBJECT member (NULL reads as None; `del` stores NULL).
addReadonlyMembers(defaultDictType, [{
  name: 'default_factory',
  read: (self) => incref(DD(self).factory ?? None),
  write: (self, value) => {
    const d = DD(self);
    const old = d.factory;
    d.factory = value === null || value === None ? null : incref(value);
    xdecref(old);
  },
  doc: 'Factory for default value called by __missing__().',
}]);
addMethods(defaultDictType, [
  {
    name: '__missing__', kind: 'o',
    impl: (self, args) => {
      const d = DD(self);
      const key = args[0] as PyObject;
      if (d.factory === null) throw keyError(key);
      const value = callNoArgs(d.factory);
      try {
        (d.type.setitem as NonNullable<PyType['setitem']>)(d, key, value);
      } catch (e) {
        decref(value);
        throw e;
      }
      return value;
    },
  },
  { name: 'copy', kind: 'noargs', impl: copyDefaultDict },
  { name: '__copy__', kind: 'noargs', impl: copyDefaultDict },
  {
    // `defdict_reduce`: `(type(d), (default_factory,) or (), None, None, iter(d.items()))`.
    name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.',
    impl: (self) => {
      const d = DD(self);
      const items = callMethod(d, 'items');
      let it: PyObject;
      try {
        it = getIter(items);
      } finally {
        decref(items);
      }
      const args = newTupleStealing(d.factory === null ? [] : [incref(d.factory)]);
      return newTupleStealing([incref(d.type), args, incref(None), incref(None), it]);
    },
  },
]);
