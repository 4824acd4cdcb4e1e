/**
 * `isinstance()` and `issubclass()` of any objects: a class's `__instancecheck__` /
 * `__subclasscheck__`, tuples of classes (each nesting level one recursion level), and the
 * abstract protocol for objects that are not types but have a `__bases__` tuple. Mirrors CPython
 * 3.8 Objects/abstract.c `PyObject_IsInstance`, `PyObject_IsSubclass`, `recursive_isinstance`,
 * `recursive_issubclass`, `abstract_issubclass`.
 * @module
 */
import { PyTuple } from '../objects/tuple.ts';
import { isTrue } from './abstract-compare.ts';
import { counted } from './abstract-object.ts';
import { lookupAttrString, lookupSpecial } from './attributes.ts';
import { callObject } from './call.ts';
import { typeType } from './core-types.ts';
import { typeError } from './errors.ts';
import { decref, PyType, type PyObject } from './object.ts';

/** Calls a `__instancecheck__` / `__subclasscheck__` (owned) on `arg` as one recursion level. */
function callChecker(checker: PyObject, arg: PyObject, where: string): boolean {
  try {
    return counted(where, () => {
      const r = callObject(checker, [arg]);
      try {
        return isTrue(r);
      } finally {
        decref(r);
      }
    });
  } finally {
    decref(checker);
  }
}

/** Whether any item of the tuple `cls` passes `check`, the walk one recursion level. */
function anyOfTuple(cls: PyTuple, where: string, check: (item: PyObject) => boolean): boolean {
  // The tuple holds its items while the checks run: they are borrowed.
  return counted(where, () => {
    for (const item of cls.items) if (check(item)) return true;
    return false;
  });
}

/** `PyObject_IsInstance`: the exact type at once; type's own check without asking; tuples; `__instancecheck__`. */
export function objectIsInstance(inst: PyObject, cls: PyObject): boolean {
  if (inst.type === cls) return true;
  if (cls instanceof PyType && cls.type === typeType) return recursiveIsInstance(inst, cls);
  if (cls instanceof PyTuple) return anyOfTuple(cls, ' in __instancecheck__', (c) => objectIsInstance(inst, c));
  const checker = lookupSpecial(cls, '__instancecheck__');
  if (checker !== null) return callChecker(checker, inst, ' in __instancecheck__');
  return recursiveIsInstance(inst, cls);
}

/** `PyObject_IsSubclass`: as {@link objectIsInstance}, with `__subclasscheck__`. */
export function objectIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && cls.type === typeType) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  if (cls instanceof PyTuple) return anyOfTuple(cls, ' in __subclasscheck__', (c) => objectIsSubclass(derived, c));
  const checker = lookupSpecial(cls, '__subclasscheck__');
  if (checker !== null) return callChecker(checker, derived, ' in __subclasscheck__');
  return recursiveIsSubclass(derived, cls);
}

/**
 * `recursive_isinstance` (`_PyObject_RealIsInstance`, `type.__instancecheck__`): a type by the
 * object's type or else its `__class__`; anything with a `__bases__` tuple by walking those from
 * the object's `__class__`.
 */
export function recursiveIsInstance(inst: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    if (inst.type.isSubtype(cls)) return true;
    const icls = lookupAttrString(inst, '__class__');
    if (icls === null) return false;
    try {
      return icls !== inst.type && icls instanceof PyType && icls.isSubtype(cls);
    } finally {
      decref(icls);
    }
  }
  checkClass(cls, 'isinstance() arg 2 must be a type or tuple of types');
  const icls = lookupAttrString(inst, '__class__');
  if (icls === null) return false;
  try {
    return abstractIsSubclass(icls, cls);
  } finally {
    decref(icls);
  }
}

/** `recursive_issubclass` (`_PyObject_RealIsSubclass`, `type.__subclasscheck__`). */
export function recursiveIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtype(cls);
  checkClass(derived, 'issubclass() arg 1 must be a class');
  checkClass(cls, 'issubclass() arg 2 must be a class or tuple of classes');
  return abstractIsSubclass(derived, cls);
}

/**
 * `abstract_get_bases`: `cls.__bases__` when it is a tuple (a new reference), else null; an
 * AttributeError counts as no bases, any other error propagates.
 */
function abstractGetBases(cls: PyObject): PyTuple | null {
  const bases = lookupAttrString(cls, '__bases__');
  if (bases === null) return null;
  if (bases instanceof PyTuple) return bases;
  decref(bases);
  return null;
}

/** `check_class`: a TypeError with `error` unless `cls` has a `__bases__` tuple. */
function checkClass(cls: PyObject, error: string): void {
  const bases = abstractGetBases(cls);
  if (bases === null) throw typeError(error);
  decref(bases);
}

/**
 * `abstract_issubclass`: whether `cls` is `derived` or among its `__bases__`, transitively. A
 * single base is followed in a loop (as CPython does, so a class that is its own only base loops
 * as long as CPython's does); several are checked one by one.
 */
function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  let bases: PyTuple | null = null;
  try {
    for (;;) {
      if (derived === cls) return true;
      // Drop the previous bases only after `derived` (possibly held by them alone) is done with.
      const next = abstractGetBases(derived);
      if (bases !== null) decref(bases);
      bases = next;
      if (bases === null) return false;
      const items = bases.items;
      if (items.length === 0) return false;
      if (items.length === 1) {
        derived = items[0] as PyObject;
        continue;
      }
      for (const b of items) if (abstractIsSubclass(b, cls)) return true;
      return false;
    }
  } finally {
    if (bases !== null) decref(bases);
  }
}
