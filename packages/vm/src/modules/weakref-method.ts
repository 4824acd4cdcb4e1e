/**
 * `weakref.WeakMethod`: a weak reference to a bound method, made of a reference to its
 * `__self__` and one to its `__func__`; calling it rebuilds the bound method while both live.
 * Mirrors CPython 3.8 Lib/weakref.py `WeakMethod` (a `ref` subclass whose `_cb` closure holds a
 * weak reference to the WeakMethod and the user's callback).
 * @module
 */
import { False, True, newBool } from '../objects/int.ts';
import { addReadonlyMembers } from '../objects/getset.ts';
import { weakrefGetSet } from '../objects/object-type.ts';
import { newStr } from '../objects/str.ts';
import { PyMethod, methodType } from '../objects/method.ts';
import { None, newNotImplemented } from '../objects/singletons.ts';
import { newTupleStealing, type PyTuple } from '../objects/tuple.ts';
import { PyWeakref, clearWeakref, clearWeakrefs, newWeakref, weakrefTarget, weakrefType } from '../objects/weakref.ts';
import * as E from '../objects/exceptions.ts';
import { EQ, NE, isTrue, richCompare } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, attributeError, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyObject, type PyType } from '../runtime/object.ts';
import { addValue } from '../runtime/type-defs.ts';
import { bindArgs } from './weakref-args.ts';
import { newClassFunction } from './abc-function.ts';
import { cpythonModuleFile } from './cpython-module-files.ts';
import { noteLibraryFrame } from '../runtime/print-exception.ts';

