/**
 * `weakref.WeakMethod`: a weak reference to a bound method, made of a reference to its
 * `__self__` and one to its `__func__`; calling it rebuilds the bound method while both live.
 * Mirrors CPython 3.8 Lib/weakref.py `WeakMethod` (a `ref` subclass whose `_cb` closure holds a
 * weak reference to the WeakMethod and the user's callback).
 * @module
 */
import { newBool } from '../objects/int.ts';
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
import { addGetSets } from '../runtime/type-defs.ts';
import { bindArgs } from './weakref-args.ts';
import { newClassFunction } from './abc-function.ts';
import { cpythonModuleFile } from './cpython-module-files.ts';
import { noteLibraryFrame } from '../runtime/print-exception.ts';

/** `weakref.WeakMethod`. DEVIATION(cpython): a heap class in CPython, a static type here. */
export const weakMethodType: PyType = staticType({ name: 'WeakMethod', module: 'weakref', base: weakrefType, basicsize: 88, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
weakMethodType.weakrefable = true;

/** A WeakMethod: the slots `_func_ref`, `_meth_type` (owned) and `_alive`. */
export class PyWeakMethod extends PyWeakref {
  funcRef: PyObject | null = null;
  methType: PyObject | null = null;
  isAlive = false;
}

/** The line of Lib/weakref.py 3.8 where `_cb` calls the WeakMethod's callback. */
const CB_LINE = 58;

/** `_cb(arg)`: the first death among `__self__` and `__func__` kills the WeakMethod and calls back. */
function cb(cells: PyObject): PyObject {
  const [selfWr, callback] = (cells as PyTuple).items as [PyObject, PyObject];
  const self = weakrefTarget(selfWr as PyWeakref);
  try {
    if (!(self instanceof PyWeakMethod)) throw attributeError("'NoneType' object has no attribute '_alive'");
    if (self.isAlive) {
      self.isAlive = false;
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
    self.isAlive = true;
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
  const func = weakrefTarget(w.funcRef as PyWeakref);
  try {
    if (obj === None || func === None) return incref(None);
    // `self._meth_type(func, obj)`; corosim's `method` type has no `tp_new`, so build it here.
    if (w.methType === methodType) return new PyMethod(func, obj);
    return callObject(w.methType as PyObject, [func, obj]);
  } finally {
    decref(obj);
    decref(func);
  }
};
weakMethodType.richcompare = (self, other, op) => {
  if (op !== EQ && op !== NE) return newNotImplemented();
  const eq = op === EQ;
  if (!(self instanceof PyWeakMethod) || !(other instanceof PyWeakMethod)) return newBool(!eq);
  if (!self.isAlive || !other.isAlive) return newBool((self === other) === eq);
  const r = (weakrefType.richcompare as NonNullable<PyType['richcompare']>)(self, other, op);
  // `ref.__eq__(...) and ...` / `ref.__ne__(...) or ...`
  if (isTrue(r) !== eq) return r;
  decref(r);
  return richCompare(self.funcRef as PyObject, other.funcRef as PyObject, op);
};
weakMethodType.hash = weakrefType.hash;

function release(self: PyObject): void {
  const w = self as PyWeakMethod;
  const { funcRef, methType } = w;
  w.funcRef = w.methType = null;
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
  const w = self as PyWeakMethod;
  if (w.callback !== null) visit(w.callback);
  if (w.funcRef !== null) visit(w.funcRef);
  if (w.methType !== null) visit(w.methType);
};
weakMethodType.clear = (self) => {
  clearWeakref(self as PyWeakref);
  release(self);
};

const slot = (name: string, get: (w: PyWeakMethod) => PyObject | null) => ({
  name,
  get: (self: PyObject) => {
    const v = get(self as PyWeakMethod);
    if (v === null) throw attributeError(name);
    return incref(v);
  },
});
addGetSets(weakMethodType, [
  slot('_func_ref', (w) => w.funcRef),
  slot('_meth_type', (w) => w.methType),
  { name: '_alive', get: (self) => newBool((self as PyWeakMethod).isAlive) },
]);
