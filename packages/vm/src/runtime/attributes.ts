/**
 * Attribute access: the MRO lookup, the generic getattr/setattr of `object` with the descriptor
 * protocol, and the entry points with CPython's AttributeError messages. Mirrors CPython 3.8
 * Objects/object.c `_PyObject_GenericGetAttrWithDict`, `_PyObject_GenericSetAttrWithDict` and
 * Objects/typeobject.c `_PyType_Lookup`.
 * @module
 */
import { dictDelStr, dictGetStr, dictIndex, dictSet, dictType, newDict, type PyDict } from '../objects/dict.ts';
import { internStr, internedStr, strType, type PyStr } from '../objects/str.ts';
import * as E from '../objects/exceptions.ts';
import { PyRaise, attributeError, clearRaise, exceptionMatches, typeError } from './errors.ts';
import { decref, forgetLookups, incref, type PyObject, type PyStrLike, type PyType } from './object.ts';
import { tpName } from './type-name.ts';
import { SharedKeys } from './shared-keys.ts';

/** `_PyType_Lookup`: the first definition of `name` along the MRO, borrowed, or null. */
export function lookupType(type: PyType, name: string): PyObject | null {
  const cache = type.lookupCache;
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  let found: PyObject | null = null;
  const mro = type.mro;
  for (let i = 0; i < mro.length; i++) {
    const dict = (mro[i] as PyType).dict as PyDict | undefined;
    if (dict == null) continue;
    const v = dictGetStr(dict, name);
    if (v !== null) {
      found = v;
      break;
    }
  }
  cache.set(name, found);
  return found;
}

/** Forgets cached lookups of `type` and every subclass (`PyType_Modified`). */
export function typeModified(type: PyType): void {
  forgetLookups(type);
  for (const sub of type.subclasses) typeModified(sub);
}

/**
 * Built-in types whose instances keep their `__dict__` pointer (`tp_dictoffset`) outside
 * {@link PyType.hasInstanceDict}, such as `module`: an instance that has no dict yet gets one on
 * its first attribute assignment, as `_PyObject_GetDictPtr` gives `PyObject_GenericSetAttr` the
 * slot to fill.
 */
export const dictPointerTypes: PyType[] = [];

/** The instance dict of `obj`, created on first use, or null when its type has none. */
export function instanceDict(obj: PyObject): PyDict | null {
  if (obj.dict !== null) return obj.dict;
  const type = obj.type;
  if (!type.hasInstanceDict && !dictPointerTypes.some((t) => type.isSubtype(t))) return null;
  const dict = newDict();
  // A class's instances share its keys (`new_dict_with_shared_keys`) while it keeps them.
  if (type.cachedKeys !== null) dict.storage.share(type.cachedKeys);
  obj.dict = dict;
  return dict;
}

/**
 * What `_PyObjectDict_SetItem` does to a class's shared keys after an attribute assignment made
 * the instance dict `dict`, split before, combined: the class shares the dict's new keys when no
 * other dict shared the old ones (`make_keys_shared`), else it stops sharing.
 */
function reshareKeys(type: PyType, dict: PyDict): void {
  const old = type.cachedKeys as SharedKeys;
  const s = dict.storage;
  type.cachedKeys = null;
  if (old.refcnt === 1 && dict.type === dictType && s.keys.every((k) => k === null || k.type === strType)) {
    // Deleted entries are compacted away first (`dictresize` to the same size).
    if (s.nentries !== s.used) s.resize(s.tableSize);
    const keys = new SharedKeys(s.tableSize);
    for (const k of s.keys) if (k !== null) keys.add((k as PyStr).value);
    // The class's reference is the table's first (`refcnt` 1); sharing adds the dict's.
    s.share(keys);
    type.cachedKeys = keys;
  }
  old.refcnt--;
}

/**
 * `PyObject_GenericGetAttr`: a new reference, or null when missing (no exception).
 *
 * The type's attribute is held across the instance-dict lookup, as CPython holds `descr`: a
 * key's `__eq__` run by that lookup may delete the attribute from the class (test_descr's
 * "vicious descriptor nonsense"), and the descriptor must outlive its own `__get__`.
 */
export function genericGetAttr(obj: PyObject, name: PyStrLike): PyObject | null {
  const type = obj.type;
  const key = name.value;
  const descr = lookupType(type, key);
  if (descr === null) {
    const dict = obj.dict;
    if (dict === null) return null;
    const v = dictGetStr(dict, key);
    return v === null ? null : incref(v);
  }
  incref(descr);
  try {
    const get = descr.type.descrGet;
    if (get !== undefined && descr.type.descrSet !== undefined) return get(descr, obj, type);
    const dict = obj.dict;
    if (dict !== null) {
      const v = dictGetStr(dict, key);
      if (v !== null) return incref(v);
    }
    if (get !== undefined) return get(descr, obj, type);
    return incref(descr);
  } finally {
    decref(descr);
  }
}

/**
 * Where the next generic lookup (`store` false) or assignment (`store` true) of `name` on
 * objects of `obj`'s type goes straight to an entry of the instance dict: its position in
 * `obj`'s dict, or -1 when the type's getattro/setattro is not the generic one, a type in the MRO
 * has the name (a descriptor or class attribute takes part) or the dict has no such entry. While
 * the type's `version` stays, the position holds for any instance whose dict has `name` there.
 */
export function instanceAttrIndex(obj: PyObject, name: PyStr, store: boolean): number {
  const type = obj.type;
  const slot = store ? type.setattro : type.getattro;
  if (slot !== undefined && slot !== (store ? genericSetAttr : genericGetAttr)) return -1;
  const dict = obj.dict;
  if (dict === null || lookupType(type, name.value) !== null) return -1;
  return dictIndex(dict, name);
}

