/**
 * Adding a key to a HAMT node: a new node sharing the untouched parts of the old one (or the old
 * one itself when the pair is already there), growing a bitmap node into an array node past 16
 * entries and pushing keys whose hashes agree at this level one level down. Keys are compared by
 * identity: a context's keys are ContextVars, which compare by identity. Mirrors CPython 3.8
 * Python/hamt.c `hamt_node_assoc` and its per-node variants, allocation for allocation.
 * @module
 */
import { decref, incref, type PyObject } from '../runtime/object.ts';
import {
  HAMT_ARRAY_NODE_SIZE, HamtArrayNode, HamtBitmapNode, arrayClone, arrayNew, bitmapClone, bitmapNew, collisionNew, hamtBitcount,
  hamtBitindex, hamtBitpos, hamtHash, hamtMask, type HamtCollisionNode, type HamtNode,
} from './hamt-node.ts';

/** `added_leaf`: set when the key was not in the tree before. */
export interface AddedLeaf {
  added: boolean;
}

/** `hamt_node_assoc`: a new reference to the node with `key` mapped to `val`. */
export function nodeAssoc(node: HamtNode, shift: number, hash: number, key: PyObject, val: PyObject, leaf: AddedLeaf): HamtNode {
  if (node instanceof HamtBitmapNode) return bitmapAssoc(node, shift, hash, key, val, leaf);
  if (node instanceof HamtArrayNode) return arrayAssoc(node, shift, hash, key, val, leaf);
  return collisionAssoc(node, shift, hash, key, val, leaf);
}

/** `hamt_node_new_bitmap_or_collision`: a node for two keys that met at one slot of a level. */
function newBitmapOrCollision(shift: number, key1: PyObject, val1: PyObject, key2Hash: number, key2: PyObject, val2: PyObject): HamtNode {
  const key1Hash = hamtHash(key1);
  if (key1Hash === key2Hash) {
    const n = collisionNew(key1Hash, 4);
    n.array[0] = incref(key1);
    n.array[1] = incref(val1);
    n.array[2] = incref(key2);
    n.array[3] = incref(val2);
    return n;
  }
  const leaf: AddedLeaf = { added: false };
  const empty = bitmapNew(0);
  const n2 = nodeAssoc(empty, shift, key1Hash, key1, val1, leaf);
  decref(empty);
  const n = nodeAssoc(n2, shift, key2Hash, key2, val2, leaf);
  decref(n2);
  return n;
}

function bitmapAssoc(self: HamtBitmapNode, shift: number, hash: number, key: PyObject, val: PyObject, leaf: AddedLeaf): HamtNode {
  const bit = hamtBitpos(hash, shift);
  const idx = hamtBitindex(self.bitmap, bit);
  if ((self.bitmap & bit) !== 0) {
    const keyIdx = 2 * idx;
    const valIdx = keyIdx + 1;
    const keyOrNull = self.array[keyIdx] ?? null;
    const valOrNode = self.array[valIdx] as PyObject;
    if (keyOrNull === null) {
      // Several keys share this slot: the value is the sub-node one level down.
      const sub = nodeAssoc(valOrNode as HamtNode, shift + 5, hash, key, val, leaf);
      if (sub === valOrNode) {
        decref(sub);
        return incref(self);
      }
      const ret = bitmapClone(self);
      const old = ret.array[valIdx] as PyObject;
      ret.array[valIdx] = sub;
      decref(old);
      return ret;
    }
    if (key === keyOrNull) {
      if (val === valOrNode) return incref(self);
      const ret = bitmapClone(self);
      const old = ret.array[valIdx] as PyObject;
      ret.array[valIdx] = incref(val);
      decref(old);
      return ret;
    }
    // A new key in the slot of one other key: both go one level down.
    const sub = newBitmapOrCollision(shift + 5, keyOrNull, valOrNode, hash, key, val);
    const ret = bitmapClone(self);
    const oldKey = ret.array[keyIdx] as PyObject;
    ret.array[keyIdx] = null;
    decref(oldKey);
    const oldVal = ret.array[valIdx] as PyObject;
    ret.array[valIdx] = sub;
    decref(oldVal);
    leaf.added = true;
    return ret;
  }
  const n = hamtBitcount(self.bitmap);
  if (n >= 16) return bitmapToArray(self, n, shift, hash, key, val, leaf);
  leaf.added = true;
  const keyIdx = 2 * idx;
  const node = bitmapNew(2 * (n + 1));
  for (let i = 0; i < keyIdx; i++) {
    const o = self.array[i] ?? null;
    node.array[i] = o === null ? null : incref(o);
  }
  node.array[keyIdx] = incref(key);
  node.array[keyIdx + 1] = incref(val);
  for (let i = keyIdx; i < self.array.length; i++) {
    const o = self.array[i] ?? null;
    node.array[i + 2] = o === null ? null : incref(o);
  }
  node.bitmap = (self.bitmap | bit) >>> 0;
  return node;
}

