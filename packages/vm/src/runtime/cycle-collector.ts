/**
 * The cyclic garbage collector: finds groups of tracked objects referenced only from each other,
 * clears weak references to them (running the callbacks of reachable weakrefs), runs their
 * finalizers once (PEP 442), keeps them all for a later collection when a finalizer resurrected
 * any of them, and otherwise breaks them with `tp_clear`. Mirrors CPython 3.8 Modules/gcmodule.c `collect`, `update_refs`, `subtract_refs`,
 * `move_unreachable`, `untrack_tuples`, `handle_weakrefs`, `finalize_garbage`, `check_garbage`
 * (3.8's rule: one resurrected object keeps the whole unreachable set) and `delete_garbage`.
 * @module
 */
import { PyWeakref, clearRefKeepCallback } from '../objects/weakref.ts';
import { PyDict } from '../objects/dict.ts';
import { PyTuple, tupleType } from '../objects/tuple.ts';
import { dictType } from '../objects/dict.ts';
import { callObject } from './call.ts';
import { PyRaise } from './errors.ts';
import { DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, gcState, selectivelyTracked, setCollectingSet, type GcList } from './gc-registry.ts';
import { writeStderr } from './io.ts';
import { tpName } from './type-name.ts';
import { decref, incref, isFinalized, markFinalized, PyType, type PyObject } from './object.ts';
import { writeUnraisable } from './unraisable.ts';
import { clearFreeLists } from './memory.ts';
import { frameType } from '../objects/frame.ts';
import { gcClearOf, gcTraverseOf } from './gc-slots.ts';

/** `_PyObject_GC_MAY_BE_TRACKED`. */
export function mayBeTracked(o: PyObject): boolean {
  // `PyObject_IS_GC`: a static type is left out by `type_is_gc`.
  if (!isGcObject(o)) return false;
  // The empty tuple holds nothing tracked: CPython's collections at start-up have untracked it.
  if (o.type === tupleType) return o instanceof PyTuple && o.items.length > 0 && !gcState.untrackedTuples.has(o);
  return true;
}

/** Whether an exact dict takes part (dicts are tracked once they hold something trackable). */
function dictTracked(d: PyObject): boolean {
  const s = (d as PyDict).storage;
  for (let i = 0; i < s.keys.length; i++) {
    const k = s.keys[i];
    if (k != null && (mayBeTracked(k) || mayBeTracked(s.values[i] as PyObject))) return true;
  }
  return false;
}

/** `gc.is_tracked`. */
export function isTracked(o: PyObject): boolean {
  if (!o.type.isGc) return false;
  if (o instanceof PyType && !o.isHeapType) return false;
  if (o.type === dictType) return dictTracked(o);
  // A frame is tracked once it outlives its evaluation or belongs to a generator (`_PyFrame_New_NoTrack`).
  if (o.type === frameType || selectivelyTracked.has(o.type)) return o.gcList !== null;
  // The empty tuple holds nothing tracked: CPython's collections at start-up have untracked it.
  if (o.type === tupleType) return o instanceof PyTuple && o.items.length > 0 && !gcState.untrackedTuples.has(o);
  return true;
}

/** `PyObject_IS_GC`: the type supports the collector (static types are left out by `tp_is_gc`). */
export function isGcObject(o: PyObject): boolean {
  return o.type.isGc && !(o instanceof PyType && !o.isHeapType);
}

function participates(o: PyObject): boolean {
  if (o.type === dictType) return dictTracked(o);
  // A frame is tracked once it outlives its evaluation or belongs to a generator (`_PyFrame_New_NoTrack`).
  if (o.type === frameType || selectivelyTracked.has(o.type)) return o.gcList !== null;
  // The empty tuple holds nothing tracked: CPython's collections at start-up have untracked it.
  if (o.type === tupleType) return o instanceof PyTuple && o.items.length > 0 && !gcState.untrackedTuples.has(o);
  return true;
}

/** move_unreachable's states of a young object: not yet scanned, reachable (scanned), unreachable. */
const UNSCANNED = 0;
const REACHABLE = 1;
const UNREACHABLE = 2;

