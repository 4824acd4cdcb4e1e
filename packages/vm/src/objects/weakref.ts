/**
 * Weak references: the `weakref` type (`weakref.ref`), `weakproxy`/`weakcallableproxy`, the
 * per-object list of references (basic ref first, then the basic proxy, then references with
 * callbacks, newest first), and clearing them when the referent dies. Mirrors CPython 3.8
 * Objects/weakrefobject.c (`weakref___new__`, `PyWeakref_NewProxy`, `clear_weakref`,
 * `_PyWeakref_ClearRef`, `PyObject_ClearWeakRefs`, `weakref_repr`, `weakref_hash`).
 * @module
 */
import { hashObject, richCompare } from '../runtime/abstract-compare.ts';
import { staticType, typeType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise } from '../runtime/errors.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { writeUnraisable } from '../runtime/unraisable.ts';
import { newBool } from './int.ts';
import { codeType } from './code.ts';
import { functionType } from './function.ts';
import { genDeallocHooks } from './generator.ts';
import { methodType } from './method.ts';
import { moduleType } from './module.ts';
import { builtinFunctionType } from './native-function.ts';
import { nativePyFunctionType } from './native-py-function.ts';
import { frozensetType, setType } from './set.ts';
import { None, newNotImplemented } from './singletons.ts';
import { tpName } from '../runtime/type-name.ts';
import { addValue } from '../runtime/type-defs.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { PyStr, newStr } from './str.ts';
import { PyMemberDescr } from './getset.ts';

/** `weakref` (`_PyWeakref_RefType`). */
export const weakrefType: PyType = staticType({ name: 'weakref', basicsize: 56, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });
/** `weakproxy`. */
export const proxyType: PyType = staticType({ name: 'weakproxy', basicsize: 56, flags: TPFLAGS_HAVE_GC });
/** `weakcallableproxy`. */
export const callableProxyType: PyType = staticType({ name: 'weakcallableproxy', basicsize: 56, flags: TPFLAGS_HAVE_GC });

/** `PyWeakReference`. */
export class PyWeakref extends PyObject {
  /** `wr_object`: borrowed; null once dead. */
  referent: PyObject | null;
  /** `wr_callback`: owned. */
  callback: PyObject | null;
  /** `hash`: the referent's hash, cached on first use. */
  hashCache: bigint | null = null;

  constructor(type: PyType, referent: PyObject, callback: PyObject | null) {
    super(type, allocateAddress(type));
    if (type.isHeapType) incref(type);
    this.referent = referent;
    this.callback = callback === null ? null : incref(callback);
  }
}

/** Whether `o` is a weak reference or proxy (`PyWeakref_Check`). */
export function isWeakref(o: PyObject): o is PyWeakref {
  return o instanceof PyWeakref;
}

function isProxy(w: PyObject): boolean {
  return w.type === proxyType || w.type === callableProxyType;
}

/** `get_basic_refs`: the callback-less exact ref and proxy at the head of the list. */
function basicRefs(list: PyWeakref[]): [PyWeakref | null, PyWeakref | null] {
  let i = 0;
  let ref: PyWeakref | null = null;
  let proxy: PyWeakref | null = null;
  const head = list[0];
  if (head !== undefined && head.type === weakrefType && head.callback === null) {
    ref = head;
    i = 1;
  }
  const next = list[i];
  if (next !== undefined && isProxy(next) && next.callback === null) proxy = next;
  return [ref, proxy];
}

function listOf(o: PyObject): PyWeakref[] {
  if (!o.type.weakrefable) throw typeError(`cannot create weak reference to '${tpName(o.type)}' object`);
  if (o.weakrefs === null) o.weakrefs = [];
  return o.weakrefs as PyWeakref[];
}

function insertAfter(list: PyWeakref[], w: PyWeakref, prev: PyWeakref | null): void {
  if (prev === null) list.unshift(w);
  else list.splice(list.indexOf(prev) + 1, 0, w);
}

/**
 * `weakref___new__`: a new reference to a weak reference to `o` (the basic one is shared).
 * `make` builds the object for subtypes with fields of their own (`KeyedRef`, `WeakMethod`).
 */
export function newWeakref(
  type: PyType, o: PyObject, callbackIn: PyObject | null,
  make: (type: PyType, o: PyObject, callback: PyObject | null) => PyWeakref = (t, r, c) => new PyWeakref(t, r, c),
): PyWeakref {
  const callback = callbackIn === None ? null : callbackIn;
  const list = listOf(o);
  const [ref] = basicRefs(list);
  if (callback === null && type === weakrefType && ref !== null) return incref(ref);
  const w = make(type, o, callback);
  if (callback === null && type === weakrefType) list.unshift(w);
  else {
    const [r, p] = basicRefs(list);
    insertAfter(list, w, p ?? r);
  }
  return w;
}

/** `PyWeakref_NewProxy`. */
export function newProxy(o: PyObject, callbackIn: PyObject | null, callable: boolean): PyWeakref {
  const callback = callbackIn === None ? null : callbackIn;
  const list = listOf(o);
  const [ref, proxy] = basicRefs(list);
  if (callback === null && proxy !== null) return incref(proxy);
  const w = new PyWeakref(callable ? callableProxyType : proxyType, o, callback);
  insertAfter(list, w, callback === null ? ref : (proxy ?? ref));
  return w;
}

/** `clear_weakref`: unlinks from the referent's list and drops the callback. */
export function clearWeakref(w: PyWeakref): void {
  const callback = w.callback;
  unlink(w);
  if (callback !== null) {
    w.callback = null;
    decref(callback);
  }
}

