/**
 * The objects the cyclic garbage collector knows about: the three generation lists of GC-tracked
 * objects (in tracking order), the allocation counter that triggers automatic collections, and
 * the lazy untracking of tuples and dicts. Mirrors CPython 3.8 Modules/gcmodule.c
 * `_PyObject_GC_Alloc`, `PyObject_GC_Track`/`UnTrack`, `PyObject_GC_Del`, `gc_generation`.
 * @module
 */
import type { PyObject } from './object.ts';

/** Addresses at or above this are static (never freed, never tracked). */
const STATIC_BASE = 0x7f00_0000_0000;

/** A generation: its tracked objects in list order, its count and threshold. */
export interface Generation {
  objects: Set<PyObject>;
  count: number;
  threshold: number;
}

/** `_gc_runtime_state`. */
export const gcState = {
  generations: [
    { objects: new Set<PyObject>(), count: 0, threshold: 700 },
    { objects: new Set<PyObject>(), count: 0, threshold: 10 },
    { objects: new Set<PyObject>(), count: 0, threshold: 10 },
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
  if (o.address >= STATIC_BASE) return;
  gcState.generations[0].objects.add(o);
}

/** `PyObject_GC_UnTrack` + `PyObject_GC_Del`'s counter update. */
export function gcUntrackOnFree(o: PyObject): void {
  const [g0, g1, g2] = gcState.generations;
  if (!g0.objects.delete(o) && !g1.objects.delete(o)) g2.objects.delete(o);
  if (gcState.untrackedTuples.size !== 0) gcState.untrackedTuples.delete(o);
  if (g0.count > 0) g0.count--;
}

/** Removes an object from the lists without freeing it (`PyObject_GC_UnTrack`). */
export function gcUntrack(o: PyObject): void {
  const [g0, g1, g2] = gcState.generations;
  if (!g0.objects.delete(o) && !g1.objects.delete(o)) g2.objects.delete(o);
}

/** Whether `o` is in a generation list (before lazy untracking rules). */
export function inGenerations(o: PyObject): boolean {
  const [g0, g1, g2] = gcState.generations;
  return g0.objects.has(o) || g1.objects.has(o) || g2.objects.has(o);
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
