/**
 * The nodes of the immutable mapping behind `contextvars.Context` (a hash array mapped trie):
 * bitmap nodes (up to 16 key/value pairs or sub-nodes, placed by a 32-bit bitmap), array nodes
 * (32 sub-node slots) and collision nodes (keys whose folded hashes are equal), each a GC object
 * of CPython's size on the simulated heap, with the per-run empty bitmap node CPython caches.
 * Mirrors CPython 3.8 Python/hamt.c (`PyHamtNode_Bitmap`, `PyHamtNode_Array`,
 * `PyHamtNode_Collision`, `hamt_hash`, `hamt_node_*_new`, `*_dealloc`, `*_traverse`).
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { hashObject } from '../runtime/abstract-compare.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { unhashable } from '../runtime/core-types.ts';
import { obSizeReaders } from '../runtime/ob-size.ts';

/** `HAMT_ARRAY_NODE_SIZE`. */
export const HAMT_ARRAY_NODE_SIZE = 32;

/** `_PyHamt_BitmapNode_Type`: a var-sized object, 8 bytes per slot. */
export const hamtBitmapNodeType: PyType = staticType({ name: 'hamt_bitmap_node', basicsize: 32, itemsize: 8, flags: TPFLAGS_HAVE_GC });
/** `_PyHamt_ArrayNode_Type`: 32 child pointers and a count. */
export const hamtArrayNodeType: PyType = staticType({ name: 'hamt_array_node', basicsize: 280, flags: TPFLAGS_HAVE_GC });
/** `_PyHamt_CollisionNode_Type`: a var-sized object, 8 bytes per slot. */
export const hamtCollisionNodeType: PyType = staticType({ name: 'hamt_collision_node', basicsize: 32, itemsize: 8, flags: TPFLAGS_HAVE_GC });
for (const t of [hamtBitmapNodeType, hamtArrayNodeType, hamtCollisionNodeType]) unhashable.add(t);
for (const t of [hamtBitmapNodeType, hamtCollisionNodeType]) obSizeReaders.set(t, (o) => (o as HamtBitmapNode | HamtCollisionNode).array.length);

/**
 * `PyHamtNode_Bitmap`: `array` holds `size` slots, key/value pairs in bitmap order; a null key
 * means the value slot is a sub-node one level down.
 */
export class HamtBitmapNode extends PyObject {
  bitmap = 0;
  readonly array: (PyObject | null)[];

  constructor(address: number, size: number) {
    super(hamtBitmapNodeType, address);
    this.array = new Array<PyObject | null>(size).fill(null);
  }
}

/** `PyHamtNode_Array`: 32 sub-node slots and how many are filled. */
export class HamtArrayNode extends PyObject {
  readonly array: (HamtNode | null)[] = new Array<HamtNode | null>(HAMT_ARRAY_NODE_SIZE).fill(null);
  count: number;

  constructor(address: number, count: number) {
    super(hamtArrayNodeType, address);
    this.count = count;
  }
}

/** `PyHamtNode_Collision`: key/value pairs whose keys share the folded hash `hash`. */
export class HamtCollisionNode extends PyObject {
  readonly hash: number;
  readonly array: (PyObject | null)[];

  constructor(address: number, hash: number, size: number) {
    super(hamtCollisionNodeType, address);
    this.hash = hash;
    this.array = new Array<PyObject | null>(size).fill(null);
  }
}

/** Any tree node. */
export type HamtNode = HamtBitmapNode | HamtArrayNode | HamtCollisionNode;

/** `_empty_bitmap_node`: made by the first empty bitmap node a run asks for, kept until it ends. */
let emptyBitmapNode: HamtBitmapNode | null = null;

/** Forgets the cached empty node of the previous run (its heap is gone). */
export function resetHamtNodes(): void {
  emptyBitmapNode = null;
}

/** `_PyHamt_Fini`'s second half: lets go of the cached empty bitmap node. */
export function finiHamtNodes(): void {
  const node = emptyBitmapNode;
  emptyBitmapNode = null;
  xdecref(node);
}

