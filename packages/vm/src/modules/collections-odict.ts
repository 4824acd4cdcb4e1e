/**
 * `collections.OrderedDict`'s slots and methods. On an exact OrderedDict the methods work on the
 * storage directly; on a subclass they go through `__contains__`, `__getitem__`, `__setitem__` and
 * `__delitem__` wherever CPython's C implementation does, so overriding them is seen. Mirrors
 * CPython 3.8 Objects/odictobject.c.
 * @module
 */
import { PyDict, bucketOf, dictClear, dictGet, dictType } from '../objects/dict.ts';
import { newDictOfType } from '../objects/dict-slots.ts';
import { dictFromKeys, dictSizeOf } from '../objects/dict-methods.ts';
import type { BucketKey } from '../runtime/dict-storage.ts';
import { newBool, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { reprEnter, reprLeave } from '../objects/repr-guard.ts';
import { None, newNone, newNotImplemented } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { clearWeakrefs } from '../objects/weakref.ts';
import { instanceDictGetSet } from '../objects/object-type.ts';
import { EQ, NE, isTrue, richCompareBool } from '../runtime/abstract-compare.ts';
import { contains, deleteItem, getItem, length, setItem } from '../runtime/abstract-item.ts';
import { getIter, iterableToArray } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { callMethod, callNoArgs } from '../runtime/call.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { keyError, raiseMessage, typeError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { decref, freeObject, incref, xdecref, type PyObject, type PyType } from '../runtime/object.ts';
import { addClassMethods, addMethods, addValue, orderMethods } from '../runtime/type-defs.ts';
import { tpName } from '../runtime/type-name.ts';
import { PyODict, isExactODict, odictClearNode, odictClearNodes, odictDelItem, odictFindNode, odictKeys, odictMoveNode, odictRemoveAt, odictSetItem, orderedDictType, type ODictNode } from './collections-odict-object.ts';
import { newODictIter, newODictView } from './collections-odict-iter.ts';
import { mutableMappingUpdate } from './collections-odict-update.ts';

export { orderedDictType } from './collections-odict-object.ts';

const equals = (a: PyObject, b: PyObject): boolean => richCompareBool(a, b, EQ);

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
// `odict_dealloc`: the instance dict, the weak references, the nodes (in order), then the dict.
orderedDictType.dealloc = (self) => {
  const dict = self.dict;
  self.dict = null;
  xdecref(dict);
  if (self.weakrefs !== null) clearWeakrefs(self);
  odictClearNodes(self as PyODict);
  dictClear(self as PyDict);
  freeObject(self);
};
// `odict_traverse`: the instance dict, each node's key, then what `dict_traverse` visits.
const dictTraverse = dictType.traverse;
orderedDictType.traverse = (self, visit) => {
  if (self.dict !== null) visit(self.dict);
  for (const key of odictKeys(self as PyODict)) visit(key);
  dictTraverse?.(self, visit);
};
orderedDictType.clear = (self) => {
  const dict = self.dict;
  self.dict = null;
  xdecref(dict);
  dictClear(self as PyDict);
  odictClearNodes(self as PyODict);
};
orderedDictType.repr = (self) => {
  const od = OD(self);
  const name = od.type.name;
  if (od.size === 0) return newStr(`${name}()`);
  if (!reprEnter(od)) return newStr('...');
  try {
    let pieces: PyObject;
    if (isExactODict(od)) {
      // Each node's value is looked up by its key, as `_odictnode_VALUE` does.
      const pairs: PyObject[] = [];
      try {
        for (const k of odictKeys(od)) {
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
  // `_odict_keys_equal`: the two lists hold equal keys in the same order.
  let a = v.first;
  let b = w.first;
  while (a !== null && b !== null && richCompareBool(a.key, b.key, EQ)) {
    a = a.next;
    b = b.next;
  }
  return newBool((a === null && b === null) === (op === EQ));
};

// ---- methods ------------------------------------------------------------------------------------

/**
 * `_odict_popkey_hash`: removes `key` and returns its value, else `deflt`, else KeyError. The key's
 * node goes first; an exact OrderedDict then drops the dict's entry (only when there was a node),
 * a subclass goes through `key in od`, `od[key]` and `del od[key]`. `node` is the key's node when
 * the caller has it (popitem), whose hash then serves.
 */
function popKey(od: PyODict, key: PyObject, deflt: PyObject | undefined, node: ODictNode | null): PyObject {
  // The key is hashed once, even when there is nothing to find (`_odict_popkey`).
  const bucket = node?.bucket ?? bucketOf(key);
  const found = node ?? odictFindNode(od, key, bucket);
  if (found !== null) odictClearNode(od, key, bucket, found);
  let value: PyObject | null = null;
  if (isExactODict(od)) {
    const i = found === null ? -1 : od.storage.find(key, bucket, equals);
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

/**
 * `odict_sizeof`: the dict, its fast-node table (a pointer for each slot of the dict's table when
 * it was last looked up through) and, while the list is not empty, 32 bytes for each dict entry.
 */
function odictSizeOf(od: PyODict): number {
  let size = dictSizeOf(od) + 8 * od.fastSize;
  if (od.first !== null) size += 32 * od.size;
  return size;
}

/** `odict_copy`: `type(od)()` filled in order (through `__getitem__`/`__setitem__` for subclasses). */
function odictCopy(self: PyObject): PyObject {
  const od = OD(self);
  const exact = isExactODict(od);
  const copy = exact ? newDictOfType(orderedDictType) : callNoArgs(od.type);
  const nodes: { key: PyObject; bucket: BucketKey }[] = [];
  for (let node = od.first; node !== null; node = node.next) nodes.push({ key: incref(node.key), bucket: node.bucket });
  const keys = nodes.map((n) => n.key);
  try {
    for (const { key, bucket } of nodes) {
      if (exact) {
        // The value is looked up by the key; the copy reuses the node's hash (`_PyODict_SetItem_KnownHash`).
        const value = dictGet(od, key);
        if (value === null) throw keyError(key);
        odictSetItem(copy as PyODict, key, value, bucket);
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
      const node = last === undefined || isTrue(last) ? od.last : od.first;
      if (node === null) throw raiseMessage(E.KeyError, 'dictionary is empty');
      const key = incref(node.key);
      let value: PyObject;
      try {
        value = popKey(od, key, undefined, node);
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
  // The dict is emptied, then the order forgotten without counting a change (`_odict_clear_nodes`):
  // iterators see the length.
  {
    name: 'clear',
    kind: 'noargs',
    doc: 'od.clear() -> None.  Remove all items from od.',
    impl: (self) => {
      const od = OD(self);
      dictClear(od);
      odictClearNodes(od);
      return newNone();
    },
  },
  { name: 'copy', kind: 'noargs', doc: 'od.copy() -> a shallow copy of od', impl: odictCopy },
  { name: '__reversed__', kind: 'noargs', doc: 'od.__reversed__() <==> reversed(od)', impl: (self) => newODictIter(OD(self), 'keys', true) },
  {
    name: 'move_to_end',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const od = OD(self);
      const [key, lastArg] = parseArgs('move_to_end', args, kwnames, ['key', 'last'], 1) as [PyObject, PyObject | undefined];
      const last = lastArg === undefined || isTrue(lastArg);
      const edge = last ? od.last : od.first;
      if (edge === null) throw keyError(key);
      // The key at the requested end already is not looked up (an identity check).
      if (edge.key === key) return newNone();
      const node = odictFindNode(od, key);
      if (node === null) throw keyError(key);
      odictMoveNode(od, node, last);
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
// `odict_getset`: `__dict__` without a doc.
addValue(orderedDictType, '__dict__', () => instanceDictGetSet(orderedDictType, false));
// `odict_methods`' order: `fromkeys` (a class method) comes first.
orderMethods(orderedDictType, `fromkeys __sizeof__ __reduce__ setdefault pop popitem keys values items update clear
  copy __reversed__ move_to_end`);
