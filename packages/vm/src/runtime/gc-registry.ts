/**
 * The objects the cyclic garbage collector knows about: the three generation lists of GC-tracked
 * objects (in tracking order), the allocation counter that triggers automatic collections, and
 * the lazy untracking of tuples and dicts. Mirrors CPython 3.8 Modules/gcmodule.c
 * `_PyObject_GC_Alloc`, `PyObject_GC_Track`/`UnTrack`, `PyObject_GC_Del`, `gc_generation`.
 * @module
 */
import type { PyObject, PyType } from './object.ts';

/**
 * A generation list (CPython's `PyGC_Head` chain), in tracking order: an array of the objects,
 * each knowing its list and position (`gcList`, `gcIndex`). Unlinking leaves a hole, filled by
 * compaction once holes outnumber the live entries; holes at the end are dropped at once, so
 * objects that die young (most) cost a push and a pop. Linking through the objects themselves
 * would write a neighbour's field, a store V8 sees on objects of every class. Offers the part of
 * `Set`'s interface the collector uses.
 */
export class GcList {
  /**
   * The objects in list order, holes where unlinked ones were. Read-only outside this class
   * (PyObject's constructor reads its length: see {@link GcList.append}).
   */
  items: (PyObject | null)[] = [];
  #size = 0;
  /** Iterations in progress: compaction waits for them. */
  #iterating = 0;

  get size(): number {
    return this.#size;
  }

  has(o: PyObject): boolean {
    return o.gcList === this;
  }

  /** Appends `o`, which is in no list and has its `gcIndex` set to `items.length`, without touching it. */
  append(o: PyObject): void {
    this.#size++;
    this.items.push(o);
  }

  /** Appends `o` (moving it from any other list); a no-op when it is already here. */
  add(o: PyObject): void {
    const current = o.gcList;
    if (current === this) return;
    if (current !== null) current.delete(o);
    o.gcList = this;
    o.gcIndex = this.items.length;
    this.items.push(o);
    this.#size++;
  }

  /** Unlinks `o`; whether it was here. */
  delete(o: PyObject): boolean {
    if (o.gcList !== this) return false;
    const items = this.items;
    items[o.gcIndex] = null;
    o.gcList = null;
    this.#size--;
    if (this.#iterating === 0) {
      while (items.length > 0 && items[items.length - 1] === null) items.pop();
      if (items.length > 64 && this.#size * 2 < items.length) this.#compact();
    }
    return true;
  }

  #compact(): void {
    const items = this.items;
    let j = 0;
    for (let i = 0; i < items.length; i++) {
      const o = items[i] as PyObject | null;
      if (o === null) continue;
      o.gcIndex = j;
      items[j++] = o;
    }
    items.length = j;
  }

  clear(): void {
    for (const o of this.items) if (o !== null) o.gcList = null;
    this.forget();
  }

  /**
   * Empties the list without unlinking its objects: each must be {@link GcList.adopt}ed by a list
   * (this one or another) before anything else looks at it. A collection moves every object of
   * the generations it collects this way, writing each once.
   */
  forget(): void {
    this.items = [];
    this.#size = 0;
  }

  /** Appends `o`, whatever list it says it is in (see {@link GcList.forget}). */
  adopt(o: PyObject): void {
    o.gcList = this;
    o.gcIndex = this.items.length;
    this.items.push(o);
    this.#size++;
  }

  /** The objects in list order, as a new array. */
  toArray(): PyObject[] {
    const out: PyObject[] = [];
    this.pushTo(out);
    return out;
  }

  /** Appends the objects, in list order, to `out`. */
  pushTo(out: PyObject[]): void {
    for (const o of this.items) if (o !== null) out.push(o);
  }

  *[Symbol.iterator](): Generator<PyObject> {
    this.#iterating++;
    try {
      const items = this.items;
      for (let i = 0; i < items.length; i++) {
        const o = items[i];
        if (o != null) yield o;
      }
    } finally {
      this.#iterating--;
    }
  }
}

/** A generation: its tracked objects in list order, its count and threshold. */
export interface Generation {
  objects: GcList;
  count: number;
  threshold: number;
  /** `generation_stats`: collections of this generation, and the objects they found unreachable and uncollectable. */
  collections: number;
  collected: number;
  uncollectable: number;
}

/** `_gc_runtime_state`. */
export const gcState = {
  generations: [
    { objects: new GcList(), count: 0, threshold: 700, collections: 0, collected: 0, uncollectable: 0 },
    { objects: new GcList(), count: 0, threshold: 10, collections: 0, collected: 0, uncollectable: 0 },
    { objects: new GcList(), count: 0, threshold: 10, collections: 0, collected: 0, uncollectable: 0 },
  ] as [Generation, Generation, Generation],
  /** `permanent_generation`: what `gc.freeze()` moved out of the collector's sight. */
  permanent: new GcList(),
  enabled: true,
  collecting: false,
  longLivedTotal: 0,
  longLivedPending: 0,
  /** Tuples found to hold nothing trackable by a collection (`_PyTuple_MaybeUntrack`). */
  untrackedTuples: new Set<PyObject>(),
  /** Runs an automatic collection (installed by the collector). */
  collectGenerations: (): void => undefined,
  /** `gc.set_debug` flags (`DEBUG_STATS` 1, `DEBUG_COLLECTABLE` 2, `DEBUG_SAVEALL` 32). */
  debug: 0,
  /** Appends an object to `gc.garbage` (installed by the gc module; null before it is imported). */
  saveGarbage: null as ((o: PyObject) => void) | null,
};

