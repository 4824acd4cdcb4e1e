/**
 * The descriptor classes of the builtins: `staticmethod`, `classmethod` and `property` (`super`
 * is in super-object.ts). Mirrors CPython 3.8 Objects/funcobject.c (sm_*, cm_*) and
 * Objects/descrobject.c (property_*).
 * @module
 */
import { lookupAttrString, setAttrString } from '../runtime/attributes.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { callObject } from '../runtime/call.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { staticType } from '../runtime/core-types.ts';
import { attributeError, raiseMessage, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { addReadonlyMembers } from './getset.ts';
import * as E from './exceptions.ts';
import { PyMethod } from './method.ts';
import { newBool } from './int.ts';
import { None } from './singletons.ts';
import { isDict, newDict } from './dict.ts';
import { tpName } from '../runtime/type-name.ts';

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
  t.clear = (self) => {
    const w = self as PyWrapped;
    const held = [w.callable, w.dict];
    w.callable = null;
    w.dict = null;
    for (const o of held) xdecref(o);
  };
  t.hasInstanceDict = true;
  // `cm_memberlist` / `sm_memberlist`: a READONLY T_OBJECT member.
  addReadonlyMembers(t, [{ name: '__func__', read: (self) => incref((self as PyWrapped).callable ?? None) }]);
  addGetSets(t, [
    // `cm_get___isabstractmethod__` / `sm_get___isabstractmethod__`.
    { name: '__isabstractmethod__', get: (self) => newBool(isAbstractObject((self as PyWrapped).callable)) },
    // `PyObject_GenericGetDict` / `PyObject_GenericSetDict`.
    {
      name: '__dict__',
      get: (self) => {
        self.dict ??= newDict();
        return incref(self.dict);
      },
      set: (self, value) => {
        if (value === null) throw typeError('cannot delete __dict__');
        if (!isDict(value)) throw typeError(`__dict__ must be set to a dictionary, not a '${tpName(value.type)}'`);
        const old = self.dict;
        self.dict = incref(value);
        xdecref(old);
      },
    },
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
  /** `getter_doc`: the doc was taken from the getter, so a copy with a new getter takes its. */
  getterDoc = false;
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
  // Argument Clinic's `property.__init__(fget=None, fset=None, fdel=None, doc=None)`.
  const values = parseArgs('property', args, kwnames, PROPERTY_ARGS, 0).map((v) => v ?? null);
  const norm = (v: PyObject | null): PyObject | null => (v === null || v === None ? null : incref(v));
  const held = [p.fget, p.fset, p.fdel];
  p.fget = norm(values[0] ?? null);
  p.fset = norm(values[1] ?? null);
  p.fdel = norm(values[2] ?? null);
  for (const o of held) xdecref(o);
  const doc = values[3] ?? null;
  const old = p.doc;
  p.doc = doc === null ? null : incref(doc);
  xdecref(old);
  if ((doc === null || doc === None) && p.fget !== null) {
    // `property_init_impl`: the getter's `__doc__`, whatever kind of callable it is.
    const getDoc = lookupAttrString(p.fget, '__doc__');
    if (getDoc === null) return;
    if (p.type === propertyType) {
      xdecref(p.doc);
      p.doc = getDoc;
    } else {
      // A subclass's instance keeps it in its own dict: the class's `__doc__` would shadow the member.
      try {
        setAttrString(p, '__doc__', getDoc);
      } finally {
        decref(getDoc);
      }
    }
    p.getterDoc = true;
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

/** `property_copy`: a property of the same class with one accessor replaced. */
function copyProperty(p: PyProperty, which: 0 | 1 | 2, f: PyObject): PyObject {
  const args = [p.fget ?? None, p.fset ?? None, p.fdel ?? None, p.doc ?? None];
  if (f !== None) args[which] = f;
  // A doc taken from the old getter is taken again from the new one.
  if (p.getterDoc && args[0] !== None) args[3] = None;
  return callObject(p.type, args);
}

addMethods(propertyType, [
  { name: 'getter', kind: 'o', impl: (self, args) => copyProperty(self as PyProperty, 0, args[0] as PyObject) },
  { name: 'setter', kind: 'o', impl: (self, args) => copyProperty(self as PyProperty, 1, args[0] as PyObject) },
  { name: 'deleter', kind: 'o', impl: (self, args) => copyProperty(self as PyProperty, 2, args[0] as PyObject) },
]);
// `property_members`: fget, fset and fdel are READONLY members; `__doc__` is a writable one.
addReadonlyMembers(propertyType, [
  { name: 'fget', read: (self) => incref((self as PyProperty).fget ?? None) },
  { name: 'fset', read: (self) => incref((self as PyProperty).fset ?? None) },
  { name: 'fdel', read: (self) => incref((self as PyProperty).fdel ?? None) },
  {
    name: '__doc__',
    read: (self) => incref((self as PyProperty).doc ?? None),
    write: (self, value) => {
      const p = self as PyProperty;
      const old = p.doc;
      p.doc = value === null ? null : incref(value);
      xdecref(old);
    },
  },
]);
addGetSets(propertyType, [
  // `property_get___isabstractmethod__`: any of the accessors is abstract.
  {
    name: '__isabstractmethod__',
    get: (self) => {
      const p = self as PyProperty;
      return newBool(isAbstractObject(p.fget) || isAbstractObject(p.fset) || isAbstractObject(p.fdel));
    },
  },
]);
