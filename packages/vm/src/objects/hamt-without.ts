/**
 * Removing a key from a HAMT node: a new node without it, folding single pairs back up a level,
 * an array node back into a bitmap node below 16 children, and a two-key collision node into a
 * bitmap node. Keys are compared by identity, as in hamt-assoc.ts. Mirrors CPython 3.8
 * Python/hamt.c `hamt_node_without` and its per-node variants, and `hamt_node_find`.
 * @module
 */
import { assert } from '../internal/assert.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { collisionFindIndex } from './hamt-assoc.ts';
import {
  HAMT_ARRAY_NODE_SIZE, HamtArrayNode, HamtBitmapNode, arrayClone, bitmapClone, bitmapNew, collisionNew, hamtBitindex,
  hamtBitpos, hamtMask, type HamtCollisionNode, type HamtNode,
} from './hamt-node.ts';

/** `hamt_without_t` with the new node of `W_NEWNODE` (a new reference). */
export type WithoutResult = { readonly kind: 'not_found' } | { readonly kind: 'empty' } | { readonly kind: 'newnode'; readonly node: HamtNode };

const NOT_FOUND: WithoutResult = { kind: 'not_found' };
const EMPTY: WithoutResult = { kind: 'empty' };

/** `hamt_node_without`. */
export function nodeWithout(node: HamtNode, shift: number, hash: number, key: PyObject): WithoutResult {
  if (node instanceof HamtBitmapNode) return bitmapWithout(node, shift, hash, key);
  if (node instanceof HamtArrayNode) return arrayWithout(node, shift, hash, key);
  return collisionWithout(node, hash, shift, key);
}

/** `hamt_node_find`: the value (borrowed) of `key`, or null. */
export function nodeFind(node: HamtNode, shift: number, hash: number, key: PyObject): PyObject | null {
  for (;;) {
    if (node instanceof HamtBitmapNode) {
      const bit = hamtBitpos(hash, shift);
      if ((node.bitmap & bit) === 0) return null;
      const keyIdx = 2 * hamtBitindex(node.bitmap, bit);
      const k = node.array[keyIdx] ?? null;
      const v = node.array[keyIdx + 1] as PyObject;
      if (k !== null) return k === key ? v : null;
      node = v as HamtNode;
    } else if (node instanceof HamtArrayNode) {
      const child = node.array[hamtMask(hash, shift)] ?? null;
      if (child === null) return null;
      node = child;
    } else {
      const at = collisionFindIndex(node, key);
      return at < 0 ? null : (node.array[at + 1] as PyObject);
    }
    shift += 5;
  }
}

function replaceSlot(node: HamtBitmapNode | HamtArrayNode, i: number, value: PyObject | null): void {
  const old = node.array[i] ?? null;
  (node.array as (PyObject | null)[])[i] = value;
  if (old !== null) decref(old);
}

function bitmapWithout(self: HamtBitmapNode, shift: number, hash: number, key: PyObject): WithoutResult {
  const bit = hamtBitpos(hash, shift);
  if ((self.bitmap & bit) === 0) return NOT_FOUND;
  const keyIdx = 2 * hamtBitindex(self.bitmap, bit);
  const valIdx = keyIdx + 1;
  const keyOrNull = self.array[keyIdx] ?? null;
  const valOrNode = self.array[valIdx] as PyObject;
  if (keyOrNull === null) {
    const res = nodeWithout(valOrNode as HamtNode, shift + 5, hash, key);
    if (res.kind !== 'newnode') {
      // A sub-node never becomes empty: single pairs are folded up before that.
      assert(res.kind === 'not_found', 'hamt: an empty sub-node');
      return res;
    }
    const sub = res.node;
    if (sub instanceof HamtBitmapNode && sub.array.length === 2 && sub.array[0] !== null) {
      // A single key/value pair comes up into this node.
      const clone = bitmapClone(self);
      replaceSlot(clone, keyIdx, incref(sub.array[0] as PyObject));
      replaceSlot(clone, valIdx, incref(sub.array[1] as PyObject));
      decref(sub);
      return { kind: 'newnode', node: clone };
    }
    const clone = bitmapClone(self);
    replaceSlot(clone, valIdx, sub);
    return { kind: 'newnode', node: clone };
  }
  if (keyOrNull !== key) return NOT_FOUND;
  if (self.array.length / 2 === 1) return EMPTY;
  return { kind: 'newnode', node: bitmapCloneWithout(self, bit) };
}

