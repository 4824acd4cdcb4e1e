/**
 * The `collections.OrderedDict` object and the two primitives every change to its order goes
 * through: adding a key at the end and removing one. CPython 3.8 keeps a linked list of nodes
 * beside the dict (Objects/odictobject.c `_odict_add_new_node`, `_odict_clear_node`) and counts
 * its changes in `od_state`, which the iterators compare. corosim keeps the order in the dict's
 * own storage (its entries are already in insertion order) and counts the same changes.
 * @module
 */
import { PyDict, bucketOf, dictSet, dictType } from '../objects/dict.ts';
import { registerDictLayout } from '../objects/dict-slots.ts';
import { EQ, richCompareBool } from '../runtime/abstract-compare.ts';
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, type PyObject, type PyType } from '../runtime/object.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';

/** `collections.OrderedDict` (`PyODict_Type`): `sizeof(PyODictObject)` is 112 bytes. */
export const orderedDictType: PyType = staticType({ name: 'OrderedDict', module: 'collections', base: dictType, basicsize: 112, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
markDottedTypeName(orderedDictType);
// `tp_dictoffset` and `tp_weaklistoffset`: instances have a `__dict__` and take weak references.
orderedDictType.hasInstanceDict = true;
orderedDictType.weakrefable = true;

/**
 * An OrderedDict (`PyODictObject`). The dict storage's entry order is the linked list's order.
 * DEVIATION(cpython): `dict` methods called on an OrderedDict directly (`dict.__setitem__(od, k,
 * v)`) change that order too, where CPython leaves its list (and iteration) out of step.
 */
export class PyODict extends PyDict {
  /** `od_state`: bumped whenever the order changes (a key added, removed or moved). */
  state = 0;
}

// `dict.__new__(OrderedDict)` and subclasses allocate the larger object (`tp_basicsize`).
registerDictLayout(orderedDictType, (type) => new PyODict(type, allocateAddress(type)));

/** Whether `o` is an OrderedDict or an instance of a subclass (`PyODict_Check`). */
export function isODict(o: PyObject): o is PyODict {
  return o instanceof PyODict;
}

/** `PyODict_CheckExact`. */
export function isExactODict(o: PyObject): boolean {
  return o.type === orderedDictType;
}

const equals = (a: PyObject, b: PyObject): boolean => richCompareBool(a, b, EQ);

/** `PyODict_SetItem`: stores the value; a new key joins the end of the order. */
export function odictSetItem(od: PyODict, key: PyObject, value: PyObject): void {
  const before = od.size;
  dictSet(od, key, value);
  if (od.size !== before) od.state++;
}

/**
 * `PyODict_DelItem` after the key is known to be there, or false: the node goes first (the order
 * changes), then the entry, dropping the value before the key as `delitem_common` does.
 */
export function odictDelItem(od: PyODict, key: PyObject): boolean {
  const s = od.storage;
  const i = s.find(key, bucketOf(key), equals);
  if (i < 0) return false;
  od.state++;
  odictRemoveAt(od, i);
  return true;
}

/** Removes live entry `i` (no lookup): the value's reference is dropped, then the key's. */
export function odictRemoveAt(od: PyODict, i: number): void {
  const s = od.storage;
  const k = s.keys[i] as PyObject;
  const v = s.values[i] as PyObject;
  s.remove(i);
  decref(v);
  decref(k);
}

/** The position of the first (or, `last`, the final) live entry, or -1 when empty. */
export function odictEdge(od: PyDict, last: boolean): number {
  const s = od.storage;
  if (last) return s.lastLive();
  const i = s.firstLive();
  return i < s.keys.length ? i : -1;
}
