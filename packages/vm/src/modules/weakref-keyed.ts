/**
 * `weakref.KeyedRef`: a weak reference that also holds the key it is stored under, so one shared
 * callback can find the entry to remove. Mirrors CPython 3.8 Lib/weakref.py `KeyedRef` (a `ref`
 * subclass with `__slots__ = "key",`).
 * @module
 */
import { PyWeakref, clearWeakref, newWeakref, weakrefType } from '../objects/weakref.ts';
import { None } from '../objects/singletons.ts';
import { staticType } from '../runtime/core-types.ts';
import { attributeError } from '../runtime/errors.ts';
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyObject, type PyType } from '../runtime/object.ts';
import { addValue } from '../runtime/type-defs.ts';
import { addReadonlyMembers } from '../objects/getset.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { bindArgs } from './weakref-args.ts';

/** `weakref.KeyedRef`. DEVIATION(cpython): a heap class in CPython, a static type here. */
export const keyedRefType: PyType = staticType({ name: 'KeyedRef', module: 'weakref', base: weakrefType, basicsize: 64, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });

/** A KeyedRef: a weak reference with an owned `key` (null while unset). */
export class PyKeyedRef extends PyWeakref {
  key: PyObject | null = null;
}

/** `KeyedRef(ob, callback, key)`: a new reference. */
export function newKeyedRef(type: PyType, ob: PyObject, callback: PyObject, key: PyObject): PyKeyedRef {
  const w = newWeakref(type, ob, callback, (t, o, c) => new PyKeyedRef(t, o, c)) as PyKeyedRef;
  const old = w.key;
  w.key = incref(key);
  xdecref(old);
  return w;
}

keyedRefType.new = (type, args, kwnames) => {
  const { values } = bindArgs('__new__', args, kwnames, { names: ['ob', 'callback', 'key'], required: 3 });
  const [ob, callback, key] = values as [PyObject, PyObject, PyObject];
  return newKeyedRef(type, ob, callback, key);
};
keyedRefType.init = (_self, args, kwnames) => {
  bindArgs('__init__', args, kwnames, { names: ['ob', 'callback', 'key'], required: 3 });
};
keyedRefType.dealloc = (self) => {
  const w = self as PyKeyedRef;
  // subtype_dealloc: the slot first, then weakref_dealloc.
  const key = w.key;
  w.key = null;
  xdecref(key);
  clearWeakref(w);
  freeObject(self);
};
keyedRefType.traverse = (self, visit) => {
  const w = self as PyKeyedRef;
  if (w.key !== null) visit(w.key);
  if (w.callback !== null) visit(w.callback);
};
keyedRefType.clear = (self) => {
  const w = self as PyKeyedRef;
  const key = w.key;
  w.key = null;
  clearWeakref(w);
  xdecref(key);
};
// `__slots__ = "key",`: the class's `__slots__` tuple and the member descriptor of its slot.
addValue(keyedRefType, '__slots__', () => newTupleStealing([newStr('key')]));
addReadonlyMembers(keyedRefType, [{
  name: 'key',
  read: (self) => {
    const key = (self as PyKeyedRef).key;
    if (key === null) throw attributeError('key');
    return incref(key);
  },
  write: (self, value) => {
    const w = self as PyKeyedRef;
    const old = w.key;
    if (value === null && old === null) throw attributeError('key');
    w.key = value === null ? null : incref(value);
    xdecref(old);
  },
}]);

/** The key of a KeyedRef (borrowed), or None for other references. */
export function keyOf(w: PyObject): PyObject {
  return w instanceof PyKeyedRef && w.key !== null ? w.key : None;
}
