/**
 * `types.DynamicClassAttribute`: a property whose class-level access raises AttributeError, so
 * that the class's `__getattr__` answers (Enum's `name` and `value`). It is a class written in
 * Python in CPython, so here too it is a heap class whose instances keep `fget`, `fset`, `fdel`,
 * `__doc__`, `overwrite_doc` and `__isabstractmethod__` in their `__dict__`. Mirrors CPython 3.8
 * Lib/types.py `class DynamicClassAttribute`.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { newBool } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { getAttrString, lookupAttrString, setAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeType } from '../runtime/core-types.ts';
import { newExceptionStealing, raiseMessage, raiseValue } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';

const DOC = "Route attribute access on a class to __getattr__.\n\n    This is a descriptor, used to define attributes that act differently when\n    accessed through an instance and through a class.  Instance access remains\n    normal, but access to an attribute through a class will be routed to the\n    class's __getattr__ method; this is done by raising AttributeError.\n\n    This allows one to have properties active on an instance, and have virtual\n    attributes on the class with the same name (see Enum for an example).\n\n    ";

/** `self.<name>`: a new reference. */
const attr = (self: PyObject, name: string): PyObject => getAttrString(self, name);

/** Runs `f` with `self.<name>` (released afterwards). */
function withAttr<T>(self: PyObject, name: string, f: (v: PyObject) => T): T {
  const v = attr(self, name);
  try {
    return f(v);
  } finally {
    decref(v);
  }
}

/** `__init__(self, fget=None, fset=None, fdel=None, doc=None)`. */
function init(self: PyObject, fget: PyObject, fset: PyObject, fdel: PyObject, doc: PyObject): PyObject {
  setAttrString(self, 'fget', fget);
  setAttrString(self, 'fset', fset);
  setAttrString(self, 'fdel', fdel);
  // `doc or fget.__doc__`
  const shownDoc = isTrue(doc) ? incref(doc) : getAttrString(fget, '__doc__');
  try {
    setAttrString(self, '__doc__', shownDoc);
  } finally {
    decref(shownDoc);
  }
  const overwrite = newBool(doc === None);
  try {
    setAttrString(self, 'overwrite_doc', overwrite);
  } finally {
    decref(overwrite);
  }
  // `bool(getattr(fget, '__isabstractmethod__', False))`
  const abstractAttr = lookupAttrString(fget, '__isabstractmethod__');
  let abstract: boolean;
  try {
    abstract = abstractAttr !== null && isTrue(abstractAttr);
  } finally {
    if (abstractAttr !== null) decref(abstractAttr);
  }
  const flag = newBool(abstract);
  try {
    setAttrString(self, '__isabstractmethod__', flag);
  } finally {
    decref(flag);
  }
  return incref(None);
}

/** `__get__(self, instance, ownerclass=None)`. */
function get(self: PyObject, instance: PyObject): PyObject {
  if (instance === None) {
    if (withAttr(self, '__isabstractmethod__', (v) => isTrue(v))) return incref(self);
    throw raiseValue(newExceptionStealing(E.AttributeError, []));
  }
  return withAttr(self, 'fget', (fget) => {
    if (fget === None) throw raiseMessage(E.AttributeError, 'unreadable attribute');
    return callObject(fget, [instance]);
  });
}

/** `__set__` / `__delete__`: calls `fset(instance, value)` / `fdel(instance)`. */
function setOrDelete(self: PyObject, which: 'fset' | 'fdel', args: readonly PyObject[]): PyObject {
  return withAttr(self, which, (f) => {
    if (f === None) throw raiseMessage(E.AttributeError, which === 'fset' ? "can't set attribute" : "can't delete attribute");
    decref(callObject(f, args));
    return incref(None);
  });
}

/**
 * `getter` / `setter` / `deleter`: `type(self)(fget, fset, fdel, doc)` with one accessor
 * replaced, keeping `overwrite_doc`; the getter takes the new function's doc when allowed.
 */
function copyWith(self: PyObject, which: 'fget' | 'fset' | 'fdel', func: PyObject): PyObject {
  const parts = (['fget', 'fset', 'fdel'] as const).map((n) => (n === which ? incref(func) : attr(self, n)));
  let result: PyObject;
  try {
    let doc: PyObject;
    if (which === 'fget') {
      // `fdoc = fget.__doc__ if self.overwrite_doc else None`, then `fdoc or self.__doc__`.
      const fdoc = withAttr(self, 'overwrite_doc', (o) => (isTrue(o) ? getAttrString(func, '__doc__') : incref(None)));
      if (isTrue(fdoc)) {
        doc = fdoc;
      } else {
        decref(fdoc);
        doc = attr(self, '__doc__');
      }
    } else {
      doc = attr(self, '__doc__');
    }
    try {
      result = callObject(self.type, [...parts, doc]);
    } finally {
      decref(doc);
    }
  } finally {
    for (const p of parts) decref(p);
  }
  try {
    withAttr(self, 'overwrite_doc', (o) => {
      setAttrString(result, 'overwrite_doc', o);
    });
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

const fn = (name: string, params: readonly string[], body: (a: readonly (PyObject | undefined)[]) => PyObject, ndefaults = 0): ClassEntry => ({
  kind: 'function',
  def: { name, impl: (args, kwnames) => body(bindArgs(name, args, kwnames, params, ndefaults)) },
});

const arg = (a: readonly (PyObject | undefined)[], i: number): PyObject => a[i] ?? None;

/**
 * Makes `types.DynamicClassAttribute` for the running program.
 *
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/types.py `class DynamicClassAttribute`
 */
export function makeDynamicClassAttribute(): PyType {
  return makeClass({
    name: 'DynamicClassAttribute', module: 'types', meta: typeType, bases: [], doc: DOC,
    body: [
      fn('__init__', ['self', 'fget', 'fset', 'fdel', 'doc'], (a) => init(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3), arg(a, 4)), 4),
      fn('__get__', ['self', 'instance', 'ownerclass'], (a) => get(arg(a, 0), arg(a, 1)), 1),
      fn('__set__', ['self', 'instance', 'value'], (a) => setOrDelete(arg(a, 0), 'fset', [arg(a, 1), arg(a, 2)])),
      fn('__delete__', ['self', 'instance'], (a) => setOrDelete(arg(a, 0), 'fdel', [arg(a, 1)])),
      fn('getter', ['self', 'fget'], (a) => copyWith(arg(a, 0), 'fget', arg(a, 1))),
      fn('setter', ['self', 'fset'], (a) => copyWith(arg(a, 0), 'fset', arg(a, 1))),
      fn('deleter', ['self', 'fdel'], (a) => copyWith(arg(a, 0), 'fdel', arg(a, 1))),
    ],
  });
}
