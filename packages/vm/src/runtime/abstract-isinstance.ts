/**
 * `isinstance()` and `issubclass()`: the exact type first, a class whose metaclass is exactly
 * `type` without asking it, a tuple item by item (one recursion level each), else the class's
 * `__instancecheck__` / `__subclasscheck__`; objects that are not classes take part through their
 * `__bases__` and `__class__` attributes (the "abstract" protocol). Mirrors CPython 3.8
 * Objects/abstract.c `PyObject_IsInstance`, `PyObject_IsSubclass`, `recursive_isinstance`,
 * `recursive_issubclass`, `abstract_issubclass`, `abstract_get_bases` and `check_class`.
 * @module
 */
import { PyTuple } from '../objects/tuple.ts';
import * as E from '../objects/exceptions.ts';
import { isTrue } from './abstract-compare.ts';
import { lookupAttrString, lookupSpecial } from './attributes.ts';
import { callObject } from './call.ts';
import { typeType } from './core-types.ts';
import { raiseMessage, typeError } from './errors.ts';
import { PyType, decref, type PyObject } from './object.ts';
import { enterRecursiveCall, leaveRecursiveCall } from './thread-state.ts';

/** `Py_EnterRecursiveCall(where)` around `fn`. */
function guarded<T>(where: string, fn: () => T): T {
  const overflow = enterRecursiveCall(where);
  if (overflow !== null) throw raiseMessage(E.RecursionError, overflow);
  try {
    return fn();
  } finally {
    leaveRecursiveCall();
  }
}

/** `abstract_get_bases`: `cls.__bases__` when it is a tuple (new reference), else null. */
function abstractGetBases(cls: PyObject): PyTuple | null {
  const bases = lookupAttrString(cls, '__bases__');
  if (bases === null) return null;
  if (!(bases instanceof PyTuple)) {
    decref(bases);
    return null;
  }
  return bases;
}

/** `abstract_issubclass`: whether `cls` is reachable from `derived` through `__bases__`. */
function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  let bases: PyTuple | null = null;
  try {
    for (;;) {
      if (derived === cls) return true;
      // The previous bases tuple may hold the only reference to `derived`: dropped after the lookup.
      const next = abstractGetBases(derived);
      if (bases !== null) decref(bases);
      bases = next;
      if (bases === null) return false;
      const n = bases.items.length;
      if (n === 0) return false;
      // No recursion in the single inheritance case.
      if (n === 1) {
        derived = bases.items[0] as PyObject;
        continue;
      }
      for (const base of bases.items) if (abstractIsSubclass(base, cls)) return true;
      return false;
    }
  } finally {
    if (bases !== null) decref(bases);
  }
}

/** `check_class`: raises TypeError(`error`) unless `cls` has a tuple `__bases__`. */
function checkClass(cls: PyObject, error: string): void {
  const bases = abstractGetBases(cls);
  if (bases === null) throw typeError(error);
  decref(bases);
}

/** `recursive_isinstance`. */
function recursiveIsInstance(inst: PyObject, cls: PyObject): boolean {
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

/** Calls a `__instancecheck__` / `__subclasscheck__` (owned) on `arg` as one recursion level, as a bool. */
function callChecker(checker: PyObject, arg: PyObject, where: string): boolean {
  try {
    return guarded(where, () => {
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

/**
 * `PyObject_IsInstance(inst, cls)`.
 *
 * @param inst - the object (borrowed)
 * @param cls - a class, a tuple of them (nested), or an object with `__instancecheck__` or `__bases__` (borrowed)
 * @returns whether `inst` is an instance of `cls`
 */
export function objectIsInstance(inst: PyObject, cls: PyObject): boolean {
  if (inst.type === cls) return true;
  if (cls instanceof PyType && cls.type === typeType) return recursiveIsInstance(inst, cls);
  if (cls instanceof PyTuple) {
    // The tuple holds its items while the checks run: they are borrowed.
    return guarded(' in __instancecheck__', () => cls.items.some((item) => objectIsInstance(inst, item)));
  }
  const checker = lookupSpecial(cls, '__instancecheck__');
  return checker !== null ? callChecker(checker, inst, ' in __instancecheck__') : recursiveIsInstance(inst, cls);
}

/** `recursive_issubclass`. */
function recursiveIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtype(cls);
  checkClass(derived, 'issubclass() arg 1 must be a class');
  checkClass(cls, 'issubclass() arg 2 must be a class or tuple of classes');
  return abstractIsSubclass(derived, cls);
}

/**
 * `PyObject_IsSubclass(derived, cls)`.
 *
 * @param derived - a class, or an object with `__bases__` (borrowed)
 * @param cls - a class, a tuple of them (nested), or an object with `__subclasscheck__` or `__bases__` (borrowed)
 * @returns whether `derived` is a subclass of `cls`
 */
export function objectIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && cls.type === typeType) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  if (cls instanceof PyTuple) {
    return guarded(' in __subclasscheck__', () => cls.items.some((item) => objectIsSubclass(derived, item)));
  }
  const checker = lookupSpecial(cls, '__subclasscheck__');
  return checker !== null ? callChecker(checker, derived, ' in __subclasscheck__') : recursiveIsSubclass(derived, cls);
}
