/**
 * The immutable mapping a `contextvars.Context` holds its variables in (`hamt` objects, their
 * `keys`/`values`/`items` iterators), walked depth first in slot order, which is the order of
 * the keys' folded hashes read 5 bits at a time from the low end. The empty mapping is cached per
 * run as CPython caches it. Mirrors CPython 3.8 Python/hamt.c (`_PyHamt_*`, `hamt_iterator_*`,
 * `hamt_baseiter_*`).
 * @module
 */
import { newTuple } from './tuple.ts';
import { richCompareBool, EQ } from '../runtime/abstract-compare.ts';
import { staticType, unhashable } from '../runtime/core-types.ts';
import { gcUntrack, selectivelyTracked } from '../runtime/gc-registry.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { nodeAssoc } from './hamt-assoc.ts';
import { HAMT_ARRAY_NODE_SIZE, HamtArrayNode, HamtBitmapNode, bitmapNew, finiHamtNodes, hamtHash, resetHamtNodes, type HamtNode } from './hamt-node.ts';
import { nodeFind, nodeWithout } from './hamt-without.ts';

/** `_PyHamt_Type`. */
export const hamtType: PyType = staticType({ name: 'hamt', basicsize: 40, flags: TPFLAGS_HAVE_GC });
hamtType.weakrefable = true;
unhashable.add(hamtType);

/** `PyHamtObject`: the root node and the number of keys. */
export class PyHamt extends PyObject {
  root: HamtNode | null = null;
  count = 0;
}

/** `_empty_hamt`: the empty mapping, made on first need in a run and kept until it ends. */
let emptyHamt: PyHamt | null = null;

/** Forgets the previous run's cached empty mapping and node (their heap is gone). */
export function resetHamt(): void {
  emptyHamt = null;
  resetHamtNodes();
}

/** `_PyHamt_Fini`: lets go of the cached empty mapping and empty node. */
export function finiHamt(): void {
  const o = emptyHamt;
  emptyHamt = null;
  xdecref(o);
  finiHamtNodes();
}

/** `hamt_alloc`. */
function hamtAlloc(): PyHamt {
  return new PyHamt(hamtType, allocateAddress(hamtType));
}

/** `_PyHamt_New`: a new reference to the empty mapping. */
export function hamtNew(): PyHamt {
  if (emptyHamt !== null) return incref(emptyHamt);
  const o = hamtAlloc();
  o.root = bitmapNew(0);
  emptyHamt = incref(o);
  return o;
}

/** `_PyHamt_Assoc`: a new reference to `o` with `key` mapped to `val` (`o` itself when it already is). */
export function hamtAssoc(o: PyHamt, key: PyObject, val: PyObject): PyHamt {
  const hash = hamtHash(key);
  const leaf = { added: false };
  const root = nodeAssoc(o.root as HamtNode, 0, hash, key, val, leaf);
  if (root === o.root) {
    decref(root);
    return incref(o);
  }
  const created = hamtAlloc();
  created.root = root;
  created.count = leaf.added ? o.count + 1 : o.count;
  return created;
}

/** `_PyHamt_Without`: a new reference to `o` without `key` (`o` itself when it lacks it). */
export function hamtWithout(o: PyHamt, key: PyObject): PyHamt {
  const res = nodeWithout(o.root as HamtNode, 0, hamtHash(key), key);
  switch (res.kind) {
    case 'empty':
      return hamtNew();
    case 'not_found':
      return incref(o);
    case 'newnode': {
      const created = hamtAlloc();
      created.root = res.node;
      created.count = o.count - 1;
      return created;
    }
  }
}

/** `_PyHamt_Find`: the value of `key` (borrowed), or null. */
export function hamtFind(o: PyHamt, key: PyObject): PyObject | null {
  if (o.count === 0) return null;
  return nodeFind(o.root as HamtNode, 0, hamtHash(key), key);
}

/** `PyHamtIteratorState`: the path from the root to the node being walked, and a position in each. */
export class HamtIteratorState {
  readonly nodes: (HamtNode | null)[] = new Array<HamtNode | null>(8).fill(null);
  readonly pos: number[] = new Array<number>(8).fill(0);
  level = 0;

  constructor(root: HamtNode) {
    this.nodes[0] = root;
  }