function unlink(w: PyWeakref): void {
  const o = w.referent;
  if (o === null) return;
  w.referent = null;
  const list = o.weakrefs;
  if (list === null) return;
  const i = list.indexOf(w);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) o.weakrefs = null;
}

/** `_PyWeakref_ClearRef`: unlinks but keeps the callback (used by the collector). */
export function clearRefKeepCallback(w: PyWeakref): void {
  unlink(w);
}

function handleCallback(w: PyWeakref, callback: PyObject): void {
  try {
    decref(callObject(callback, [w], null));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeUnraisable(e, callback);
  }
}

/** `PyObject_ClearWeakRefs`: clears every reference to a dying object, then runs the callbacks. */
export function clearWeakrefs(o: PyObject): void {
  const list = o.weakrefs as PyWeakref[] | null;
  if (list === null) return;
  for (let n = 0; n < 2; n++) {
    const head = list[0];
    if (head !== undefined && head.callback === null) clearWeakref(head);
  }
  const pending: [PyWeakref, PyObject][] = [];
  for (const w of [...list]) {
    const callback = w.callback;
    w.callback = null;
    if (w.refcnt > 0 && callback !== null) pending.push([incref(w), callback]);
    else xdecref(callback);
    unlink(w);
  }
  o.weakrefs = null;
  for (const [w, callback] of pending) {
    handleCallback(w, callback);
    decref(callback);
    decref(w);
  }
}

/** The referent as a new reference, or None (`PyWeakref_GetObject` + incref). */
export function weakrefTarget(w: PyWeakref): PyObject {
  const o = w.referent;
  return incref(o !== null && o.refcnt > 0 ? o : None);
}

weakrefType.call = (self, args, kwnames) => {
  // `weakref_call`: `PyArg_ParseTupleAndKeywords(args, kw, ":__call__", kwlist)` with no parameters.
  if (args.length !== 0) parseArgs('__call__', args, kwnames, [], 0);
  return weakrefTarget(self as PyWeakref);
};
// `weakref___new__`: one or two positional arguments; keyword arguments are left to a subclass's
// `__init__` (`PyArg_UnpackTuple` never sees them).
weakrefType.new = (type, args, kwnames) => {
  const n = args.length - (kwnames?.length ?? 0);
  if (n < 1) throw typeError(`__new__ expected at least 1 argument, got ${n}`);
  if (n > 2) throw typeError(`__new__ expected at most 2 arguments, got ${n}`);
  return newWeakref(type, args[0] as PyObject, n === 2 ? (args[1] as PyObject) : null);
};
// `weakref___init__`: no keyword arguments, then the same one or two positional ones.
weakrefType.init = (_self, args, kwnames) => {
  if ((kwnames?.length ?? 0) > 0) throw typeError('ref() takes no keyword arguments');
  if (args.length < 1) throw typeError(`__init__ expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw typeError(`__init__ expected at most 2 arguments, got ${args.length}`);
};
// `weakref_repr`: the referent's type and address, and its `__name__` when it has a str one.
weakrefType.repr = (self) => {
  const at = `<weakref at 0x${self.address.toString(16)}`;
  const obj = (self as PyWeakref).referent;
  if (obj === null || obj === None) return newStr(`${at}; dead>`);
  incref(obj);
  try {
    const name = lookupAttrString(obj, '__name__');
    const suffix = name instanceof PyStr ? ` (${name.value})` : '';
    if (name !== null) decref(name);
    return newStr(`${at}; to '${tpName(obj.type)}' at 0x${obj.address.toString(16)}${suffix}>`);
  } finally {
    decref(obj);
  }
};
// `weakref_members`: `__callback__`, read-only, None once cleared.
addValue(weakrefType, '__callback__', () => new PyMemberDescr('__callback__', weakrefType, 0, {
  read: (self) => incref((self as PyWeakref).callback ?? None),
  doc: null,
}));
weakrefType.hash = (self) => {
  const w = self as PyWeakref;
  if (w.hashCache !== null) return w.hashCache;
  if (w.referent === null) throw typeError('weak object has gone away');
  w.hashCache = hashObject(w.referent);
  return w.hashCache;
};
weakrefType.richcompare = (self, other, op) => {
  if ((op !== 2 && op !== 3) || !(other instanceof PyWeakref) || !(self instanceof PyWeakref)) return newNotImplemented();
  const a = self.referent;
  const b = other.referent;
  if (a === null || b === null) {
    const same = self === other;
    return newBool(op === 2 ? same : !same);
  }
  return richCompare(a, b, op);
};

function traverseWeakref(self: PyObject, visit: (o: PyObject) => void): void {
  const cb = (self as PyWeakref).callback;
  if (cb !== null) visit(cb);
}
function deallocWeakref(self: PyObject): void {
  clearWeakref(self as PyWeakref);
  freeObject(self);
}
for (const t of [weakrefType, proxyType, callableProxyType]) {
  t.traverse = traverseWeakref;
  t.clear = (self) => { clearWeakref(self as PyWeakref); };
  t.dealloc = deallocWeakref;
}

genDeallocHooks.clearWeakrefs = clearWeakrefs;

/** Types whose instances have a weak reference list (`tp_weaklistoffset`), besides classes. */
for (const t of [functionType, nativePyFunctionType, typeType, setType, frozensetType, methodType, builtinFunctionType, codeType, moduleType]) {
  t.weakrefable = true;
  const dealloc = t.dealloc;
  t.dealloc = (o) => {
    if (o.weakrefs !== null) clearWeakrefs(o);
    if (dealloc === undefined) freeObject(o);
    else dealloc(o);
  };
}