/** `hamt_node_bitmap_clone_without`. */
function bitmapCloneWithout(o: HamtBitmapNode, bit: number): HamtBitmapNode {
  const node = bitmapNew(o.array.length - 2);
  const keyIdx = 2 * hamtBitindex(o.bitmap, bit);
  for (let i = 0; i < keyIdx; i++) {
    const x = o.array[i] ?? null;
    node.array[i] = x === null ? null : incref(x);
  }
  for (let i = keyIdx + 2; i < o.array.length; i++) {
    const x = o.array[i] ?? null;
    node.array[i - 2] = x === null ? null : incref(x);
  }
  node.bitmap = (o.bitmap & ~bit) >>> 0;
  return node;
}

function arrayWithout(self: HamtArrayNode, shift: number, hash: number, key: PyObject): WithoutResult {
  const idx = hamtMask(hash, shift);
  const node = self.array[idx] ?? null;
  if (node === null) return NOT_FOUND;
  const res = nodeWithout(node, shift + 5, hash, key);
  if (res.kind === 'not_found') return res;
  if (res.kind === 'newnode') {
    const clone = arrayClone(self);
    replaceSlot(clone, idx, res.node);
    return { kind: 'newnode', node: clone };
  }
  const newCount = self.count - 1;
  if (newCount === 0) return EMPTY;
  if (newCount >= 16) {
    const clone = arrayClone(self);
    clone.count = newCount;
    replaceSlot(clone, idx, null);
    return { kind: 'newnode', node: clone };
  }
  // Fewer than 16 children left: a bitmap node, single pairs of child bitmap nodes inlined.
  const created = bitmapNew(newCount * 2);
  let bitmap = 0;
  let at = 0;
  for (let i = 0; i < HAMT_ARRAY_NODE_SIZE; i++) {
    const child = i === idx ? null : (self.array[i] ?? null);
    if (child === null) continue;
    bitmap |= 1 << i;
    if (child instanceof HamtBitmapNode && child.array.length === 2 && child.array[0] !== null) {
      created.array[at] = incref(child.array[0] as PyObject);
      created.array[at + 1] = incref(child.array[1] as PyObject);
    } else {
      created.array[at] = null;
      created.array[at + 1] = incref(child);
    }
    at += 2;
  }
  created.bitmap = bitmap >>> 0;
  return { kind: 'newnode', node: created };
}

function collisionWithout(self: HamtCollisionNode, hash: number, shift: number, key: PyObject): WithoutResult {
  if (hash !== self.hash) return NOT_FOUND;
  const keyIdx = collisionFindIndex(self, key);
  if (keyIdx < 0) return NOT_FOUND;
  const newCount = self.array.length / 2 - 1;
  if (newCount === 0) return EMPTY;
  if (newCount === 1) {
    const node = bitmapNew(2);
    const keep = keyIdx === 0 ? 2 : 0;
    node.array[0] = incref(self.array[keep] as PyObject);
    node.array[1] = incref(self.array[keep + 1] as PyObject);
    node.bitmap = hamtBitpos(hash, shift);
    return { kind: 'newnode', node };
  }
  const node = collisionNew(self.hash, self.array.length - 2);
  for (let i = 0; i < keyIdx; i++) node.array[i] = incref(self.array[i] as PyObject);
  for (let i = keyIdx + 2; i < self.array.length; i++) node.array[i - 2] = incref(self.array[i] as PyObject);
  return { kind: 'newnode', node };
}
