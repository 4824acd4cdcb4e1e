/**
 * The slots of `dict`: repr with the recursion guard, equality, subscription with `__missing__`
 * for subclasses, assignment and deletion, membership, iteration, and `dict()`; plus
 * `PyDict_Merge` / `PyDict_MergeFromSeq2` / `dict_update_common`. Mirrors CPython 3.8
 * Objects/dictobject.c.
 * @module
 */
import { EQ, NE, richCompareBool } from '../runtime/abstract-compare.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext, iterableToArray, sequenceToArray } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrOrNull, lookupSpecial } from '../runtime/attributes.ts';
import { callAttribute, callOneArg } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, keyError, runtimeError, typeError, valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { PyDict, bucketOf, dictCopy, dictGet, dictGetKnownHash, dictSet, dictSetKnownHash, dictType, newDict, reserveForMerge } from './dict.ts';
import type { BucketKey } from '../runtime/dict-storage.ts';
import { newDictIter } from './dict-views.ts';
import * as E from './exceptions.ts';
import { newBool } from './int.ts';
import { PyList, listType, newListStealing } from './list.ts';
import { checkPositional, positional } from './list-methods.ts';
import { reprEnter, reprLeave } from './repr-guard.ts';
import { newNotImplemented } from './singletons.ts';
import { internStr, newStr } from './str.ts';
import { tpName } from '../runtime/type-name.ts';

/**
 * The larger object layouts of built-in dict subclasses (OrderedDict's, defaultdict's), by the
 * subclass. `dict_new` allocates `tp_basicsize` of the type it is given, so `dict.__new__(T)` and
 * the subclasses of T get T's layout without T defining `__new__`.
 */
const dictLayouts = new Map<PyType, (type: PyType) => PyDict>();

/** Makes `dict_new` build `make(type)` for `base` and every type derived from it. */
export function registerDictLayout(base: PyType, make: (type: PyType) => PyDict): void {
  dictLayouts.set(base, make);
}

/**
 * `dict_new`: a new empty dict of `dict` or a subclass (takes a reference to a heap type). Unlike
 * `{}`, it gets a keys table of its own, of the minimum size, at once. `fromFreeList` false
 * allocates past the free list, as `tp_alloc` does.
 */
export function newDictOfType(type: PyType, fromFreeList = true): PyDict {
  const d = allocateDictOfType(type, fromFreeList);
  d.storage.resize(0);
  return d;
}

function allocateDictOfType(type: PyType, fromFreeList: boolean): PyDict {
  if (type.isHeapType) incref(type);
  if (type !== dictType) {
    for (const t of type.mro) {
      const make = dictLayouts.get(t);
      if (make !== undefined) return make(type);
    }
  }
  return new PyDict(type, allocateAddress(type, 0, type.basicsize, fromFreeList));
}

/** `delitem_common` after a successful lookup: the value is dropped before the key. */
export function dictDelete(d: PyDict, key: PyObject): boolean {
  const s = d.storage;
  const i = s.find(key, bucketOf(key), (a, b) => richCompareBool(a, b, EQ));
  if (i < 0) return false;
  const k = s.keys[i] as PyObject;
  const v = s.values[i] as PyObject;
  s.remove(i);
  decref(v);
  decref(k);
  return true;
}

/** `dict_subscript`: `d[key]`, calling `__missing__` of subclasses. */
export function dictSubscript(self: PyObject, key: PyObject): PyObject {
  const d = self as PyDict;
  const v = dictGet(d, key);
  if (v !== null) return incref(v);
  if (d.type !== dictType) {
    const missing = lookupSpecial(d, '__missing__');
    if (missing !== null) {
      try {
        return callOneArg(missing, key);
      } finally {
        decref(missing);
      }
    }
  }
  throw keyError(key);
}

/**
 * A new reference to a shallow copy of any dict (`PyDict_Copy`): a non-empty dict whose type
 * overrides `__iter__` (an OrderedDict) is copied through its `keys()` and `[]`, in their order,
 * since `dict_merge` takes its fast path only for `tp_iter == dict_iter`.
 *
 * @param d - the dict (borrowed).
 * @see CPython 3.8 Objects/dictobject.c PyDict_Copy
 */
