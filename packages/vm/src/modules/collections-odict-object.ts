/**
 * The `collections.OrderedDict` object and its linked list of nodes: the primitives every change
 * to its order goes through (adding a key's node at the end, removing one, moving one to an end,
 * forgetting them all). As CPython 3.8 (Objects/odictobject.c `_odict_add_new_node`,
 * `_odict_clear_node`, `_odict_clear_nodes`), the list lives beside the dict, each node owning a
 * reference to its key, and its changes are counted in `od_state`, which the iterators compare.
 * DEVIATION(cpython): the nodes are not allocated on the simulated heap.
 * @module
 */
import { PyDict, bucketOf, dictSetKnownHash, dictType } from '../objects/dict.ts';
import type { BucketKey } from '../runtime/dict-storage.ts';
import { registerDictLayout } from '../objects/dict-slots.ts';
import { EQ, richCompareBool } from '../runtime/abstract-compare.ts';
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';

/** `collections.OrderedDict` (`PyODict_Type`): `sizeof(PyODictObject)` is 112 bytes. */
export const orderedDictType: PyType = staticType({ name: 'OrderedDict', module: 'collections', base: dictType, basicsize: 112, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
markDottedTypeName(orderedDictType);
// `tp_dictoffset` and `tp_weaklistoffset`: instances have a `__dict__` and take weak references.
orderedDictType.hasInstanceDict = true;
orderedDictType.weakrefable = true;

/**
 * A node of an OrderedDict's linked list (`_ODictNode`): it owns a reference to its key, so a key
 * in an OrderedDict is referenced twice, by the dict's entry and by its node.
 */
export interface ODictNode {
  readonly key: PyObject;
  /** `key_hash`: the key's hash, as the dict's bucket. */
  readonly bucket: BucketKey;
  prev: ODictNode | null;
  next: ODictNode | null;
}

/**
 * An OrderedDict (`PyODictObject`): a dict plus a linked list of nodes giving its order. The dict
 * methods called on an OrderedDict directly (`dict.__setitem__(od, k, v)`, `dict.pop(od, k)`)
 * change the dict only, so its list falls out of step with it, as in CPython.
 */
export class PyODict extends PyDict {
  /** `od_state`: bumped whenever the order changes (a node added, removed or moved). */
  state = 0;
  /** `od_first` and `od_last`. */
  first: ODictNode | null = null;
  last: ODictNode | null = null;
  /**
   * `od_fast_nodes`: the node of each dict entry that has one, by the entry's position (the
   * storage's positions are CPython's entry indices).
   */
  fastNodes = new Map<number, ODictNode>();
  /**
   * `od_fast_nodes_size`: the dict's table size when a key was last looked up through the list
   * (`_odict_get_index` resizes the fast-node table to it), 0 once the nodes are cleared.
   */
  fastSize = 0;
  /** `od_resize_sentinel`: the entry array {@link fastNodes} was built for. */
  sentinel: readonly unknown[] | null = null;
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

/**
 * `_odict_get_index_raw`: the position of `key`'s dict entry; for a key the dict does not hold,
 * the position a new entry would take (`dk_nentries`), where a node left behind may still sit.
 */
function getIndexRaw(od: PyODict, key: PyObject, bucket: BucketKey): number {
  const i = od.storage.find(key, bucket, equals);
  return i < 0 ? od.storage.keys.length : i;
}

/**
 * `_odict_get_index`: {@link getIndexRaw}, after rebuilding the fast-node table from the list
 * (`_odict_resize`) when the dict's table changed since it was built.
 */
function odictGetIndex(od: PyODict, key: PyObject, bucket: BucketKey): number {
  const s = od.storage;
  if (od.sentinel !== s.keys || od.fastSize !== s.tableSize) {
    const nodes = new Map<number, ODictNode>();
    for (let node = od.first; node !== null; node = node.next) nodes.set(getIndexRaw(od, node.key, node.bucket), node);
    od.fastNodes = nodes;
    od.fastSize = s.tableSize;
    od.sentinel = s.keys;
  }
  return getIndexRaw(od, key, bucket);
}

/**
 * `_odict_find_node`: the node of `key`'s dict entry, or null (an empty list, a key the dict does
 * not hold, or an entry with no node). The key is looked up in the dict, hashing it.
 */
export function odictFindNode(od: PyODict, key: PyObject, bucket?: BucketKey): ODictNode | null {
  if (od.first === null) return null;
  return od.fastNodes.get(odictGetIndex(od, key, bucket ?? bucketOf(key))) ?? null;
}

/** `_odict_add_tail`: links `node` in at the end (a change of order). */
function addTail(od: PyODict, node: ODictNode): void {
  node.prev = od.last;
  node.next = null;
  if (od.last === null) od.first = node;
  else od.last.next = node;
  od.last = node;
  od.state++;
}

/** `_odict_add_head`: links `node` in at the front (a change of order). */
function addHead(od: PyODict, node: ODictNode): void {
  node.prev = null;
  node.next = od.first;
  if (od.first === null) od.last = node;
  else od.first.prev = node;
  od.first = node;
  od.state++;
}

/** `_odict_remove_node`: unlinks `node` (a change of order); it keeps its key. */
function removeNode(od: PyODict, node: ODictNode): void {
  if (od.first === node) od.first = node.next;
  if (od.last === node) od.last = node.prev;
  if (node.prev !== null) node.prev.next = node.next;
  if (node.next !== null) node.next.prev = node.prev;
  node.prev = null;
  node.next = null;
  od.state++;
}

/**
 * `_odict_add_new_node` after the dict stored `key`: a node (owning a new reference to the key)
 * joins the end, unless the key's entry already has one.
 */
export function odictAddNewNode(od: PyODict, key: PyObject, bucket: BucketKey): void {
  const i = odictGetIndex(od, key, bucket);
  if (od.fastNodes.has(i)) return;
  const node: ODictNode = { key: incref(key), bucket, prev: null, next: null };
  addTail(od, node);
  od.fastNodes.set(i, node);
}

/**
 * `_odict_clear_node`: unlinks `key`'s node (given, or found through the dict) and drops its
 * reference to the key. Nothing happens when there is no such node.
 */
export function odictClearNode(od: PyODict, key: PyObject, bucket: BucketKey, node: ODictNode | null = null): void {
  if (od.first === null) return;
  const i = odictGetIndex(od, key, bucket);
  const found = node ?? od.fastNodes.get(i) ?? null;
  if (found === null) return;
  od.fastNodes.delete(i);
  removeNode(od, found);
  decref(found.key);
}

/** `_odict_clear_nodes`: forgets the whole order (not counted as a change), dropping the keys in order. */
export function odictClearNodes(od: PyODict): void {
  let node = od.first;
  od.first = null;
  od.last = null;
  od.fastNodes = new Map();
  od.fastSize = 0;
  od.sentinel = null;
  while (node !== null) {
    const next = node.next;
    decref(node.key);
    node = next;
  }
}

/** `move_to_end`'s relinking of `node` at the end (`last`) or the front, unless it is there already. */
export function odictMoveNode(od: PyODict, node: ODictNode, last: boolean): void {
  if (node === (last ? od.last : od.first)) return;
  removeNode(od, node);
  if (last) addTail(od, node);
  else addHead(od, node);
}

/** The keys of the list in order (borrowed). */
export function odictKeys(od: PyODict): PyObject[] {
  const keys: PyObject[] = [];
  for (let node = od.first; node !== null; node = node.next) keys.push(node.key);
  return keys;
}

/** `PyODict_SetItem`: stores the value in the dict, then gives a new key its node at the end. */
export function odictSetItem(od: PyODict, key: PyObject, value: PyObject, bucket: BucketKey = bucketOf(key)): void {
  dictSetKnownHash(od, key, bucket, value);
  odictAddNewNode(od, key, bucket);
}

/**
 * `PyODict_DelItem`: the key's node goes first (the order changes), then the dict's entry,
 * dropping the value before the key as `delitem_common` does; false when the dict has no such key.
 */
export function odictDelItem(od: PyODict, key: PyObject): boolean {
  const bucket = bucketOf(key);
  odictClearNode(od, key, bucket);
  const s = od.storage;
  const i = s.find(key, bucket, equals);
  if (i < 0) return false;
  odictRemoveAt(od, i);
  return true;
}

/** Removes live dict entry `i` (no lookup): the value's reference is dropped, then the key's. */
export function odictRemoveAt(od: PyODict, i: number): void {
  const s = od.storage;
  const k = s.keys[i] as PyObject;
  const v = s.values[i] as PyObject;
  s.remove(i);
  decref(v);
  decref(k);
}