/** `weakref.WeakMethod`. DEVIATION(cpython): a heap class in CPython, a static type here. */
export const weakMethodType: PyType = staticType({ name: 'WeakMethod', module: 'weakref', base: weakrefType, basicsize: 88, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
weakMethodType.weakrefable = true;

/** A WeakMethod: its `__slots__` `_func_ref`, `_meth_type` and `_alive` (owned; null while unset). */
export class PyWeakMethod extends PyWeakref {
  funcRef: PyObject | null = null;
  methType: PyObject | null = null;
  alive: PyObject | null = null;
}

/** A slot's value (borrowed), or the AttributeError of reading an unset slot. */
function slotValue(v: PyObject | null, name: string): PyObject {
  if (v === null) throw attributeError(name);
  return v;
}

/** The line of Lib/weakref.py 3.8 where `_cb` calls the WeakMethod's callback. */
const CB_LINE = 58;

/** `_cb(arg)`: the first death among `__self__` and `__func__` kills the WeakMethod and calls back. */
function cb(cells: PyObject): PyObject {
  const [selfWr, callback] = (cells as PyTuple).items as [PyObject, PyObject];
  const self = weakrefTarget(selfWr as PyWeakref);
  try {
    if (!(self instanceof PyWeakMethod)) throw attributeError("'NoneType' object has no attribute '_alive'");
    if (isTrue(slotValue(self.alive, '_alive'))) {
      const old = self.alive;
      self.alive = incref(False);
      xdecref(old);
      if (callback !== None) decref(callObject(callback, [self]));
    }
  } catch (e) {
    // The error left CPython's frame of `_cb`: its report does not take the frame running now.
    if (e instanceof PyRaise) noteLibraryFrame(e, [cpythonModuleFile('weakref') ?? 'weakref.py', CB_LINE, '_cb']);
    throw e;
  } finally {
    decref(self);
  }
  return incref(None);
}

function attrOrTypeError(meth: PyObject, name: string): PyObject {
  try {
    return getAttrString(meth, name);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
    clearRaise(e);
    throw typeError(`argument should be a bound method, not ${reprText(meth.type)}`);
  }
}

weakMethodType.new = (cls, args, kwnames) => {
  const { values } = bindArgs('__new__', args, kwnames, { names: ['meth', 'callback'], required: 1 });
  const meth = values[0] as PyObject;
  const obj = attrOrTypeError(meth, '__self__');
  let func: PyObject;
  try {
    func = attrOrTypeError(meth, '__func__');
  } catch (e) {
    decref(obj);
    throw e;
  }
  // The closure `_cb` of `WeakMethod.__new__`: a function, as its "Exception ignored in" shows.
  const f = newClassFunction({
    name: '_cb',
    impl: (cbArgs, cbKwnames, fn) => {
      bindArgs('_cb', cbArgs, cbKwnames, { names: ['arg'], required: 1 });
      return cb(fn.closure as PyObject);
    },
  }, 'weakref', 'WeakMethod.__new__.<locals>');
  try {
    const self = newWeakref(cls, obj, f, (t, o, c) => new PyWeakMethod(t, o, c)) as PyWeakMethod;
    try {
      self.funcRef = newWeakref(weakrefType, func, f);
    } catch (e) {
      decref(self);
      throw e;
    }
    self.methType = incref(meth.type);
    self.alive = incref(True);
    const selfWr = newWeakref(weakrefType, self, null);
    f.closure = newTupleStealing([selfWr, incref(values[1] ?? None)]);
    return self;
  } finally {
    decref(f);
    decref(func);
    decref(obj);
  }
};
weakMethodType.call = (self, args, kwnames) => {
  bindArgs('__call__', args, kwnames, { names: [], required: 0 });
  const w = self as PyWeakMethod;
  const obj = weakrefTarget(w);
  let func: PyObject;
  try {
    // `self._func_ref()`
    const funcRef = slotValue(w.funcRef, '_func_ref');
    func = funcRef instanceof PyWeakref ? weakrefTarget(funcRef) : callObject(funcRef, []);
  } catch (e) {
    decref(obj);
    throw e;
  }
  try {
    if (obj === None || func === None) return incref(None);
    // `self._meth_type(func, obj)`; corosim's `method` type has no `tp_new`, so build it here.
    const methType = slotValue(w.methType, '_meth_type');
    if (methType === methodType) return new PyMethod(func, obj);
    return callObject(methType, [func, obj]);
  } finally {
    decref(obj);
    decref(func);
  }
};
weakMethodType.richcompare = (self, other, op) => {
  if (op !== EQ && op !== NE) return newNotImplemented();
  const eq = op === EQ;
  if (!(self instanceof PyWeakMethod) || !(other instanceof PyWeakMethod)) return newBool(!eq);
  if (!isTrue(slotValue(self.alive, '_alive')) || !isTrue(slotValue(other.alive, '_alive'))) return newBool((self === other) === eq);
  const r = (weakrefType.richcompare as NonNullable<PyType['richcompare']>)(self, other, op);
  // `ref.__eq__(...) and ...` / `ref.__ne__(...) or ...`
  if (isTrue(r) !== eq) return r;
  decref(r);
  return richCompare(slotValue(self.funcRef, '_func_ref'), slotValue(other.funcRef, '_func_ref'), op);
};
weakMethodType.hash = weakrefType.hash;

/** `clear_slots`: the slots in their offset order (`_alive`, `_func_ref`, `_meth_type`). */
function release(self: PyObject): void {
  const w = self as PyWeakMethod;
  const { alive, funcRef, methType } = w;
  w.alive = w.funcRef = w.methType = null;
  xdecref(alive);
  xdecref(funcRef);
  xdecref(methType);
}
weakMethodType.dealloc = (self) => {
  // subtype_dealloc: weak references to it, its slots, then weakref_dealloc.
  if (self.weakrefs !== null) clearWeakrefs(self);
  release(self);
  clearWeakref(self as PyWeakref);
  freeObject(self);
};
weakMethodType.traverse = (self, visit) => {
  // `subtype_traverse`: the slots in offset order, then the base's `weakref` traverse (its callback).
  const w = self as PyWeakMethod;
  if (w.alive !== null) visit(w.alive);
  if (w.funcRef !== null) visit(w.funcRef);
  if (w.methType !== null) visit(w.methType);
  if (w.callback !== null) visit(w.callback);
};
weakMethodType.clear = (self) => {
  clearWeakref(self as PyWeakref);
  release(self);
};

type SlotField = 'alive' | 'funcRef' | 'methType';

/** The member descriptor of one of `__slots__`: read (AttributeError while unset), set, deleted. */
const slotMember = (name: string, field: SlotField) => ({
  name,
  read: (self: PyObject) => incref(slotValue((self as PyWeakMethod)[field], name)),
  write: (self: PyObject, value: PyObject | null) => {
    const w = self as PyWeakMethod;
    const old = w[field];
    if (value === null && old === null) throw attributeError(name);
    w[field] = value === null ? null : incref(value);
    xdecref(old);
  },
});
// `__slots__ = '_func_ref', '_meth_type', '_alive', '__weakref__'`: `type_new` sorts the names,
// so the members come in that order, then the `__weakref__` getset.
addValue(weakMethodType, '__slots__', () => newTupleStealing(['_func_ref', '_meth_type', '_alive', '__weakref__'].map((n) => newStr(n))));
addReadonlyMembers(weakMethodType, [slotMember('_alive', 'alive'), slotMember('_func_ref', 'funcRef'), slotMember('_meth_type', 'methType')]);
addValue(weakMethodType, '__weakref__', () => weakrefGetSet(weakMethodType));
