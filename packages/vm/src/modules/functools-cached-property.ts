/**
 * `functools.cached_property`: a descriptor that computes an attribute once per instance and
 * keeps it in the instance's `__dict__`. It is a class written in Python in CPython, so here too
 * it is a heap class whose instances keep `func`, `attrname`, `__doc__` and `lock` (an
 * `_thread.RLock`) in their own `__dict__`, made when `functools` is imported. Mirrors CPython
 * 3.8 Lib/functools.py `class cached_property`.
 * @module
 */
import { None } from '../objects/singletons.ts';
import * as E from '../objects/exceptions.ts';
import { NE, isTrue, richCompare } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { setItem } from '../runtime/abstract-item.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { PyRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { noteLibraryFrame } from '../runtime/print-exception.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';
import { runWith } from './contextlib-decorator.ts';
import { raiseFromNoneWhileHandling } from './contextlib-base.ts';
import { cpythonModuleFile } from './cpython-module-files.ts';
import { rlockType } from './thread-rlock.ts';
import { strRepr } from '../repr/str-repr.ts';

/** `_NOT_FOUND`, the module's sentinel for a value not cached yet (one per run). */
let notFound: PyObject | null = null;

/** `cached_property.__init__(self, func)`. */
function init(self: PyObject, func: PyObject): PyObject {
  setAttrString(self, 'func', func);
  setAttrString(self, 'attrname', None);
  const doc = getAttrString(func, '__doc__');
  try {
    setAttrString(self, '__doc__', doc);
  } finally {
    decref(doc);
  }
  const lock = callObject(rlockType, []);
  try {
    setAttrString(self, 'lock', lock);
  } finally {
    decref(lock);
  }
  return incref(None);
}

/** `cached_property.__set_name__(self, owner, name)`: one name for the life of the descriptor. */
function setName(self: PyObject, name: PyObject): PyObject {
  const attrname = getAttrString(self, 'attrname');
  try {
    if (attrname === None) {
      setAttrString(self, 'attrname', name);
    } else if (differs(name, attrname)) {
      // Raised in Lib/functools.py's `__set_name__` (line 942): the RuntimeError type_new
      // chains it to reports it with the "Traceback" header that frame gives it.
      const raised = typeError(`Cannot assign the same cached_property to two different names (${reprText(attrname)} and ${reprText(name)}).`);
      noteLibraryFrame(raised, [cpythonModuleFile('functools') ?? 'functools.py', 942, '__set_name__']);
      throw raised;
    }
  } finally {
    decref(attrname);
  }
  return incref(None);
}

/** `a != b` as an `elif` tests it. */
function differs(a: PyObject, b: PyObject): boolean {
  const r = richCompare(a, b, NE);
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

/** `instance.__dict__`, or the TypeError `__get__` raises (from None) for an instance without one. */
function instanceDict(instance: PyObject, attrname: PyObject): PyObject {
  try {
    return getAttrString(instance, '__dict__');
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
    throw raiseFromNoneWhileHandling(E.TypeError, `No '__dict__' attribute on ${strRepr(instance.type.name)} instance to cache ${reprText(attrname)} property.`, e);
  }
}

/** `cache.get(attrname, _NOT_FOUND)`. */
function cached(cache: PyObject, attrname: PyObject): PyObject {
  return callMethod(cache, 'get', [attrname, notFound ?? None]);
}

/** Under the lock: the value unless another thread cached it meanwhile, computed and cached. */
function fill(self: PyObject, instance: PyObject, cache: PyObject, attrname: PyObject): PyObject {
  const again = cached(cache, attrname);
  if (again !== notFound) return again;
  decref(again);
  const func = getAttrString(self, 'func');
  let val: PyObject;
  try {
    val = callObject(func, [instance]);
  } finally {
    decref(func);
  }
  try {
    setItem(cache, attrname, val);
  } catch (e) {
    decref(val);
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    throw raiseFromNoneWhileHandling(E.TypeError, `The '__dict__' attribute on ${strRepr(instance.type.name)} instance does not support item assignment for caching ${reprText(attrname)} property.`, e);
  }
  return val;
}

/** `cached_property.__get__(self, instance, owner=None)`. */
function get(self: PyObject, instance: PyObject): PyObject {
  if (instance === None) return incref(self);
  const attrname = getAttrString(self, 'attrname');
  try {
    if (attrname === None) throw typeError('Cannot use cached_property instance without calling __set_name__ on it.');
    const cache = instanceDict(instance, attrname);
    try {
      const val = cached(cache, attrname);
      if (val !== notFound) return val;
      decref(val);
      const lock = getAttrString(self, 'lock');
      try {
        // A swallowing `__exit__` leaves `val` as it was: `_NOT_FOUND` (borrowed from the module).
        return runWith(lock, () => fill(self, instance, cache, attrname), val);
      } finally {
        decref(lock);
      }
    } finally {
      decref(cache);
    }
  } finally {
    decref(attrname);
  }
}

const method = (name: string, params: readonly string[], body: (a: readonly (PyObject | undefined)[]) => PyObject, ndefaults = 0): ClassEntry => ({
  kind: 'function',
  def: { name, impl: (args, kwnames) => body(bindArgs(name, args, kwnames, params, ndefaults)) },
});

/**
 * Makes `functools._NOT_FOUND` and `functools.cached_property` for the running program.
 *
 * @returns the module's entries, new references.
 * @see CPython 3.8 Lib/functools.py `class cached_property`
 */
export function cachedPropertyValues(): (readonly [string, PyObject])[] {
  // Borrowed: the module's namespace holds the reference returned.
  notFound = callObject(objectType, []);
  const cls = makeClass({
    name: 'cached_property', module: 'functools', meta: typeType, bases: [],
    body: [
      method('__init__', ['self', 'func'], (a) => init(a[0] as PyObject, a[1] as PyObject)),
      method('__set_name__', ['self', 'owner', 'name'], (a) => setName(a[0] as PyObject, a[2] as PyObject)),
      method('__get__', ['self', 'instance', 'owner'], (a) => get(a[0] as PyObject, a[1] as PyObject), 1),
    ],
  });
  return [['_NOT_FOUND', notFound], ['cached_property', cls]];
}