/**
 * `deduce_unreachable`: splits `young` (in list order) into reachable and unreachable lists.
 * As CPython keeps `gc_refs` in each object's GC head, each young object's `gcIndex` holds its
 * position `i` in `young` as `~i` while this runs (traversal runs no Python code, so no list is
 * touched), and the counts and states live in arrays by that position: an object `r` met in a
 * traversal is young exactly when its `gcIndex` is negative (a list position never is), which
 * asks nothing of any other object (`gc_is_collecting`).
 */
function deduceUnreachable(young: PyObject[]): { reachable: PyObject[]; unreachable: Set<PyObject> } {
  const n = young.length;
  // Int32Array, not Float64Array: a double read back and stored into `gcIndex` would make the
  // field a boxed double (a 16-byte heap number) in every object of every GC type from then on.
  const savedIndex = new Int32Array(n);
  const refs = new Int32Array(n);
  const state = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const o = young[i] as PyObject;
    savedIndex[i] = o.gcIndex;
    o.gcIndex = ~i;
    refs[i] = o.refcnt;
  }
  const position = (r: PyObject): number => {
    const k = r.gcIndex;
    return k < 0 ? ~k : -1;
  };
  // subtract_refs
  const subtract = (r: PyObject): void => {
    const k = position(r);
    if (k >= 0) refs[k] = (refs[k] as number) - 1;
  };
  for (let i = 0; i < n; i++) {
    const o = young[i] as PyObject;
    gcTraverseOf(o)(o, subtract);
  }
  // move_unreachable: a young object found unreachable and then referred to from a reachable one
  // goes back to the end of the list, to be scanned again.
  // Each object goes back at most once (with a count of 1 it is reachable when scanned again).
  const list = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) list[i] = i;
  let listed = n;
  const unreachableOrder = new Int32Array(n);
  let found = 0;
  const reachable: PyObject[] = [];
  const reach = (r: PyObject): void => {
    const k = position(r);
    if (k < 0 || state[k] === REACHABLE) return;
    if (state[k] === UNREACHABLE) {
      state[k] = UNSCANNED;
      list[listed++] = k;
      refs[k] = 1;
    } else if (refs[k] === 0) refs[k] = 1;
  };
  for (let j = 0; j < listed; j++) {
    const i = list[j] as number;
    if (state[i] === REACHABLE) continue;
    const o = young[i] as PyObject;
    if ((refs[i] as number) > 0) {
      state[i] = REACHABLE;
      reachable.push(o);
      gcTraverseOf(o)(o, reach);
    } else {
      state[i] = UNREACHABLE;
      unreachableOrder[found++] = i;
    }
  }
  // An object leaves the unreachable list at most once, for good: the rest keep their order.
  const unreachable = new Set<PyObject>();
  for (let j = 0; j < found; j++) {
    const i = unreachableOrder[j] as number;
    if (state[i] === UNREACHABLE) unreachable.add(young[i] as PyObject);
  }
  for (let i = 0; i < n; i++) (young[i] as PyObject).gcIndex = savedIndex[i] as number;
  return { reachable, unreachable };
}

/** `untrack_tuples`. */
function untrackTuples(objects: PyObject[]): number {
  let untracked = 0;
  for (const o of objects) {
    if (o.type !== tupleType || !(o instanceof PyTuple)) continue;
    if (!o.items.some((x) => mayBeTracked(x))) {
      gcState.untrackedTuples.add(o);
      untracked++;
    }
  }
  return untracked;
}

/** How many of `objects` CPython still tracks (`gc_list_size` after `untrack_dicts`). */
function trackedCount(objects: readonly PyObject[]): number {
  let n = 0;
  for (const o of objects) if (isTracked(o)) n++;
  return n;
}

/**
 * Told of each object whose weak references a collection clears, before any finalizer runs: a
 * host keeping a weak registry natively (asyncio's `_all_tasks`, a `WeakSet` in CPython) drops the
 * object there, as the callback of its weak reference would.
 */
export const weakrefsClearedObservers: Set<(o: PyObject) => void> = new Set();