export function dictCopyObject(d: PyDict): PyDict {
  if (d.size === 0 || d.type.iter === dictType.iter) return dictCopy(d);
  const copy = newDict();
  try {
    dictMerge(copy, d, true);
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
}

/** `PyDict_Merge(a, b, override)`: a dict's entries, else `b.keys()` and `b[key]`. */
export function dictMerge(a: PyDict, b: PyObject, override: boolean): void {
  if (b instanceof PyDict && (b.type.iter === dictType.iter)) {
    if (a === b || b.size === 0) return;
    reserveForMerge(a.storage, b.size);
    const s = b.storage;
    const n = s.keys.length;
    for (let i = 0; i < n && i < s.keys.length; i++) {
      const key = s.keys[i];
      if (key == null) continue;
      const value = incref(s.values[i] as PyObject);
      incref(key);
      try {
        // Under the entry's stored hash (`me_hash`): no `__hash__` call.
        const bucket = s.buckets[i] as BucketKey;
        if (override || dictGetKnownHash(a, key, bucket) === null) dictSetKnownHash(a, key, bucket, value);
      } finally {
        decref(value);
        decref(key);
      }
      if (n !== s.keys.length) throw runtimeError('dict mutated during update');
    }
    return;
  }
  const keysName = internStr('keys');
  let keysMeth: PyObject;
  try {
    const m = getAttrOrNull(b, keysName);
    if (m === null) throw typeError(`'${tpName(b.type)}' object has no attribute 'keys'`);
    keysMeth = m;
  } finally {
    decref(keysName);
  }
  let keys: PyObject;
  try {
    // `PyMapping_Keys` calls through `_PyObject_CallMethodId`, which refuses a non-callable
    // attribute with its own message.
    keys = callAttribute(keysMeth);
  } finally {
    decref(keysMeth);
  }
  // `PyMapping_Keys` (`method_output_as_list`): the keys become a list before the merge starts.
  let it: PyObject;
  try {
    const list = keys instanceof PyList && keys.type === listType ? incref(keys) : keysAsList(b, keys);
    try {
      it = getIter(list);
    } finally {
      decref(list);
    }
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const key = iterNext(it);
      if (key === null) break;
      try {
        if (!override && dictGet(a, key) !== null) continue;
        const value = getItem(b, key);
        try {
          dictSet(a, key, value);
        } finally {
          decref(value);
        }
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** `PyDict_MergeFromSeq2`: pairs from an iterable. */
export function dictMergeFromSeq2(d: PyDict, seq: PyObject, override: boolean): void {
  const it = getIter(seq);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === null) break;
      let fast: PyObject[];
      try {
        fast = sequenceToArray(item);
      } catch (e) {
        if (e instanceof PyRaise && exceptionMatches(e, E.TypeError)) {
          clearRaise(e);
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      } finally {
        decref(item);
      }
      try {
        if (fast.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${fast.length}; 2 is required`);
        const [key, value] = fast as [PyObject, PyObject];
        if (override || dictGet(d, key) === null) dictSet(d, key, value);
      } finally {
        for (const x of fast) decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

/** `method_output_as_list` for `keys()`: a list of what it returned, or CPython's TypeError. */
export function keysAsList(owner: PyObject, keys: PyObject): PyObject {
  let it: PyObject;
  try {
    it = getIter(keys);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    throw typeError(`${tpName(owner.type)}.keys() returned a non-iterable (type ${tpName(keys.type)})`);
  }
  try {
    return newListStealing(iterableToArray(it));
  } finally {
    decref(it);
  }
}

/** `dict_update_common`: one positional mapping or iterable of pairs, then keyword arguments. */
export function dictUpdateCommon(d: PyDict, args: readonly PyObject[], kwnames: readonly string[] | null, methname: string): void {
  const pos = positional(args, kwnames);
  checkPositional(methname, pos.length, 0, 1);
  const arg = pos[0];
  if (arg !== undefined) {
    const keysName = internStr('keys');
    let func: PyObject | null;
    try {
      func = getAttrOrNull(arg, keysName);
    } finally {
      decref(keysName);
    }
    if (func !== null) {
      decref(func);
      dictMerge(d, arg, true);
    } else dictMergeFromSeq2(d, arg, true);
  }
  if (kwnames !== null) {
    for (let k = 0; k < kwnames.length; k++) {
      const key = newStr(kwnames[k] as string);
      try {
        dictSet(d, key, args[pos.length + k] as PyObject);
      } finally {
        decref(key);
      }
    }
  }
}

/** `dict_equal`. */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  const s = a.storage;
  for (let i = 0; i < s.keys.length; i++) {
    const key = s.keys[i];
    if (key == null) continue;
    const aval = incref(s.values[i] as PyObject);
    const bucket = s.buckets[i] as BucketKey;
    incref(key);
    try {
      // Under the entry's stored hash (`me_hash`): no `__hash__` call.
      const bval = dictGetKnownHash(b, key, bucket);
      if (bval === null) return false;
      incref(bval);
      try {
        if (!richCompareBool(aval, bval, EQ)) return false;
      } finally {
        decref(bval);
      }
    } finally {
      decref(key);
      decref(aval);
    }
  }
  return true;
}

dictType.repr = (self) => {
  const d = self as PyDict;
  if (!reprEnter(d)) return newStr('{...}');
  try {
    if (d.size === 0) return newStr('{}');
    const parts: string[] = [];
    const s = d.storage;
    for (let i = 0; i < s.keys.length; i++) {
      const key = s.keys[i];
      if (key == null) continue;
      const value = incref(s.values[i] as PyObject);
      incref(key);
      try {
        parts.push(`${reprText(key)}: ${reprText(value)}`);
      } finally {
        decref(key);
        decref(value);
      }
    }
    return newStr(`{${parts.join(', ')}}`);
  } finally {
    reprLeave(d);
  }
};
dictType.richcompare = (v, w, op) => {
  if (!(v instanceof PyDict) || !(w instanceof PyDict) || (op !== EQ && op !== NE)) return newNotImplemented();
  return newBool(dictEqual(v, w) === (op === EQ));
};
dictType.length = (self) => (self as PyDict).size;
dictType.getitem = dictSubscript;
dictType.setitem = (self, key, value) => {
  const d = self as PyDict;
  if (value !== null) dictSet(d, key, value);
  else if (!dictDelete(d, key)) throw keyError(key);
};
dictType.contains = (self, key) => dictGet(self as PyDict, key) !== null;
dictType.iter = (self) => newDictIter(self as PyDict, 'keys');
// `dict_new` allocates through `tp_alloc`, past the free list (which only `PyDict_New` takes from).
dictType.new = (type) => newDictOfType(type, false);
dictType.init = (self, args, kwnames) => {
  dictUpdateCommon(self as PyDict, args, kwnames, 'dict');
};
