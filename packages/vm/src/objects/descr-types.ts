/**
 * The descriptor classes of the builtins: `staticmethod`, `classmethod`, `property` and `super`.
 * Mirrors CPython 3.8 Objects/funcobject.c (sm_*, cm_*), Objects/descrobject.c (property_*) and
 * Objects/typeobject.c (super_*).
 * @module
 */
import { dictVisitingTraverses } from '../runtime/gc-registry.ts';
import { tpName } from '../runtime/type-name.ts';
import { lookupAttrString, missingDescribers } from '../runtime/attributes.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { attributeError, raiseMessage, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyStrLike } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { PyCell } from './cell.ts';
import * as E from './exceptions.ts';
import type { PyFrame } from './frame.ts';
import { PyMethod } from './method.ts';
import { newBool } from './int.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';

/** `_PyObject_IsAbstract`: `getattr(obj, '__isabstractmethod__', False)`, truth-tested. */
function isAbstractObject(obj: PyObject | null): boolean {
  if (obj === null) return false;
  const v = lookupAttrString(obj, '__isabstractmethod__');
  if (v === null) return false;
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

/** An object wrapping one callable: staticmethod and classmethod. */
export class PyWrapped extends PyObject {
  callable: PyObject | null = null;
}

function wrappedType(name: string): PyType {
  const t = staticType({ name, basicsize: 32, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
  t.new = (type) => {
    const o = new PyWrapped(type, allocateAddress(type));
    if (type.isHeapType) incref(type);
    return o;
  };
  t.init = (self, args, kwnames) => {
    if ((kwnames?.length ?? 0) > 0) throw typeError(`${name}() takes no keyword arguments`);
    if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
    const w = self as PyWrapped;
    const old = w.callable;
    w.callable = incref(args[0] as PyObject);
    xdecref(old);
  };
  t.dealloc = (self) => {
    const w = self as PyWrapped;
    xdecref(w.callable);
    w.callable = null;
    if (self.dict !== null) {
      const d = self.dict;
      self.dict = null;
      decref(d);
    }
    freeObject(self);
  };
  // `cm_traverse`/`sm_traverse` and `cm_clear`/`sm_clear`.
  t.traverse = (self, visit) => {
    const w = self as PyWrapped;
    if (w.callable !== null) visit(w.callable);
    if (w.dict !== null) visit(w.dict);
  };
  dictVisitingTraverses.add(t.traverse);
  t.clear = (self) => {
    const w = self as PyWrapped;
    const held = [w.callable, w.dict];
    w.callable = null;
    w.dict = null;
    for (const o of held) xdecref(o);
  };
  t.hasInstanceDict = true;
  addGetSets(t, [
    { name: '__func__', get: (self) => incref((self as PyWrapped).callable ?? None) },
    // `cm_get___isabstractmethod__` / `sm_get___isabstractmethod__`.
    { name: '__isabstractmethod__', get: (self) => newBool(isAbstractObject((self as PyWrapped).callable)) },
  ]);
  return t;
}

/** `staticmethod`. */
export const staticMethodType: PyType = wrappedType('staticmethod');
/** `classmethod`. */
export const classMethodType: PyType = wrappedType('classmethod');

staticMethodType.descrGet = (self) => {
  const c = (self as PyWrapped).callable;
  if (c === null) throw raiseMessage(E.RuntimeError, 'uninitialized staticmethod object');
  return incref(c);
};
classMethodType.descrGet = (self, _obj, type) => {
  const c = (self as PyWrapped).callable;
  if (c === null) throw raiseMessage(E.RuntimeError, 'uninitialized classmethod object');
  return new PyMethod(c, type);
};

/** A new staticmethod wrapping `f`. */
export function newStaticMethod(f: PyObject): PyObject {
  const o = new PyWrapped(staticMethodType, allocateAddress(staticMethodType));
  o.callable = incref(f);
  return o;
}

/** A new classmethod wrapping `f`. */
export function newClassMethod(f: PyObject): PyObject {
  const o = new PyWrapped(classMethodType, allocateAddress(classMethodType));
  o.callable = incref(f);
  return o;
}

/** A property: getter, setter, deleter, doc (owned or null). */
export class PyProperty extends PyObject {
  fget: PyObject | null = null;
  fset: PyObject | null = null;
  fdel: PyObject | null = null;
  doc: PyObject | null = null;
}

/** `property`. */
export const propertyType: PyType = staticType({ name: 'property', basicsize: 56, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
propertyType.new = (type) => {
  const o = new PyProperty(type, allocateAddress(type));
  if (type.isHeapType) incref(type);
  return o;
};
const PROPERTY_ARGS = ['fget', 'fset', 'fdel', 'doc'] as const;
propertyType.init = (self, args, kwnames) => {
  const p = self as PyProperty;
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 4) throw typeError(`property() takes at most 4 arguments (${args.length} given)`);
  const values: (PyObject | null)[] = [null, null, null, null];
  for (let i = 0; i < npos; i++) values[i] = args[i] as PyObject;
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    const idx = PROPERTY_ARGS.indexOf(k as (typeof PROPERTY_ARGS)[number]);
    if (idx < 0) throw typeError(`'${k}' is an invalid keyword argument for property()`);
    values[idx] = args[npos + i] as PyObject;
  }
  const norm = (v: PyObject | null): PyObject | null => (v === null || v === None ? null : incref(v));
  p.fget = norm(values[0] ?? null);
  p.fset = norm(values[1] ?? null);
  p.fdel = norm(values[2] ?? null);
  const doc = values[3] ?? null;
  if ((doc === null || doc === None) && p.fget !== null) {
    // `property_init_impl`: the getter's `__doc__`, whatever kind of callable it is.
    p.doc = lookupAttrString(p.fget, '__doc__');
  } else {
    p.doc = doc === null ? null : incref(doc);
  }
};

propertyType.dealloc = (self) => {
  const p = self as PyProperty;
  for (const o of [p.fget, p.fset, p.fdel, p.doc]) xdecref(o);
  p.fget = p.fset = p.fdel = p.doc = null;
  freeObject(self);
};
propertyType.traverse = (self, visit) => {
  const p = self as PyProperty;
  for (const o of [p.fget, p.fset, p.fdel, p.doc]) if (o !== null) visit(o);
};
// `property_clear` drops only the doc; the cycle breaks at the functions it holds.
propertyType.clear = (self) => {
  const p = self as PyProperty;
  const doc = p.doc;
  p.doc = null;
  xdecref(doc);
};
propertyType.descrGet = (self, obj) => {
  if (obj === null) return incref(self);
  const p = self as PyProperty;
  if (p.fget === null) throw attributeError("unreadable attribute");
  return callObject(p.fget, [obj]);
};
propertyType.descrSet = (self, obj, value) => {
  const p = self as PyProperty;
  const func = value === null ? p.fdel : p.fset;
  if (func === null) throw attributeError(value === null ? "can't delete attribute" : "can't set attribute");
  decref(callObject(func, value === null ? [obj] : [obj, value]));
};

function copyProperty(p: PyProperty, which: 0 | 1 | 2, f: PyObject): PyObject {
  const args = [p.fget ?? None, p.fset ?? None, p.fdel ?? None, p.doc ?? None];
  args[which] = f;
  return callObject(p.type, args);
}

addMethods(propertyType, [
  { name: 'getter', kind: 'o', impl: (self, args) => copyProperty(self as PyProperty, 0, args[0] as PyObject) },
  { name: 'setter', kind: 'o', impl: (self, args) => copyProperty(self as PyProperty, 1, args[0] as PyObject) },
  { name: 'deleter', kind: 'o', impl: (self, args) => copyProperty(self as PyProperty, 2, args[0] as PyObject) },
]);
addGetSets(propertyType, [
  { name: 'fget', get: (self) => incref((self as PyProperty).fget ?? None) },
  { name: 'fset', get: (self) => incref((self as PyProperty).fset ?? None) },
  { name: 'fdel', get: (self) => incref((self as PyProperty).fdel ?? None) },
  { name: '__doc__', get: (self) => incref((self as PyProperty).doc ?? None) },
  // `property_get___isabstractmethod__`: any of the accessors is abstract.
  {
    name: '__isabstractmethod__',
    get: (self) => {
      const p = self as PyProperty;
      return newBool(isAbstractObject(p.fget) || isAbstractObject(p.fset) || isAbstractObject(p.fdel));
    },
  },
]);

/** `super(type, obj)`: type, obj and the type used for the MRO (all owned). */
export class PySuper extends PyObject {
  thisType: PyType | null = null;
  obj: PyObject | null = null;
  objType: PyType | null = null;
}

/** `super`. */
export const superType: PyType = staticType({ name: 'super', basicsize: 40, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
superType.new = (type) => {
  const o = new PySuper(type, allocateAddress(type));
  if (type.isHeapType) incref(type);
  return o;
};

/** `supercheck`: the type whose MRO `super(type, obj)` walks. */
function superCheck(type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtype(type)) return obj;
  if (obj.type.isSubtype(type)) return obj.type;
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

superType.init = (self, args) => {
  const s = self as PySuper;
  let type: PyObject;
  let obj: PyObject | null;
  if (args.length === 0) {
    const f = tstate.frame as PyFrame | null;
    if (f === null) throw raiseMessage(E.RuntimeError, 'super(): no current frame');
    const co = f.code.co;
    if (co.argcount === 0) throw raiseMessage(E.RuntimeError, 'super(): no arguments');
    obj = f.fast[0] ?? null;
    if (obj === null && co.cellvars.length > 0) {
      const arg0 = f.code.cell2arg?.[0] ?? -1;
      if (arg0 === 0) obj = (f.fast[co.nlocals] as PyCell).contents;
    }
    if (obj === null) throw raiseMessage(E.RuntimeError, 'super(): arg[0] deleted');
    const idx = co.freevars.indexOf('__class__');
    if (idx < 0) throw raiseMessage(E.RuntimeError, 'super(): __class__ cell not found');
    const cell = f.fast[co.nlocals + co.cellvars.length + idx] as PyCell;
    const cls = cell.contents;
    if (cls === null) throw raiseMessage(E.RuntimeError, 'super(): empty __class__ cell');
    if (!(cls instanceof PyType)) throw raiseMessage(E.RuntimeError, 'super(): __class__ is not a type (' + cls.type.name + ')');
    type = cls;
  } else {
    type = args[0] as PyObject;
    obj = args[1] ?? null;
    if (obj === None) obj = null;
  }
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be type, not ${tpName(type.type)}`);
  s.thisType = incref(type);
  if (obj !== null) {
    s.objType = incref(superCheck(type, obj));
    s.obj = incref(obj);
  }
};
superType.dealloc = (self) => {
  const s = self as PySuper;
  xdecref(s.obj);
  xdecref(s.thisType);
  xdecref(s.objType);
  s.obj = s.thisType = s.objType = null;
  freeObject(self);
};
superType.traverse = (self, visit) => {
  const s = self as PySuper;
  for (const o of [s.obj, s.thisType, s.objType]) if (o !== null) visit(o);
};
superType.getattro = (self, name: PyStrLike) => {
  const s = self as PySuper;
  const start = s.objType;
  if (start !== null && name.value !== '__class__') {
    const mro = start.mro;
    let i = mro.indexOf(s.thisType as PyType) + 1;
    for (; i < mro.length; i++) {
      const dict = (mro[i] as PyType).dict;
      const res = dictGetStrLocal(dict, name.value);
      if (res === null) continue;
      const get = res.type.descrGet;
      if (get === undefined) return incref(res);
      return get(res, s.obj === start ? null : s.obj, start);
    }
  }
  return genericGetAttrLocal(self, name);
};
superType.repr = (self) => {
  const s = self as PySuper;
  const name = s.thisType?.name ?? 'NULL';
  if (s.objType !== null) return newStr(`<super: <class '${name}'>, <${s.objType.name} object>>`);
  return newStr(`<super: <class '${name}'>, NULL>`);
};
missingDescribers.set(superType, (_obj, name) => `'super' object has no attribute '${name}'`);

import { dictGetStr as dictGetStrLocal } from './dict.ts';
import { genericGetAttr as genericGetAttrLocal } from '../runtime/attributes.ts';