  /** `hamt_iterator_next`: the next key and value (borrowed), or null at the end. */
  next(): [PyObject, PyObject] | null {
    while (this.level >= 0) {
      const level = this.level;
      const node = this.nodes[level] as HamtNode;
      const pos = this.pos[level] as number;
      if (node instanceof HamtArrayNode) {
        let i = pos;
        while (i < HAMT_ARRAY_NODE_SIZE && node.array[i] === null) i++;
        if (i >= HAMT_ARRAY_NODE_SIZE) {
          this.level--;
          continue;
        }
        this.pos[level] = i + 1;
        this.descend(node.array[i] as HamtNode);
        continue;
      }
      if (pos + 1 >= node.array.length) {
        this.level--;
        continue;
      }
      const key = node.array[pos] ?? null;
      this.pos[level] = pos + 2;
      if (key === null && node instanceof HamtBitmapNode) {
        this.descend(node.array[pos + 1] as HamtNode);
        continue;
      }
      return [key as PyObject, node.array[pos + 1] as PyObject];
    }
    return null;
  }

  private descend(node: HamtNode): void {
    const next = this.level + 1;
    this.level = next;
    this.pos[next] = 0;
    this.nodes[next] = node;
  }
}

/** `_PyHamt_Eq`: the same keys, and equal values (compared with `==`). */
export function hamtEq(v: PyHamt, w: PyHamt): boolean {
  if (v === w) return true;
  if (v.count !== w.count) return false;
  const iter = new HamtIteratorState(v.root as HamtNode);
  for (let item = iter.next(); item !== null; item = iter.next()) {
    const wVal = hamtFind(w, item[0]);
    if (wVal === null) return false;
    if (!richCompareBool(item[1], wVal, EQ)) return false;
  }
  return true;
}

hamtType.dealloc = (self) => {
  const o = self as PyHamt;
  const root = o.root;
  o.root = null;
  xdecref(root);
  freeObject(self);
};
hamtType.traverse = (self, visit) => {
  const root = (self as PyHamt).root;
  if (root !== null) visit(root);
};
hamtType.clear = (self) => {
  const o = self as PyHamt;
  const root = o.root;
  o.root = null;
  xdecref(root);
};

/** What a HAMT iterator yields for each pair. */
type HamtYield = (key: PyObject, val: PyObject) => PyObject;

/** `PyHamtIterator`: the mapping (owned) and the walk over it. */
export class PyHamtIterator extends PyObject {
  hamt: PyHamt | null = null;
  state: HamtIteratorState | null = null;
  yieldItem: HamtYield = (key) => incref(key);
}

function iteratorType(name: string): PyType {
  const t = staticType({ name, basicsize: 168, flags: TPFLAGS_HAVE_GC });
  selectivelyTracked.add(t);
  t.iter = (self) => incref(self);
  t.iternext = (self) => {
    const it = self as PyHamtIterator;
    const item = it.state?.next() ?? null;
    return item === null ? null : it.yieldItem(item[0], item[1]);
  };
  t.length = (self) => (self as PyHamtIterator).hamt?.count ?? 0;
  const clear = (self: PyObject): void => {
    const it = self as PyHamtIterator;
    const o = it.hamt;
    it.hamt = null;
    xdecref(o);
  };
  t.clear = clear;
  t.dealloc = (self) => {
    clear(self);
    freeObject(self);
  };
  t.traverse = (self, visit) => {
    const o = (self as PyHamtIterator).hamt;
    if (o !== null) visit(o);
  };
  return t;
}

/** `_PyHamtItems_Type`, `_PyHamtKeys_Type`, `_PyHamtValues_Type`. */
const iterTypes = { items: iteratorType('items'), keys: iteratorType('keys'), values: iteratorType('values') } as const;

const yields: Readonly<Record<keyof typeof iterTypes, HamtYield>> = {
  items: (key, val) => newTuple([key, val]),
  keys: (key) => incref(key),
  values: (_key, val) => incref(val),
};

/**
 * `_PyHamt_NewIterKeys` / `_PyHamt_NewIterValues` / `_PyHamt_NewIterItems`: a new iterator over
 * `o` (left untracked by the collector, as `hamt_baseiter_new` leaves it).
 */
export function hamtNewIter(o: PyHamt, kind: keyof typeof iterTypes): PyHamtIterator {
  const type = iterTypes[kind];
  const it = new PyHamtIterator(type, allocateAddress(type));
  gcUntrack(it);
  it.hamt = incref(o);
  it.yieldItem = yields[kind];
  it.state = new HamtIteratorState(o.root as HamtNode);
  return it;
}