/** `handle_weakrefs`: returns how many weakrefs with honoured callbacks were freed. */
function handleWeakrefs(unreachable: Set<PyObject>): number {
  const toCall: PyWeakref[] = [];
  for (const o of unreachable) {
    for (const observer of weakrefsClearedObservers) observer(o);
    if (o instanceof PyWeakref) clearRefKeepCallback(o);
    const list = o.weakrefs as PyWeakref[] | null;
    if (list === null) continue;
    for (const w of [...list]) {
      clearRefKeepCallback(w);
      if (w.callback === null || unreachable.has(w)) continue;
      toCall.push(incref(w));
    }
    o.weakrefs = null;
  }
  let freed = 0;
  for (const w of toCall) {
    const callback = w.callback;
    if (callback !== null) {
      try {
        decref(callObject(callback, [w], null));
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        writeUnraisable(e, callback);
      }
    }
    if (w.refcnt === 1) freed++;
    decref(w);
  }
  return freed;
}

/** `finalize_garbage`: `tp_finalize` once on each object that has one. */
function finalizeGarbage(unreachable: Set<PyObject>): void {
  for (const o of [...unreachable]) {
    // Freed by an earlier finalizer (and so out of the set), or alive again as another object.
    if (!unreachable.has(o) || o.refcnt <= 0) continue;
    const finalize = o.type.finalize;
    if (finalize === undefined || isFinalized(o)) continue;
    markFinalized(o);
    incref(o);
    finalize(o);
    decref(o);
  }
}

/**
 * `delete_garbage`: `tp_clear` on each object still in the set, or, under `DEBUG_SAVEALL`, the
 * object appended to `gc.garbage` instead.
 */
function deleteGarbage(unreachable: PyObject[], alive: Set<PyObject>, saveAll = false): void {
  for (const o of unreachable) {
    if (!alive.has(o) || o.refcnt <= 0) continue;
    if (saveAll && gcState.saveGarbage !== null) {
      gcState.saveGarbage(o);
      continue;
    }
    const clear = gcClearOf(o);
    if (clear === undefined) continue;
    incref(o);
    try {
      clear(o);
    } finally {
      decref(o);
    }
  }
}

/** `collect(generation)`: the number of unreachable objects found. */
export function collect(generation: number): number {
  const gens = gcState.generations;
  const gen = gens[generation] ?? gens[2];
  const debug = gcState.debug;
  if ((debug & DEBUG_STATS) !== 0) {
    writeStderr(`gc: collecting generation ${generation}...\n`);
    writeStderr(`gc: objects in each generation: ${gens.map((g) => g.objects.size).join(' ')}\ngc: objects in permanent generation: ${gcState.permanent.size}\n`);
  }
  if (generation + 1 < 3) (gens[generation + 1] ?? gens[2]).count += 1;
  for (let i = 0; i <= generation; i++) (gens[i] ?? gens[2]).count = 0;
  // What takes part, and what the collection skips (untracked dicts and tuples), in list order:
  // the collected generation's objects, then the younger ones'.
  const young: PyObject[] = [];
  const skipped: PyObject[] = [];
  const sort = (list: GcList): void => {
    for (const o of list.items) if (o !== null) (o.refcnt > 0 && participates(o) ? young : skipped).push(o);
  };
  sort(gen.objects);
  for (let i = 0; i < generation; i++) sort((gens[i] ?? gens[2]).objects);
  const { reachable, unreachable } = deduceUnreachable(young);
  const untracked = untrackTuples(reachable);
  // The survivors' share of the rule that holds back full collections (`long_lived_pending`).
  if (generation === 1) gcState.longLivedPending += reachable.length - untracked;
  else if (generation === 2) {
    gcState.longLivedPending = 0;
    gcState.longLivedTotal = trackedCount(reachable);
  }
  // Survivors move to the next generation (or stay in the oldest).
  const old = generation < 2 ? (gens[generation + 1] ?? gens[2]) : gen;
  // Every object of the emptied lists goes in a list again just below.
  for (let i = 0; i <= generation; i++) (gens[i] ?? gens[2]).objects.forget();
  // Survivors go in the order move_unreachable left them: an object moved back to the young list
  // when something reachable referred to it comes after the rest (as a list's items, visited
  // last first, do). Objects the collection skips (untracked dicts and tuples) follow.
  for (const o of reachable) old.objects.adopt(o);
  for (const o of skipped) old.objects.adopt(o);
  for (const o of unreachable) gen.objects.adopt(o);
  if ((debug & DEBUG_COLLECTABLE) !== 0) {
    for (const o of unreachable) writeStderr(`gc: collectable <${tpName(o.type)} 0x${o.address.toString(16)}>\n`);
  }
  // What the callbacks and finalizers free leaves the set (gc-registry.ts `gcUntrackOnFree`).
  const outer = setCollectingSet(unreachable);
  let m: number;
  try {
    m = handleWeakrefs(unreachable);
    finalizeGarbage(unreachable);
  } finally {
    setCollectingSet(outer);
  }
  // check_garbage: a finalizer that resurrected any object (a reference from outside the set
  // now) makes 3.8 keep the whole set for a later collection, which finds it finalized already.
  const live = [...unreachable].filter((o) => o.refcnt > 0);
  const second = deduceUnreachable(live);
  if (second.reachable.length > 0) {
    for (const o of live) {
      gen.objects.delete(o);
      old.objects.add(o);
    }
    if ((debug & DEBUG_STATS) !== 0) writeStderr(`gc: done, ${m} unreachable, 0 uncollectable, 0.0000s elapsed\n`);
    return m;
  }
  m += second.unreachable.size;
  const order = [...second.unreachable];
  setCollectingSet(second.unreachable);
  try {
    deleteGarbage(order, second.unreachable, (debug & DEBUG_SAVEALL) !== 0);
  } finally {
    setCollectingSet(outer);
  }
  for (const o of order) {
    if (second.unreachable.has(o) && o.refcnt > 0 && gen.objects.delete(o)) old.objects.add(o);
  }
  // Only a collection of the oldest generation empties the type free lists.
  if (generation === 2) clearFreeLists();
  gen.collections++;
  gen.collected += m;
  // No time passes in a collection: the elapsed time is the virtual clock's.
  if ((debug & DEBUG_STATS) !== 0) writeStderr(`gc: done, ${m} unreachable, 0 uncollectable, 0.0000s elapsed\n`);
  return m;
}