/** `hamt_node_bitmap_new(size)`: a new reference (the cached empty node for size 0). */
export function bitmapNew(size: number): HamtBitmapNode {
  if (size === 0 && emptyBitmapNode !== null) return incref(emptyBitmapNode);
  const node = new HamtBitmapNode(allocateAddress(hamtBitmapNodeType, size), size);
  if (size === 0) emptyBitmapNode = incref(node);
  return node;
}

/** `hamt_node_array_new(count)`. */
export function arrayNew(count: number): HamtArrayNode {
  return new HamtArrayNode(allocateAddress(hamtArrayNodeType), count);
}

/** `hamt_node_collision_new(hash, size)`. */
export function collisionNew(hash: number, size: number): HamtCollisionNode {
  return new HamtCollisionNode(allocateAddress(hamtCollisionNodeType, size), hash, size);
}

/** `hamt_node_bitmap_clone`: a new node with the same slots (each a new reference). */
export function bitmapClone(node: HamtBitmapNode): HamtBitmapNode {
  const clone = bitmapNew(node.array.length);
  for (let i = 0; i < node.array.length; i++) {
    const o = node.array[i] ?? null;
    if (o !== null) incref(o);
    clone.array[i] = o;
  }
  clone.bitmap = node.bitmap;
  return clone;
}

/** `hamt_node_array_clone`. */
export function arrayClone(node: HamtArrayNode): HamtArrayNode {
  const clone = arrayNew(node.count);
  for (let i = 0; i < HAMT_ARRAY_NODE_SIZE; i++) {
    const o = node.array[i] ?? null;
    if (o !== null) incref(o);
    clone.array[i] = o;
  }
  return clone;
}

/**
 * `hamt_hash`: the object's 64-bit hash folded to 32 bits by XOR of its halves (-1 becomes -2).
 * It shapes the tree, so it decides the iteration order.
 */
export function hamtHash(o: PyObject): number {
  const h = hashObject(o);
  const folded = Number(BigInt.asIntN(32, h)) ^ Number(BigInt.asIntN(32, h >> 32n));
  return folded === -1 ? -2 : folded;
}

/** `hamt_mask`: the 5 bits of `hash` for the level at `shift`. */
export function hamtMask(hash: number, shift: number): number {
  return (hash >>> shift) & 0x1f;
}

/** `hamt_bitpos`. */
export function hamtBitpos(hash: number, shift: number): number {
  return (1 << hamtMask(hash, shift)) >>> 0;
}

/** `hamt_bitcount`: the set bits of a 32-bit word. */
export function hamtBitcount(i: number): number {
  let v = i >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** `hamt_bitindex`: where the slot for `bit` is among the bitmap's set bits. */
export function hamtBitindex(bitmap: number, bit: number): number {
  return hamtBitcount((bitmap & (bit - 1)) >>> 0);
}

// Deallocation drops the slots last first, as `hamt_node_bitmap_dealloc` and
// `hamt_node_collision_dealloc` do; an array node drops them first to last.
function releaseSlotsBackwards(self: PyObject): void {
  const node = self as HamtBitmapNode | HamtCollisionNode;
  const array = node.array;
  for (let i = array.length - 1; i >= 0; i--) {
    const o = array[i] ?? null;
    array[i] = null;
    if (o !== null) decref(o);
  }
  freeObject(self);
}

hamtBitmapNodeType.dealloc = releaseSlotsBackwards;
hamtCollisionNodeType.dealloc = releaseSlotsBackwards;
hamtArrayNodeType.dealloc = (self) => {
  const array = (self as HamtArrayNode).array;
  for (let i = 0; i < HAMT_ARRAY_NODE_SIZE; i++) {
    const o = array[i] ?? null;
    array[i] = null;
    if (o !== null) decref(o);
  }
  freeObject(self);
};

const traverseBackwards = (self: PyObject, visit: (o: PyObject) => void): void => {
  const array = (self as HamtBitmapNode | HamtCollisionNode).array;
  for (let i = array.length - 1; i >= 0; i--) {
    const o = array[i] ?? null;
    if (o !== null) visit(o);
  }
};
hamtBitmapNodeType.traverse = traverseBackwards;
hamtCollisionNodeType.traverse = traverseBackwards;
hamtArrayNodeType.traverse = (self, visit) => {
  for (const o of (self as HamtArrayNode).array) if (o !== null) visit(o);
};
