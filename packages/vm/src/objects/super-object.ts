/**
 * `super`: the proxy that looks attributes up in the MRO after a given class, its zero-argument
 * form (the `__class__` cell and the first argument of the calling frame), its read-only members
 * and its binding `__get__`. Mirrors CPython 3.8 Objects/typeobject.c (super_*).
 * @module
 */
import { genericGetAttr, lookupAttrString, missingDescribers } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyStrLike } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { PyCell } from './cell.ts';
import { dictGetStr } from './dict.ts';
import * as E from './exceptions.ts';
import type { PyFrame } from './frame.ts';
import { addReadonlyMembers } from './getset.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** `super(type, obj)`: type, obj and the type used for the MRO (all owned). */
export class PySuper extends PyObject {
  thisType: PyType | null = null;
  obj: PyObject | null = null;
  objType: PyType | null = null;
}

/** `super`. */
export const superType: PyType = staticType({ name: 'super', basicsize: 40, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
/** `PyType_GenericNew` for super (tp_alloc, no fields set). */
function newSuper(type: PyType): PySuper {
  const o = new PySuper(type, allocateAddress(type));
  if (type.isHeapType) incref(type);
  return o;
}
superType.new = (type) => newSuper(type);

/**
 * `supercheck`: the type whose MRO `super(type, obj)` walks (a new reference): obj itself when it is
 * a subclass of type, its type when it is an instance, else its `__class__` attribute when that is a
 * subclass of type (a proxy object).
 */
function superCheck(type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtype(type)) return incref(obj);
  if (obj.type.isSubtype(type)) return incref(obj.type);
  const classAttr = lookupAttrString(obj, '__class__');
  if (classAttr instanceof PyType && classAttr !== obj.type && classAttr.isSubtype(type)) return classAttr;
  xdecref(classAttr);
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

superType.init = (self, args, kwnames) => {
  const s = self as PySuper;
  // `_PyArg_NoKeywords("super", kwds)`, then `PyArg_ParseTuple(args, "|O!O:super")`.
  if (kwnames !== null && kwnames.length > 0) throw typeError('super() takes no keyword arguments');
  if (args.length > 2) throw typeError(`super() takes at most 2 arguments (${args.length} given)`);
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
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be type, not ${argTypeName(type)}`);
  const objType = obj === null ? null : superCheck(type, obj);
  // `Py_XSETREF` of each field: calling `__init__` again on a super object drops what it held.
  const old = [s.thisType, s.obj, s.objType];
  s.thisType = incref(type);
  s.obj = obj === null ? null : incref(obj);
  s.objType = objType;
  for (const o of old) xdecref(o);
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
      const res = dictGetStr(dict, name.value);
      if (res === null) continue;
      const get = res.type.descrGet;
      if (get === undefined) return incref(res);
      return get(res, s.obj === start ? null : s.obj, start);
    }
  }
  return genericGetAttr(self, name);
};
superType.repr = (self) => {
  const s = self as PySuper;
  const name = s.thisType?.name ?? 'NULL';
  if (s.objType !== null) return newStr(`<super: <class '${name}'>, <${s.objType.name} object>>`);
  return newStr(`<super: <class '${name}'>, NULL>`);
};
missingDescribers.set(superType, (_obj, name) => `'super' object has no attribute '${name}'`);

// `super_members`: T_OBJECT READONLY members, None while unset.
addReadonlyMembers(superType, [
  { name: '__thisclass__', read: (self) => incref((self as PySuper).thisType ?? None) },
  { name: '__self__', read: (self) => incref((self as PySuper).obj ?? None) },
  { name: '__self_class__', read: (self) => incref((self as PySuper).objType ?? None) },
]);

/**
 * `super_descr_get`: an unbound super (`super(C)`) bound to an instance, as a class attribute is;
 * a bound one, or one read from the class, is returned unchanged.
 */
superType.descrGet = (self, obj) => {
  const s = self as PySuper;
  if (obj === null || obj === None || s.obj !== null) return incref(self);
  const thisType = s.thisType as PyType;
  // A subclass of super is called to make the bound proxy.
  if (self.type !== superType) return callObject(self.type, [thisType, obj]);
  const objType = superCheck(thisType, obj);
  const bound = newSuper(superType);
  bound.thisType = incref(thisType);
  bound.obj = incref(obj);
  bound.objType = objType;
  return bound;
};
