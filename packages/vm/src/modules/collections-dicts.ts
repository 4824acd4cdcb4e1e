/**
 * `collections.defaultdict` and `collections.OrderedDict`, both dict subclasses. defaultdict
 * mirrors CPython 3.8 Modules/_collectionsmodule.c (defdict_*); OrderedDict mirrors
 * Objects/odictobject.c, using the insertion order the dict storage already keeps.
 * @module
 */
import { PyDict, dictClear, dictGet, dictItems, dictSet, dictType } from '../objects/dict.ts';
import { dictDelete, dictUpdateCommon } from '../objects/dict-slots.ts';
import { newDictIter } from '../objects/dict-views.ts';
import { newBool } from '../objects/int.ts';
import { positional } from '../objects/list-methods.ts';
import { newListStealing } from '../objects/list.ts';
import { reprEnter, reprLeave } from '../objects/list-slots.ts';
import { None, newNotImplemented } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { EQ, NE, isTrue, richCompareBool } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { callNoArgs, callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { keyError, raiseMessage, typeError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { markDottedTypeName, tpName } from '../runtime/type-name.ts';

const FLAGS = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;

/** `collections.defaultdict`. */
export const defaultDictType: PyType = staticType({ name: 'defaultdict', module: 'collections', base: dictType, basicsize: 56, flags: FLAGS });
/** `collections.OrderedDict`. */
export const orderedDictType: PyType = staticType({ name: 'OrderedDict', module: 'collections', base: dictType, basicsize: 104, flags: FLAGS });
// `od_weakreflist`.
orderedDictType.weakrefable = true;
markDottedTypeName(defaultDictType, orderedDictType);

/** A defaultdict: a dict with an owned `default_factory` (null for None). */
export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
}

function DD(o: PyObject): PyDefaultDict {
  if (!(o instanceof PyDefaultDict)) throw typeError(`descriptor requires a 'collections.defaultdict' object but received '${tpName(o.type)}'`);
  return o;
}

defaultDictType.new = (type) => {
  if (type.isHeapType) incref(type);
  return new PyDefaultDict(type, allocateAddress(type));
};
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

addGetSets(defaultDictType, [{
  name: 'default_factory',
  get: (self) => incref(DD(self).factory ?? None),
  set: (self, value) => {
    const d = DD(self);
    const old = d.factory;
    d.factory = value === null || value === None ? null : incref(value);
    xdecref(old);
  },
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
]);

// ---- OrderedDict -------------------------------------------------------------------------------

function OD(o: PyObject): PyDict {
  if (!(o instanceof PyDict)) throw typeError(`descriptor requires a 'collections.OrderedDict' object but received '${tpName(o.type)}'`);
  return o;
}

orderedDictType.new = (type) => {
  if (type.isHeapType) incref(type);
  return new PyDict(type, allocateAddress(type));
};
orderedDictType.init = (self, args, kwnames) => {
  dictUpdateCommon(OD(self), args, kwnames, 'OrderedDict');
};
orderedDictType.repr = (self) => {
  const d = self as PyDict;
  const name = d.type.name;
  if (!reprEnter(d)) return newStr('...');
  try {
    if (d.size === 0) return newStr(`${name}()`);
    const pairs = newListStealing(dictItems(d).map(([k, v]) => newTupleStealing([incref(k), incref(v)])));
    try {
      return newStr(`${name}(${reprText(pairs)})`);
    } finally {
      decref(pairs);
    }
  } finally {
    reprLeave(d);
  }
};
orderedDictType.richcompare = (v, w, op) => {
  if (!(v instanceof PyDict) || !(w instanceof PyDict) || (op !== EQ && op !== NE)) return newNotImplemented();
  const plain = (dictType.richcompare as NonNullable<PyType['richcompare']>)(v, w, op);
  const isOd = (o: PyObject): boolean => o.type === orderedDictType || o.type.mro.includes(orderedDictType);
  if (!isOd(v) || !isOd(w)) return plain;
  const dictEq = (op === EQ) === isTrue(plain);
  decref(plain);
  if (!dictEq) return newBool(op === NE);
  const a = dictItems(v);
  const b = dictItems(w);
  for (let i = 0; i < a.length; i++) {
    const ka = (a[i] as [PyObject, PyObject])[0];
    const kb = (b[i])?.[0];
    if (kb === undefined || !richCompareBool(ka, kb, EQ)) return newBool(op === NE);
  }
  return newBool(op === EQ);
};

/** Moves `key` to the end or the front, keeping the entry's references. */
function moveToEnd(d: PyDict, key: PyObject, last: boolean): void {
  const value = dictGet(d, key);
  if (value === null) throw keyError(key);
  if (last) {
    incref(value);
    const items = dictItems(d).find(([k]) => richCompareBool(k, key, EQ));
    const k = incref(items === undefined ? key : items[0]);
    dictDelete(d, key);
    dictSet(d, k, value);
    decref(k);
    decref(value);
    return;
  }
  const items = dictItems(d);
  for (const [k, v] of items) {
    incref(k);
    incref(v);
  }
  dictClear(d);
  const idx = items.findIndex(([k]) => richCompareBool(k, key, EQ));
  const first = items.splice(idx, 1);
  for (const [k, v] of [...first, ...items]) {
    dictSet(d, k, v);
    decref(k);
    decref(v);
  }
}

addMethods(orderedDictType, [
  {
    name: 'move_to_end', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const pos = positional(args, kwnames);
      let last: PyObject | undefined = pos[1];
      (kwnames ?? []).forEach((k, i) => {
        if (k === 'last') last = args[pos.length + i];
        else throw typeError(`move_to_end() got an unexpected keyword argument '${k}'`);
      });
      if (pos.length < 1) throw typeError("move_to_end() missing required argument 'key' (pos 1)");
      moveToEnd(OD(self), pos[0] as PyObject, last === undefined ? true : isTrue(last));
      return incref(None);
    },
  },
  {
    name: 'popitem', kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const d = OD(self);
      const pos = positional(args, kwnames);
      let last: PyObject | undefined = pos[0];
      (kwnames ?? []).forEach((k, i) => {
        if (k === 'last') last = args[pos.length + i];
        else throw typeError(`popitem() got an unexpected keyword argument '${k}'`);
      });
      const items = dictItems(d);
      if (items.length === 0) throw raiseMessage(E.KeyError, 'dictionary is empty');
      const [k, v] = (last === undefined || isTrue(last) ? items[items.length - 1] : items[0]) as [PyObject, PyObject];
      const out = newTupleStealing([incref(k), incref(v)]);
      dictDelete(d, k);
      return out;
    },
  },
  { name: '__reversed__', kind: 'noargs', impl: (self) => newDictIter(OD(self), 'keys', true) },
  { name: 'copy', kind: 'noargs', impl: (self) => callObject(self.type, [self]) },
  { name: '__copy__', kind: 'noargs', impl: (self) => callObject(self.type, [self]) },
]);