/** `DEBUG_STATS`: a collection prints what it does. */
export const DEBUG_STATS = 1;
/** `DEBUG_COLLECTABLE`: a collection prints each object it found unreachable. */
export const DEBUG_COLLECTABLE = 2;
/** `DEBUG_SAVEALL`: unreachable objects go to `gc.garbage` instead of being cleared. */
export const DEBUG_SAVEALL = 32;

/** Forgets every tracked object (a new run starts). */
export function resetGcState(): void {
  for (const g of gcState.generations) {
    g.objects.clear();
    g.count = 0;
    g.collections = g.collected = g.uncollectable = 0;
  }
  gcState.permanent.clear();
  gcState.generations[0].threshold = 700;
  gcState.generations[1].threshold = 10;
  gcState.generations[2].threshold = 10;
  gcState.enabled = true;
  gcState.collecting = false;
  gcState.longLivedTotal = 0;
  gcState.longLivedPending = 0;
  gcState.untrackedTuples.clear();
  gcState.debug = 0;
  gcState.saveGarbage = null;
}

/** Generation 0's list, which new GC objects join (the same list for every run). */
export const youngestGeneration: GcList = gcState.generations[0].objects;

/**
 * The unreachable objects of the collection under way, while its finalizers and `tp_clear`s run,
 * or null. An object deallocated meanwhile leaves it, as its dealloc's `PyObject_GC_UnTrack`
 * unlinks it from CPython's unreachable list: its host object may then serve a new object (a
 * frame's free list, a pool reuses it), which the collection must neither finalize nor count.
 */
let collectingSet: Set<PyObject> | null = null;

/** Makes `set` the collection's unreachable set (see {@link leaveCollectingSet}); returns the one it replaces. */
export function setCollectingSet(set: Set<PyObject> | null): Set<PyObject> | null {
  const previous = collectingSet;
  collectingSet = set;
  return previous;
}

/** Called as `o` is deallocated: it leaves the unreachable set of a collection under way. */
export function leaveCollectingSet(o: PyObject): void {
  if (collectingSet !== null) collectingSet.delete(o);
}

/** `PyObject_GC_UnTrack`, and `PyObject_GC_Del`'s counter update unless the object's memory went on a free list (`kept`). */
export function gcUntrackOnFree(o: PyObject, kept: boolean): void {
  const list = o.gcList;
  if (list !== null) list.delete(o);
  const g0 = gcState.generations[0];
  if (gcState.untrackedTuples.size !== 0) gcState.untrackedTuples.delete(o);
  if (!kept && g0.count > 0) g0.count--;
}

/**
 * `if (!_PyObject_GC_IS_TRACKED(t)) _PyObject_GC_TRACK(t)` for a result tuple an iterator
 * refills and hands out again: a collection may have untracked it while it held only untracked
 * items (bpo-42536).
 */
export function gcRetrackTuple(o: PyObject): void {
  if (gcState.untrackedTuples.size !== 0) gcState.untrackedTuples.delete(o);
}

/** `PyObject_GC_Del` of memory whose object is untracked already (a kept frame): the allocation count drops. */
export function gcNoteFree(): void {
  const g0 = gcState.generations[0];
  if (g0.count > 0) g0.count--;
}

/** Removes an object from the lists without freeing it (`PyObject_GC_UnTrack`). */
export function gcUntrack(o: PyObject): void {
  const list = o.gcList;
  if (list !== null) list.delete(o);
}

/**
 * GC types whose instances CPython tracks only sometimes (a ContextVar holding nothing that can
 * be in a cycle, a HAMT iterator): for them, being tracked is being in a generation list.
 */
export const selectivelyTracked = new Set<PyType>();

/** Whether `o` is in a generation list (before lazy untracking rules). */
export function inGenerations(o: PyObject): boolean {
  return o.gcList !== null;
}

/**
 * `_PyObject_GC_Alloc`'s bookkeeping: counts the allocation of a GC object and collects when
 * generation 0 is over its threshold.
 */
export function gcNoteAllocation(): void {
  const g0 = gcState.generations[0];
  g0.count++;
  if (g0.count > g0.threshold && g0.threshold !== 0 && gcState.enabled && !gcState.collecting) {
    gcState.collecting = true;
    try {
      gcState.collectGenerations();
    } finally {
      gcState.collecting = false;
    }
  }
}

