/**
 * `abc.ABCMeta` and the `_abc` machinery behind it: each class it makes gets `__abstractmethods__`
 * and an `_abc_impl` (`_abc_data`: registry, positive and negative caches); `register()`,
 * `__instancecheck__` and `__subclasscheck__` consult the caches, `__subclasshook__`, the MRO, the
 * registry and the subclasses, in that order. Mirrors CPython 3.8 Modules/_abc.c (`_abc_init`,
 * `compute_abstract_methods`, `_abc_register`, `_abc_instancecheck`, `_abc_subclasscheck`) and
 * the ABCMeta of Lib/abc.py.
 * @module
 */
import { addPythonMethods } from '../objects/native-py-method.ts';
import * as E from '../objects/exceptions.ts';
import { boolType, newBool, newInt } from '../objects/int.ts';
import { PyStr } from '../objects/str.ts';
import { NotImplemented, None } from '../objects/singletons.ts';
import { newFrozensetStealing, newSet, setAdd } from '../objects/set.ts';
import { newWeakref, weakrefType } from '../objects/weakref.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { isList } from '../objects/list.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { asBuiltinCall, asComparison } from '../runtime/recursion-levels.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { dictItems } from '../objects/dict.ts';
import { getAttrString, lookupAttrString, setAttrString } from '../runtime/attributes.ts';
import { objectIsSubclass } from '../runtime/abstract-isinstance.ts';
import { callMethodId, callObject } from '../runtime/call.ts';
import { staticType, typeType } from '../runtime/core-types.ts';
import { layOutAsLibraryClass } from '../objects/type-layout.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';

/** `_abc_data` (its `tp_name` has no module): the per-class state of an ABC. */
export const abcDataType: PyType = staticType({ name: '_abc_data', module: 'builtins', basicsize: 48 });

/**
 * The state of one ABC. The three sets hold their classes weakly, as CPython's sets of weak
 * references do: no reference is counted, and a class that has been freed is skipped.
 */
export class PyAbcData extends PyObject {
  readonly registry = new Set<PyType>();
  readonly cache = new Set<PyType>();
  readonly negativeCache = new Set<PyType>();
  negativeCacheVersion: number;

  constructor(version: number) {
    super(abcDataType, allocateAddress(abcDataType));
    this.negativeCacheVersion = version;
  }
}

abcDataType.dealloc = (self) => {
  freeObject(self);
};

/** `abc_invalidation_counter`: bumped by every `register()`; reset for each run when `abc` is made. */
let invalidationCounter = 0;

/** Starts a run's counter (the `abc` module init). */
export function resetAbcState(): void {
  invalidationCounter = 0;
}

/** `get_cache_token()`. */
export function cacheToken(): number {
  return invalidationCounter;
}

function alive(t: PyType): boolean {
  return t.refcnt > 0;
}

function inWeakSet(set: Set<PyType>, t: PyObject): boolean {
  if (!(t instanceof PyType) || !set.has(t)) return false;
  // The set holds weak references with a callback and the probe is a new one, so the entry found
  // is compared with it, and `weakref_richcompare` compares their referents: two recursion levels.
  asComparison(() => asComparison(() => null));
  return alive(t);
}

/** `_get_impl`: the class's `_abc_impl`, checked. */
function getImpl(cls: PyObject): PyAbcData {
  const impl = getAttrString(cls, '_abc_impl');
  decref(impl); // the class's dict holds it
  if (!(impl instanceof PyAbcData)) throw typeError('_abc_impl is set to a wrong type');
  return impl;
}