/**
 * A collection of every generation in which nothing runs: the garbage is marked finalized
 * without its finalizers, weak references to it are cleared without their callbacks, then it is
 * cleared. For objects CPython never frees (see exit-leaks.ts): freeing them must show nothing.
 */
export function collectUnobserved(): void {
  const all: PyObject[] = [];
  for (const g of gcState.generations) g.objects.pushTo(all);
  const { unreachable } = deduceUnreachable(all.filter((o) => o.refcnt > 0 && participates(o)));
  for (const o of unreachable) {
    markFinalized(o);
    for (const observer of weakrefsClearedObservers) observer(o);
    if (o instanceof PyWeakref) clearRefKeepCallback(o);
    const list = o.weakrefs as PyWeakref[] | null;
    if (list === null) continue;
    for (const w of [...list]) clearRefKeepCallback(w);
    o.weakrefs = null;
  }
  deleteGarbage([...unreachable], unreachable);
}

/** `collect_with_callback`: runs `gc.callbacks` around a collection. */
export function collectWithCallback(generation: number): number {
  invokeCallbacks('start', generation, 0, 0);
  const n = collect(generation);
  invokeCallbacks('stop', generation, n, 0);
  return n;
}

/** `gc.callbacks` runner (installed by the gc module). */
export const gcCallbacks: { invoke: (phase: string, generation: number, collected: number, uncollectable: number) => void } = {
  invoke: () => undefined,
};

function invokeCallbacks(phase: string, generation: number, collected: number, uncollectable: number): void {
  gcCallbacks.invoke(phase, generation, collected, uncollectable);
}

/** `collect_generations`: the oldest generation over its threshold. */
function collectGenerations(): void {
  const gens = gcState.generations;
  for (let i = 2; i >= 0; i--) {
    const g = gens[i] ?? gens[0];
    if (g.count > g.threshold) {
      if (i === 2 && gcState.longLivedPending < gcState.longLivedTotal / 4) continue;
      collectWithCallback(i);
      break;
    }
  }
}

gcState.collectGenerations = collectGenerations;
