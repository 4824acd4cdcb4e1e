/**
 * The objects the cyclic garbage collector knows about: the three generation lists of GC-tracked
 * objects (in tracking order), the allocation counter that triggers automatic collections, and
 * the lazy untracking of tuples and dicts. Mirrors CPython 3.8 Modules/gcmodule.c
 * `_PyObject_GC_Alloc`, `PyObject_GC_Track`/`UnTrack`, `PyObject_GC_Del`, `gc_generation`.
 * @module
 */
import type { PyObject } from './object.ts';
import { isStaticHandle } from '../heap/handles.ts';

/**
 * A generation list: doubly linked through the objects' `gcPrev`/`gcNext` (CPython's
 * `PyGC_Head`), in tracking order. Offers the part of `Set`'s interface the collector uses.
 */
export class GcList {
  #head: PyObject | null = null;
  #tail: PyObject | null = null;
  #size = 0;

  get size(): number {
    return this.#size;
  }

  has(o: PyObject): boolean {
    return o.gcList === this;
  }

  /** Appends `o` (moving it from any other list); a no-op when it is already here. */
  add(o: PyObject): void {
    const current = o.gcList;
    if (current === this) return;
    if (current !== null) current.delete(o);
    const tail = this.#tail;
    o.gcPrev = tail;
    o.gcNext = null;
    o.gcList = this;
    if (tail === null) this.#head = o;
    else tail.gcNext = o;
    this.#tail = o;
    this.#size++;
  }

  /** Unlinks `o`; whether it was here. */
  delete(o: PyObject): boolean {
    if (o.gcList !== this) return false;
    const prev = o.gcPrev;
    const next = o.gcNext;
    if (prev === null) this.#head = next;
    else prev.gcNext = next;
    if (next === null) this.#tail = prev;
    else next.gcPrev = prev;
    o.gcPrev = null;
    o.gcNext = null;
    o.gcList = null;
    this.#size--;
    return true;
  }

  clear(): void {
    let o = this.#head;
    while (o !== null) {
      const next = o.gcNext;
      o.gcPrev = null;
      o.gcNext = null;
      o.gcList = null;
      o = next;
    }
    this.#head = null;
    this.#tail = null;
    this.#size = 0;
  }

  *[Symbol.iterator](): Generator<PyObject> {
    let o = this.#head;
    while (o !== null) {
      const next = o.gcNext;
      yield o;
      o = next;
    }
  }
}

/** A generation: its tracked objects in list order, its count and threshold. */
export interface Generation {
  objects: GcList;
  count: number;
  threshold: number;
}

/** `_gc_runtime_state`. */
export const gcState = {
  generations: [
    { objects: new GcList(), count: 0, threshold: 700 },
    { objects: new GcList(), count: 0, threshold: 10 },
    { objects: new GcList(), count: 0, threshold: 10 },
  ] as [Generation, Generation, Generation],
  enabled: true,
  collecting: false,
  longLivedTotal: 0,
  longLivedPending: 0,
  /** Tuples found to hold nothing trackable by a collection (`_PyTuple_MaybeUntrack`). */
  untrackedTuples: new Set<PyObject>(),
  /** Runs an automatic collection (installed by the collector). */
  collectGenerations: (): void => undefined,
};

/** Forgets every tracked object (a new run starts). */
export function resetGcState(): void {
  for (const g of gcState.generations) {
    g.objects.clear();
    g.count = 0;
  }
  gcState.generations[0].threshold = 700;
  gcState.generations[1].threshold = 10;
  gcState.generations[2].threshold = 10;
  gcState.enabled = true;
  gcState.collecting = false;
  gcState.longLivedTotal = 0;
  gcState.longLivedPending = 0;
  gcState.untrackedTuples.clear();
}

/** `PyObject_GC_Track` at creation: new objects join generation 0. */
export function gcTrack(o: PyObject): void {
  if (isStaticHandle(o.addressHandle)) return;
  gcState.generations[0].objects.add(o);
}

/** `PyObject_GC_UnTrack` + `PyObject_GC_Del`'s counter update. */
export function gcUntrackOnFree(o: PyObject): void {
  const list = o.gcList;
  if (list !== null) list.delete(o);
  const g0 = gcState.generations[0];
  if (gcState.untrackedTuples.size !== 0) gcState.untrackedTuples.delete(o);
  if (g0.count > 0) g0.count--;
}

/** Removes an object from the lists without freeing it (`PyObject_GC_UnTrack`). */
export function gcUntrack(o: PyObject): void {
  const list = o.gcList;
  if (list !== null) list.delete(o);
}

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

/**
 * The traverse functions of built-in types that visit their instance's `__dict__` themselves
 * (their `tp_dictoffset` is their own): `subtype_traverse` must not visit it a second time for
 * instances of classes derived from them, or the collector would count the dict's reference twice.
 */
export const dictVisitingTraverses = new Set<(self: PyObject, visit: (o: PyObject) => void) => void>();