/** `_PyObject_IsAbstract`: `getattr(obj, '__isabstractmethod__', False)`, truth-tested. */
function isAbstract(obj: PyObject): boolean {
  const v = lookupAttrString(obj, '__isabstractmethod__');
  if (v === null) return false;
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

/** `compute_abstract_methods`: sets `cls.__abstractmethods__`. */
function computeAbstractMethods(cls: PyType): void {
  const names: PyObject[] = [];
  const seen = new Set<string>();
  const add = (key: PyObject): void => {
    const id = key instanceof PyStr ? key.value : `#${key.address}`;
    if (seen.has(id)) return;
    seen.add(id);
    names.push(incref(key));
  };
  try {
    // Stage 1: direct abstract methods (the namespace is the class's dict).
    for (const [key, value] of dictItems(cls.dict)) if (isAbstract(value)) add(key);
    // Stage 2: inherited abstract methods still abstract here.
    const bases = getAttrString(cls, '__bases__');
    try {
      if (!(bases instanceof PyTuple)) throw typeError('__bases__ is not tuple');
      for (const base of bases.items) {
        const baseAbstracts = lookupAttrString(base, '__abstractmethods__');
        if (baseAbstracts === null) continue;
        let keys: PyObject[];
        try {
          keys = iterableToArray(baseAbstracts);
        } finally {
          decref(baseAbstracts);
        }
        try {
          for (const key of keys) {
            if (!(key instanceof PyStr)) throw typeError(`attribute name must be string, not '${tpName(key.type)}'`);
            const value = lookupAttrString(cls, key.value);
            if (value === null) continue;
            try {
              if (isAbstract(value)) add(key);
            } finally {
              decref(value);
            }
          }
        } finally {
          for (const k of keys) decref(k);
        }
      }
    } finally {
      decref(bases);
    }
  } catch (e) {
    for (const n of names) decref(n);
    throw e;
  }
  const abstracts = newFrozensetStealing(names);
  try {
    setAttrString(cls, '__abstractmethods__', abstracts);
  } finally {
    decref(abstracts);
  }
}

/** `_abc_init`: abstract methods and a fresh `_abc_impl`. */
export function abcInit(cls: PyObject): void {
  if (cls instanceof PyType) computeAbstractMethods(cls);
  else {
    // `compute_abstract_methods` of something that is not a class: its `__dict__`, then its
    // `__bases__`, fail as attribute lookups.
    decref(getAttrString(cls, '__dict__'));
    decref(getAttrString(cls, '__bases__'));
    throw typeError('__bases__ is not tuple');
  }
  const data = new PyAbcData(invalidationCounter);
  try {
    setAttrString(cls, '_abc_impl', data);
  } finally {
    decref(data);
  }
}

/** `cls.<name>(arg)`: a new reference. */
function callMethod(cls: PyObject, name: string, arg: PyObject): PyObject {
  const m = getAttrString(cls, name);
  try {
    return callObject(m, [arg]);
  } finally {
    decref(m);
  }
}

/** `_abc_register`. */
export function register(cls: PyObject, subclass: PyObject): PyObject {
  if (!(subclass instanceof PyType)) throw typeError('Can only register classes');
  if (objectIsSubclass(subclass, cls)) return incref(subclass); // Already a subclass.
  // Subtle: test for cycles *after* testing for "already a subclass"; this means we allow X.register(X) and interpret it as a no-op.
  if (objectIsSubclass(cls, subclass)) throw raiseMessage(E.RuntimeError, 'Refusing to create an inheritance cycle');
  getImpl(cls).registry.add(subclass);
  invalidationCounter++; // Invalidate negative cache.
  return incref(subclass);
}

/** `cls.register(subclass)` from TypeScript (the registrations of `collections.abc`). */
export function registerClass(cls: PyType, subclass: PyType): void {
  decref(register(cls, subclass));
}

/** `_abc_instancecheck`. */
export function instanceCheck(cls: PyObject, instance: PyObject): PyObject {
  const impl = getImpl(cls);
  const subclass = getAttrString(instance, '__class__');
  try {
    if (inWeakSet(impl.cache, subclass)) return newBool(true);
    const subtype = instance.type;
    if (subtype === subclass) {
      if (impl.negativeCacheVersion === invalidationCounter && inWeakSet(impl.negativeCache, subclass)) return newBool(false);
      // Fall back to the subclass check.
      return callMethod(cls, '__subclasscheck__', subclass);
    }
    const result = callMethod(cls, '__subclasscheck__', subclass);
    if (isTrue(result)) return result;
    decref(result);
    return callMethod(cls, '__subclasscheck__', subtype);
  } finally {
    decref(subclass);
  }
}

/** `_abc_subclasscheck`. */
export function subclassCheck(cls: PyObject, subclass: PyObject): PyObject {
  if (!(subclass instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  const impl = getImpl(cls);
  // 1. Check cache.
  if (inWeakSet(impl.cache, subclass)) return newBool(true);
  // 2. Check negative cache; may have to invalidate.
  if (impl.negativeCacheVersion < invalidationCounter) {
    impl.negativeCache.clear();
    impl.negativeCacheVersion = invalidationCounter;
  } else if (inWeakSet(impl.negativeCache, subclass)) {
    return newBool(false);
  }
  // 3. Check the subclass hook.
  const ok = callMethod(cls, '__subclasshook__', subclass);
  const isBool = ok.type === boolType;
  const verdict = isBool && isTrue(ok);
  decref(ok);
  if (isBool) {
    (verdict ? impl.cache : impl.negativeCache).add(subclass);
    return newBool(verdict);
  }
  if (ok !== NotImplemented) throw raiseMessage(E.AssertionError, '__subclasshook__ must return either False, True, or NotImplemented');
  // 4. Check if it's a direct subclass.
  if (cls instanceof PyType && subclass.mro.includes(cls)) {
    impl.cache.add(subclass);
    return newBool(true);
  }
  // 5. Check if it's a subclass of a registered class (recursive): a registered class itself is
  // one without being cached (`subclasscheck_check_registry`'s fast path).
  if (inWeakSet(impl.registry, subclass)) return newBool(true);
  for (const rkey of [...impl.registry]) {
    if (!alive(rkey)) continue;
    if (objectIsSubclass(subclass, rkey)) {
      impl.cache.add(subclass);
      return newBool(true);
    }
  }
  // 6. Check if it's a subclass of a subclass (recursive).
  const subclasses = callMethodId(cls, '__subclasses__');
  try {
    if (!isList(subclasses)) throw typeError('__subclasses__() must return a list');
    // `PyList_GET_ITEM` by index (a list subclass's `__iter__` is not asked; the list may change
    // size under the checks), each item held across its check.
    for (let pos = 0; pos < subclasses.items.length; pos++) {
      const scls = incref(subclasses.items[pos] as PyObject);
      let found: boolean;
      try {
        found = objectIsSubclass(subclass, scls);
      } finally {
        decref(scls);
      }
      if (found) {
        impl.cache.add(subclass);
        return newBool(true);
      }
    }
  } finally {
    decref(subclasses);
  }
  // No dice; update negative cache.
  impl.negativeCache.add(subclass);
  return newBool(false);
}

/** `_get_dump`: the registry and both caches (weak references to their live classes) and the negative cache version. */
export function abcDump(cls: PyObject): PyObject {
  const impl = getImpl(cls);
  const weakSet = (classes: Set<PyType>): PyObject => {
    const set = newSet();
    for (const t of classes) {
      if (!alive(t)) continue;
      const ref = newWeakref(weakrefType, t, null);
      setAdd(set, ref);
      decref(ref);
    }
    return set;
  };
  return newTupleStealing([weakSet(impl.registry), weakSet(impl.cache), weakSet(impl.negativeCache), newInt(impl.negativeCacheVersion)]);
}

/** `_reset_registry`. */
export function resetRegistry(cls: PyObject): void {
  getImpl(cls).registry.clear();
}

/** `_reset_caches`: both caches. */
export function resetCaches(cls: PyObject): void {
  const impl = getImpl(cls);
  impl.cache.clear();
  impl.negativeCache.clear();
}

/** `abc.ABCMeta`. */
export const abcMetaType: PyType = staticType({
  name: 'ABCMeta', module: 'abc', base: typeType, basicsize: 880, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
});
// A class statement over `type`: it keeps type's `__dict__` and weak list, and its item size.
layOutAsLibraryClass(abcMetaType, { dict: true, weak: true });
// DEVIATION(cpython): ABCMeta is a class of Lib/abc.py in CPython (a heap type whose methods are
// Python functions); here it is a built-in subtype of `type`, so its methods are method descriptors.

// `ABCMeta.__new__`: `type.__new__`, then `_abc_init(cls)`.
abcMetaType.new = (metatype, args, kwnames) => {
  const make = typeType.new;
  if (make === undefined) throw typeError('type.__new__ missing');
  const cls = make(metatype, args, kwnames);
  if (cls instanceof PyType && cls.type.isSubtype(abcMetaType)) {
    try {
      abcInit(cls);
    } catch (e) {
      decref(cls);
      throw e;
    }
  }
  return cls;
};

// ABCMeta's Python methods return a call of an `_abc` builtin (`return
// _abc_instancecheck(cls, instance)`): a recursion level of its own.
addPythonMethods(abcMetaType, [
  { name: 'register', kind: 'o', impl: (self, args) => asBuiltinCall(() => register(self, args[0] as PyObject)), doc: 'Register a virtual subclass of an ABC.\n\n        Returns the subclass, to allow usage as a class decorator.\n        ' },
  { name: '__instancecheck__', kind: 'o', impl: (self, args) => asBuiltinCall(() => instanceCheck(self, args[0] as PyObject)), doc: 'Override for isinstance(instance, cls).' },
  { name: '__subclasscheck__', kind: 'o', impl: (self, args) => asBuiltinCall(() => subclassCheck(self, args[0] as PyObject)), doc: 'Override for issubclass(subclass, cls).' },
  {
    name: '_abc_registry_clear', kind: 'noargs',
    impl: (self) => {
      resetRegistry(self);
      return incref(None);
    },
    doc: 'Clear the registry (for debugging or testing).',
  },
  {
    name: '_abc_caches_clear', kind: 'noargs',
    impl: (self) => {
      resetCaches(self);
      return incref(None);
    },
    doc: 'Clear the caches (for debugging or testing).',
  },
]);