/** `PyObject_GenericSetAttr`: `value` null deletes. */
export function genericSetAttr(obj: PyObject, name: PyStrLike, value: PyObject | null): void {
  const type = obj.type;
  const key = name.value;
  // `object.__setattr__(o, b'x', v)` reaches here with whatever name it was given.
  if (typeof key !== 'string') throw typeError(`attribute name must be string, not '${tpName((name as PyObject).type)}'`);
  const descr = lookupType(type, key);
  if (descr !== null) {
    const set = descr.type.descrSet;
    if (set !== undefined) {
      incref(descr);
      try {
        set(descr, obj, value);
        return;
      } finally {
        decref(descr);
      }
    }
  }
  const dict = instanceDict(obj);
  if (dict === null) {
    if (descr === null) throw attributeError(`'${tpName(type)}' object has no attribute '${key}'`);
    throw attributeError(`'${tpName(type)}' object attribute '${key}' is read-only`);
  }
  const cached = type.cachedKeys;
  if (value !== null) {
    const wasShared = cached !== null && dict.storage.shared === cached;
    // The name itself is the key, interned when it is an exact str (`PyUnicode_InternInPlace`).
    dictSet(dict, (name.type === strType ? internedStr(key) : null) ?? name, value);
    if (wasShared && dict.storage.shared !== cached && type.cachedKeys === cached) reshareKeys(type, dict);
    return;
  }
  const found = dictDelStr(dict, key);
  // Deleting an attribute ends the class's key sharing, found or not.
  if (type.cachedKeys !== null) {
    type.cachedKeys.refcnt--;
    type.cachedKeys = null;
  }
  if (!found) throw attributeError(key);
}

/** The AttributeError for a missing attribute, as the object's type words it. */
export function missingAttribute(obj: PyObject, name: string): never {
  throw missingAttributeError(obj, name);
}

/** {@link missingAttribute}'s exception, made but not thrown (for compiled code to hand on). */
export function missingAttributeError(obj: PyObject, name: string): PyRaise {
  return attributeError(missingMessage(obj, name));
}

/** `type object 'X' has ...`, `module 'm' has ...`, or `'X' object has no attribute 'y'`. */
export function missingMessage(obj: PyObject, name: string): string {
  for (const t of obj.type.mro) {
    const d = missingDescribers.get(t);
    if (d !== undefined) return d(obj, name);
  }
  return `'${tpName(obj.type)}' object has no attribute '${name}'`;
}

/** Types whose missing-attribute message differs (type, module), by type. */
export const missingDescribers = new Map<PyType, (obj: PyObject, name: string) => string>();

/** `PyObject_GetAttr`: a new reference; raises AttributeError when missing. */
export function getAttr(obj: PyObject, name: PyStr): PyObject {
  const getattro = obj.type.getattro;
  const v = getattro === undefined ? genericGetAttr(obj, name) : getattro(obj, name);
  if (v === null) missingAttribute(obj, name.value);
  return v;
}

/** `PyObject_GetAttr` that returns null instead of raising AttributeError when missing. */
export function getAttrOrNull(obj: PyObject, name: PyStr): PyObject | null {
  const getattro = obj.type.getattro;
  return getattro === undefined ? genericGetAttr(obj, name) : getattro(obj, name);
}

/** {@link getAttrOrNull} by name: null when the attribute is missing; an AttributeError a getter raises propagates. */
export function getAttrStringOrNull(obj: PyObject, name: string): PyObject | null {
  const key = internStr(name);
  try {
    return getAttrOrNull(obj, key);
  } finally {
    decref(key);
  }
}

/**
 * `_PyObject_LookupAttr` by name: a new reference, or null when the attribute is missing (an
 * AttributeError raised on the way is cleared, never materialized by the generic lookup).
 */
export function lookupAttrString(obj: PyObject, name: string): PyObject | null {
  const key = internStr(name);
  try {
    return getAttrOrNull(obj, key);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
    clearRaise(e);
    return null;
  } finally {
    decref(key);
  }
}

/** `PyObject_GetAttrString`. */
export function getAttrString(obj: PyObject, name: string): PyObject {
  const key = internStr(name);
  try {
    return getAttr(obj, key);
  } finally {
    decref(key);
  }
}

/** `PyObject_SetAttr`; `value` null deletes. */
export function setAttr(obj: PyObject, name: PyStr, value: PyObject | null): void {
  const setattro = obj.type.setattro;
  if (setattro === undefined) genericSetAttr(obj, name, value);
  else setattro(obj, name, value);
}

/** `PyObject_SetAttrString`. */
export function setAttrString(obj: PyObject, name: string, value: PyObject | null): void {
  const key = internStr(name);
  try {
    setAttr(obj, key, value);
  } finally {
    decref(key);
  }
}

/** `PyObject_SetAttrString` that takes over the reference to `value` (released even when it fails). */
export function setAttrStringStealing(obj: PyObject, name: string, value: PyObject): void {
  try {
    setAttrString(obj, name, value);
  } finally {
    decref(value);
  }
}

/**
 * `_PyObject_LookupSpecial`: a dunder found on the type (never the instance), bound through its
 * descriptor. A new reference, or null.
 */
export function lookupSpecial(obj: PyObject, name: string): PyObject | null {
  const descr = lookupType(obj.type, name);
  if (descr === null) return null;
  const get = descr.type.descrGet;
  if (get === undefined) return incref(descr);
  return get(descr, obj, obj.type);
}
