/**
 * `collections.OrderedDict`'s slots and methods. On an exact OrderedDict the methods work on the
 * storage directly; on a subclass they go through `__contains__`, `__getitem__`, `__setitem__` and
 * `__delitem__` wherever CPython's C implementation does, so overriding them is seen. Mirrors
 * CPython 3.8 Objects/odictobject.c.
 * @module
 */
import { PyDict, dictClear, dictGet, dictIndex, dictItems, dictType } from '../objects/dict.ts';
import { newDictOfType } from '../objects/dict-slots.ts';
import type { BucketKey } from '../runtime/dict-storage.ts';
import { dictFromKeys, dictKeysSizeOf, dictTableSize } from '../objects/dict-methods.ts';
import { newBool, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { reprEnter, reprLeave } from '../objects/list-slots.ts';
import { None, newNone, newNotImplemented } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { clearWeakrefs } from '../objects/weakref.ts';
import { instanceDictGetSet } from '../objects/object-type.ts';
import { EQ, NE, hashObject, isTrue, richCompareBool } from '../runtime/abstract-compare.ts';
import { contains, deleteItem, getItem, length, setItem } from '../runtime/abstract-item.ts';
import { getIter, iterableToArray } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { callMethod, callNoArgs } from '../runtime/call.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { keyError, raiseMessage, typeError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { dictVisitingTraverses } from '../runtime/gc-registry.ts';
import { decref, freeObject, incref, xdecref, type PyObject, type PyType } from '../runtime/object.ts';
import { addClassMethods, addMethods, addValue } from '../runtime/type-defs.ts';
import { tpName } from '../runtime/type-name.ts';
import { PyODict, isExactODict, odictDelItem, odictEdge, odictRemoveAt, odictSetItem, orderedDictType } from './collections-odict-object.ts';
import { newODictIter, newODictView } from './collections-odict-iter.ts';
import { mutableMappingUpdate } from './collections-odict-update.ts';

export { orderedDictType } from './collections-odict-object.ts';

function OD(o: PyObject): PyODict {
  if (!(o instanceof PyODict)) throw typeError(`descriptor requires a 'collections.OrderedDict' object but received '${tpName(o.type)}'`);
  return o;
}

// ---- slots --------------------------------------------------------------------------------------

orderedDictType.init = (self, args, kwnames) => {
  const n = args.length - (kwnames?.length ?? 0);
  if (n > 1) throw typeError(`expected at most 1 arguments, got ${n}`);
  // "__init__() triggering update() is just the way things are!" (odict_init)
  mutableMappingUpdate(self, args, kwnames);
};
orderedDictType.setitem = (self, key, value) => {
  const od = OD(self);
  if (value !== null) odictSetItem(od, key, value);
  else if (!odictDelItem(od, key)) throw keyError(key);
};
orderedDictType.iter = (self) => newODictIter(OD(self), 'keys');
orderedDictType.dealloc = (self) => {
  const dict = self.dict;
  self.dict = null;
  xdecref(dict);
  if (self.weakrefs !== null) clearWeakrefs(self);
  dictClear(self as PyDict);
  freeObject(self);
};
orderedDictType.traverse = (self, visit) => {
  if (self.dict !== null) visit(self.dict);
  for (const [k, v] of dictItems(self as PyDict)) {
    visit(k);
    visit(v);
  }
};
dictVisitingTraverses.add(orderedDictType.traverse);
orderedDictType.clear = (self) => {
  const dict = self.dict;
  self.dict = null;
  xdecref(dict);
  dictClear(self as PyDict);
};
orderedDictType.repr = (self) => {
  const od = OD(self);
  const name = od.type.name;
  if (od.size === 0) return newStr(`${name}()`);
  if (!reprEnter(od)) return newStr('...');
  try {
    let pieces: PyObject;
    if (isExactODict(od)) {
      // Each value is looked up again by its key, as `_odictnode_VALUE` does.
      const pairs: PyObject[] = [];
      try {
        for (const [k] of dictItems(od)) {
          const v = dictGet(od, k);
          if (v === null) throw keyError(k);
          pairs.push(newTupleStealing([incref(k), incref(v)]));
        }
      } catch (e) {
        for (const p of pairs) decref(p);
        throw e;
      }
      pieces = newListStealing(pairs);
    } else {
      const items = callMethod(od, 'items');
      try {
        pieces = newListStealing(iterableToArray(items));
      } finally {
        decref(items);
      }
    }
    try {
      return newStr(`${name}(${reprText(pieces)})`);
    } finally {
      decref(pieces);
    }
  } finally {
    reprLeave(od);
  }
};
orderedDictType.richcompare = (v, w, op) => {
  if (!(v instanceof PyODict) || !(w instanceof PyDict) || (op !== EQ && op !== NE)) return newNotImplemented();
  const cmp = (dictType.richcompare as NonNullable<PyType['richcompare']>)(v, w, op);
  if (!(w instanceof PyODict)) return cmp;
  const dictEq = (op === EQ) === isTrue(cmp);
  decref(cmp);
  if (!dictEq) return newBool(op === NE);
  // `_odict_keys_equal`: the same keys in the same order.
  const a = dictItems(v);
  const b = dictItems(w);
  let same = a.length === b.length;
  for (let i = 0; same && i < a.length; i++) {
    same = richCompareBool((a[i] as [PyObject, PyObject])[0], (b[i] as [PyObject, PyObject])[0], EQ);
  }
  return newBool(same === (op === EQ));
};

// ---- methods ------------------------------------------------------------------------------------

/**
 * `_odict_popkey_hash`: removes `key` and returns its value, else `deflt`, else KeyError. The
 * order forgets the key first; an exact OrderedDict then drops the entry, a subclass goes through
 * `key in od`, `od[key]` and `del od[key]`. `at` is the key's position when the caller knows it.
 */
function popKey(od: PyODict, key: PyObject, deflt: PyObject | undefined, at: number | null): PyObject {
  let i = at;
  if (i === null) {
    // The key is hashed even when there is nothing to find (`_odict_popkey`).
    if (od.size === 0) {
      hashObject(key);
      i = -1;
    } else i = dictIndex(od, key);
  }
  if (i >= 0) od.state++;
  let value: PyObject | null = null;
  if (isExactODict(od)) {
    if (i >= 0) {
      value = incref(od.storage.values[i] as PyObject);
      odictRemoveAt(od, i);
    }
  } else if (contains(od, key)) {
    value = getItem(od, key);
    try {
      deleteItem(od, key);
    } catch (e) {
      decref(value);
      throw e;
    }
  }
  if (value !== null) return value;
  if (deflt !== undefined) return incref(deflt);
  throw keyError(key);
}

/** `odict_sizeof`: the dict, its fast-node table (one pointer a slot) and 32 bytes a node. */
function odictSizeOf(od: PyODict): number {
  // DEVIATION(cpython): an emptied OrderedDict reports the table of a fresh one.
  const n = dictTableSize(od.size);
  let size = od.type.basicsize + dictKeysSizeOf(n);
  if (od.size > 0) size += 8 * n + 32 * od.size;
  return size;
}

/** `odict_copy`: `type(od)()` filled in order (through `__getitem__`/`__setitem__` for subclasses). */
function odictCopy(self: PyObject): PyObject {
  const od = OD(self);
  const exact = isExactODict(od);
  const copy = exact ? newDictOfType(orderedDictType) : callNoArgs(od.type);
  const s = od.storage;
  const keys = dictItems(od).map(([k]) => incref(k));
  try {
    for (const key of keys) {
      if (exact) {
        const c = copy as PyODict;
        // The value is looked up by the key; the copy reuses the hash (`_PyODict_SetItem_KnownHash`).
        const i = dictIndex(od, key);
        if (i < 0) throw keyError(key);
        c.storage.append(incref(key), s.buckets[i] as BucketKey, incref(s.values[i] as PyObject));
        c.state++;
      } else {
        const value = getItem(od, key);
        try {
          setItem(copy, key, value);
        } finally {
          decref(value);
        }
      }
    }
  } catch (e) {
    decref(copy);
    throw e;
  } finally {
    for (const k of keys) decref(k);
  }
  return copy;
}

addMethods(orderedDictType, [
  { name: '__sizeof__', kind: 'noargs', impl: (self) => newInt(odictSizeOf(OD(self))) },
  {
    name: '__reduce__',
    kind: 'noargs',
    doc: 'Return state information for pickling',
    impl: (self) => {
      const od = OD(self);
      let dict: PyObject | null = od.dict === null ? null : incref(od.dict);
      if (dict !== null && length(dict) === 0) {
        decref(dict);
        dict = null;
      }
      try {
        const items = callMethod(od, 'items');
        let it: PyObject;
        try {
          it = getIter(items);
        } finally {
          decref(items);
        }
        return newTupleStealing([incref(od.type), newTupleStealing([]), dict === null ? newNone() : incref(dict), newNone(), it]);
      } finally {
        xdecref(dict);
      }
    },
  },
  {
    name: 'setdefault',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const od = OD(self);
      const [key, dflt] = parseArgs('setdefault', args, kwnames, ['key', 'default'], 1) as [PyObject, PyObject | undefined];
      const deflt = dflt ?? None;
      if (isExactODict(od)) {
        const v = dictGet(od, key);
        if (v !== null) return incref(v);
        odictSetItem(od, key, deflt);
        return incref(deflt);
      }
      if (contains(od, key)) return getItem(od, key);
      setItem(od, key, deflt);
      return incref(deflt);
    },
  },
  {
    name: 'pop',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [key, deflt] = parseArgs('pop', args, kwnames, ['key', 'default'], 1) as [PyObject, PyObject | undefined];
      return popKey(OD(self), key, deflt, null);
    },
  },
  {
    name: 'popitem',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const od = OD(self);
      const [last] = parseArgs('popitem', args, kwnames, ['last'], 0);
      const i = odictEdge(od, last === undefined || isTrue(last));
      if (i < 0) throw raiseMessage(E.KeyError, 'dictionary is empty');
      const key = incref(od.storage.keys[i] as PyObject);
      let value: PyObject;
      try {
        value = popKey(od, key, undefined, i);
      } catch (e) {
        decref(key);
        throw e;
      }
      return newTupleStealing([key, value]);
    },
  },
  { name: 'keys', kind: 'noargs', impl: (self) => newODictView(OD(self), 'keys') },
  { name: 'values', kind: 'noargs', impl: (self) => newODictView(OD(self), 'values') },
  { name: 'items', kind: 'noargs', impl: (self) => newODictView(OD(self), 'items') },
  { name: 'update', kind: 'fastkw', impl: (self, args, kwnames) => (mutableMappingUpdate(self, args, kwnames), newNone()) },
  // The order is forgotten without counting a change (`_odict_clear_nodes`): iterators see the length.
  { name: 'clear', kind: 'noargs', doc: 'od.clear() -> None.  Remove all items from od.', impl: (self) => (dictClear(OD(self)), newNone()) },
  { name: 'copy', kind: 'noargs', doc: 'od.copy() -> a shallow copy of od', impl: odictCopy },
  { name: '__reversed__', kind: 'noargs', doc: 'od.__reversed__() <==> reversed(od)', impl: (self) => newODictIter(OD(self), 'keys', true) },
  {
    name: 'move_to_end',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const od = OD(self);
      const [key, lastArg] = parseArgs('move_to_end', args, kwnames, ['key', 'last'], 1) as [PyObject, PyObject | undefined];
      const last = lastArg === undefined || isTrue(lastArg);
      if (od.size === 0) throw keyError(key);
      const edge = odictEdge(od, last);
      // The key at the requested end already is not looked up (an identity check).
      if (od.storage.keys[edge] === key) return newNone();
      const i = dictIndex(od, key);
      if (i < 0) throw keyError(key);
      if (i !== odictEdge(od, last)) {
        if (last) od.storage.moveToEnd(i);
        else od.storage.moveToFront(i);
        od.state += 2;
      }
      return newNone();
    },
  },
]);
addClassMethods(orderedDictType, [
  {
    name: 'fromkeys',
    kind: 'fastkw',
    impl: (cls, args, kwnames) => {
      const [seq, value] = parseArgs('fromkeys', args, kwnames, ['iterable', 'value'], 1) as [PyObject, PyObject | undefined];
      return dictFromKeys(cls, seq, value ?? None);
    },
  },
]);
addValue(orderedDictType, '__dict__', () => instanceDictGetSet(orderedDictType));
