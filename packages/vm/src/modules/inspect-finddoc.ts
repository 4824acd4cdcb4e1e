/**
 * `inspect.getdoc`, `_finddoc` and `_findclass`: where `getdoc` finds the docstring of an object that has
 * none of its own (a class's bases, the same name along the class of a method, function,
 * builtin, property or descriptor, a `__slots__` dict's value). Mirrors CPython 3.8
 * Lib/inspect.py.
 * @module
 */
import { propertyType } from '../objects/descr-types.ts';
import { dictGetStr, PyDict } from '../objects/dict.ts';
import { memberDescriptorType } from '../objects/getset.ts';
import { PyMethod } from '../objects/method.ts';
import { builtinFunctionType, type NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { objectIsInstance } from '../runtime/abstract-isinstance.ts';
import { strText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString } from '../runtime/attributes.ts';
import { objectType } from '../runtime/core-types.ts';
import * as E from '../objects/exceptions.ts';
import { PyRaise, clearRaise, exceptionMatches } from '../runtime/errors.ts';
import { sysModules } from '../runtime/import-system.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { cleandoc, isDataDescriptor, isFunction, isMethodDescriptor } from './inspect-more.ts';

/** References taken while looking, released together. */
class Held {
  private readonly refs: PyObject[] = [];

  /** Keeps `o` (a new reference) until {@link Held.release}; returns it. */
  keep<T extends PyObject>(o: T): T {
    this.refs.push(o);
    return o;
  }

  /** `getattr(o, name)`, kept. */
  attr(o: PyObject, name: string): PyObject {
    return this.keep(getAttrString(o, name));
  }

  /** `getattr(o, name, None)`, kept. */
  attrOrNone(o: PyObject, name: string): PyObject {
    return this.keep(lookupAttrString(o, name) ?? incref(None));
  }

  release(): void {
    for (const r of this.refs.splice(0)) decref(r);
  }
}

/**
 * `_findclass(func)`: the class `func.__qualname__` names inside `sys.modules[func.__module__]`,
 * or null (borrowed from `held`).
 */
function findClass(func: PyObject, held: Held): PyObject | null {
  const moduleName = held.attr(func, '__module__');
  // `sys.modules.get(...)`: an unhashable name raises TypeError, which getdoc catches.
  let cls: PyObject | null = dictGetStr(sysModules(), moduleName instanceof PyStr ? moduleName.value : strText(moduleName));
  if (cls === null) return null;
  const qualname = held.attr(func, '__qualname__');
  const parts = strText(qualname).split('.');
  for (const name of parts.slice(0, -1)) cls = held.attr(cls, name);
  return cls instanceof PyType ? cls : null;
}

/** The class and attribute name `_finddoc` searches along, or null where it returns None. */
function classAndName(obj: PyObject, held: Held): [PyObject, PyObject] | null {
  if (obj instanceof PyMethod) {
    const name = held.attr(obj.func, '__name__');
    const self = obj.self;
    if (self instanceof PyType) {
      const bound = held.attrOrNone(self, strText(name));
      // A classmethod: `getattr(getattr(self, name, None), '__func__') is obj.__func__`.
      if (held.attr(bound, '__func__') === obj.func) return [self, name];
    }
    return [held.attr(self, '__class__'), name];
  }
  if (isFunction(obj)) {
    const name = held.attr(obj, '__name__');
    const cls = findClass(obj, held);
    if (cls === null || held.attr(cls, strText(name)) !== obj) return null;
    return [cls, name];
  }
  if (obj.type === builtinFunctionType) {
    const name = held.attr(obj, '__name__');
    const self = held.attr(obj, '__self__');
    if (self instanceof PyType) {
      const own = `${strText(held.attr(self, '__qualname__'))}.${strText(name)}`;
      if (own === strText(held.attr(obj, '__qualname__'))) return [self, name];
    }
    return [held.attr(self, '__class__'), name];
  }
  // A property is tested before the data descriptors.
  if (objectIsInstance(obj, propertyType)) {
    const func = held.attr(obj, 'fget');
    const name = held.attr(func, '__name__');
    const cls = findClass(func, held);
    if (cls === null || held.attr(cls, strText(name)) !== obj) return null;
    return [cls, name];
  }
  if (isMethodDescriptor(obj) || isDataDescriptor(obj)) {
    const name = held.attr(obj, '__name__');
    const cls = held.attr(obj, '__objclass__');
    if (held.attr(cls, strText(name)) !== obj) return null;
    if (obj.type.isSubtype(memberDescriptorType)) {
      const slots = held.attrOrNone(cls, '__slots__');
      if (slots instanceof PyDict && name instanceof PyStr) {
        const doc = dictGetStr(slots, name.value);
        if (doc !== null) return [held.keep(incref(doc)), held.keep(incref(None))];
      }
    }
    return [cls, name];
  }
  return null;
}

/** The first `getattr(base, name).__doc__` that is not None along `cls.__mro__` (new reference). */
function docAlong(cls: PyObject, name: string, held: Held): PyObject {
  const mro = held.attr(cls, '__mro__');
  // `for base in cls.__mro__`: a tuple for any class.
  if (!(mro instanceof PyTuple)) return incref(None);
  for (const base of [...mro.items]) {
    let doc: PyObject;
    try {
      const member = held.attr(base, name);
      doc = getAttrString(member, '__doc__');
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
      clearRaise(e);
      continue;
    }
    if (doc !== None) return doc;
    decref(doc);
  }
  return incref(None);
}

/**
 * `_finddoc(obj)`: the docstring `obj` inherits (new reference), None when there is none.
 *
 * @see CPython 3.8 Lib/inspect.py `_finddoc`
 */
export function findDoc(obj: PyObject): PyObject {
  const held = new Held();
  try {
    if (obj instanceof PyType) {
      for (const base of obj.mro) {
        if (base === objectType) continue;
        const doc = lookupAttrString(base, '__doc__');
        if (doc === null) continue;
        if (doc !== None) return doc;
        decref(doc);
      }
      return incref(None);
    }
    const found = classAndName(obj, held);
    if (found === null) return incref(None);
    const [cls, name] = found;
    // A member descriptor's doc from a `__slots__` dict comes back in the class's place.
    if (name === None) return incref(cls);
    return docAlong(cls, strText(name), held);
  } finally {
    held.release();
  }
}

/**
 * `getdoc(object)`: the docstring, cleaned; one that is None is looked for with `_finddoc`
 * (whose AttributeError or TypeError gives None).
 */
function getdoc(o: PyObject): PyObject {
  let doc: PyObject;
  try {
    doc = getAttrString(o, '__doc__');
    if (doc === None) {
      decref(doc);
      doc = findDoc(o);
    }
  } catch (e) {
    if (!(e instanceof PyRaise) || !(exceptionMatches(e, E.AttributeError) || exceptionMatches(e, E.TypeError))) throw e;
    clearRaise(e);
    return incref(None);
  }
  try {
    return doc instanceof PyStr ? newStr(cleandoc(doc.value)) : incref(None);
  } finally {
    decref(doc);
  }
}

/** `getdoc` and `_finddoc`. */
export const INSPECT_DOC: readonly NativeDef[] = [
  { name: 'getdoc', kind: 'o', impl: (_m, args) => getdoc(args[0] as PyObject) },
  { name: '_finddoc', kind: 'o', impl: (_m, args) => findDoc(args[0] as PyObject) },
];