/** A 17th entry for a bitmap node: an array node of one-level-down bitmap nodes instead. */
function bitmapToArray(self: HamtBitmapNode, n: number, shift: number, hash: number, key: PyObject, val: PyObject, leaf: AddedLeaf): HamtNode {
  const jdx = hamtMask(hash, shift);
  const node = arrayNew(n + 1);
  const empty = bitmapNew(0);
  try {
    node.array[jdx] = nodeAssoc(empty, shift + 5, hash, key, val, leaf);
    for (let i = 0, j = 0; i < HAMT_ARRAY_NODE_SIZE; i++) {
      if (((self.bitmap >>> i) & 1) === 0) continue;
      const k = self.array[j] ?? null;
      const v = self.array[j + 1] as PyObject;
      node.array[i] = k === null ? incref(v as HamtNode) : nodeAssoc(empty, shift + 5, hamtHash(k), k, v, leaf);
      j += 2;
    }
  } catch (e) {
    decref(empty);
    decref(node);
    throw e;
  }
  decref(empty);
  return node;
}

function arrayAssoc(self: HamtArrayNode, shift: number, hash: number, key: PyObject, val: PyObject, leaf: AddedLeaf): HamtNode {
  const idx = hamtMask(hash, shift);
  const node = self.array[idx] ?? null;
  if (node === null) {
    const empty = bitmapNew(0);
    const child = bitmapAssoc(empty, shift + 5, hash, key, val, leaf);
    decref(empty);
    const created = arrayNew(self.count + 1);
    for (let i = 0; i < HAMT_ARRAY_NODE_SIZE; i++) {
      const o = self.array[i] ?? null;
      created.array[i] = o === null ? null : incref(o);
    }
    created.array[idx] = child;
    return created;
  }
  const child = nodeAssoc(node, shift + 5, hash, key, val, leaf);
  // CPython compares the child with the array node itself here (never equal), so an unchanged
  // child still gives a new array node.
  const created = arrayClone(self);
  const old = created.array[idx] as HamtNode;
  created.array[idx] = child;
  decref(old);
  return created;
}

function collisionAssoc(self: HamtCollisionNode, shift: number, hash: number, key: PyObject, val: PyObject, leaf: AddedLeaf): HamtNode {
  if (hash === self.hash) {
    const size = self.array.length;
    const at = collisionFindIndex(self, key);
    if (at < 0) {
      const node = collisionNew(self.hash, size + 2);
      for (let i = 0; i < size; i++) node.array[i] = incref(self.array[i] as PyObject);
      node.array[size] = incref(key);
      node.array[size + 1] = incref(val);
      leaf.added = true;
      return node;
    }
    if (self.array[at + 1] === val) return incref(self);
    const node = collisionNew(self.hash, size);
    for (let i = 0; i < size; i++) node.array[i] = incref(self.array[i] as PyObject);
    decref(node.array[at + 1] as PyObject);
    node.array[at + 1] = incref(val);
    return node;
  }
  // A key of another hash: a bitmap node holding this collision node, then the key added to it.
  const node = bitmapNew(2);
  node.bitmap = hamtBitpos(self.hash, shift);
  node.array[1] = incref(self);
  const res = bitmapAssoc(node, shift, hash, key, val, leaf);
  decref(node);
  return res;
}

/** `hamt_node_collision_find_index`: the key's slot, or -1. */
export function collisionFindIndex(self: HamtCollisionNode, key: PyObject): number {
  for (let i = 0; i < self.array.length; i += 2) if (self.array[i] === key) return i;
  return -1;
}
