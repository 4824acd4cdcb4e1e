/**
 * Where objects get their addresses: the simulated heap of the running interpreter, or the static
 * region for objects CPython keeps in the binary's data segment (static types, small ints, None).
 * Mirrors CPython 3.8 `PyObject_Malloc` / `PyObject_GC_New` as the object constructors see them.
 * @module
 */
import { Heap, freeListId } from '../heap/heap.ts';
import { NO_HANDLE, STATIC_BASE, addressOf, isStaticHandle, staticHandle } from '../heap/handles.ts';
import type { PyType } from './object.ts';
import { gcNoteAllocation } from './gc-registry.ts';
import { emitVmEvent, vmEventsOn } from './events.ts';
import { noteAllocated, refcheckOn } from './refcount-check.ts';

/** The heap objects are allocated from; replaced by each run ({@link useHeap}). */
let heap = new Heap();

/** What a run does when the heap budget is exhausted (raises MemoryError; set by the runtime). */
let onExhausted: (requested: number) => never = (requested) => {
  throw new RangeError(`heap budget exhausted by a request of ${requested} bytes`);
};

/** Makes `next` the heap new objects come from, and `exhausted` the budget handler. */
export function useHeap(next: Heap, exhausted: (requested: number) => never): void {
  heap = next;
  onExhausted = exhausted;
}

/** The heap new objects come from. */
export function activeHeap(): Heap {
  return heap;
}

/** Free list id ({@link freeListId}) per type name, for exact instances of types CPython keeps a free list for. */
const FREE_LISTS: ReadonlyMap<string, number> = new Map(
  ['list', 'dict', 'method', 'builtin_function_or_method', 'Context'].map((name) => [
    name,
    freeListId(name),
  ]),
);

/** `tuple` free lists hold tuples of 1..19 items by size. */
const TUPLE_FREE_LIST_MAX = 20;
/** Free list ids of tuples by item count (index 0 unused). */
const TUPLE_FREE_LISTS: readonly number[] = Array.from({ length: TUPLE_FREE_LIST_MAX }, (_, n) => (n === 0 ? 0 : freeListId(`tuple:${n}`)));

/** The free list id of an instance of `type` with `items` items (0: none; cached on the type, -2 marks tuple). */
function freeListOf(type: PyType, items: number): number {
  let id = type.freeListId;
  if (id === -1) {
    id = type.isHeapType ? 0 : type.name === 'tuple' ? -2 : (FREE_LISTS.get(type.name) ?? 0);
    type.freeListId = id;
  }
  if (id === -2) return items > 0 && items < TUPLE_FREE_LIST_MAX ? (TUPLE_FREE_LISTS[items] ?? 0) : 0;
  return id;
}

/**
 * Allocates an instance of `type` with `items` variable-size items and returns its address, as
 * the handle the object keeps (heap/handles.ts: what object constructors take as `address`).
 * Exact instances of list, dict, small tuples, methods and contexts come from their type's
 * free list first, as in CPython (floats, frames and the async-generator helpers keep theirs
 * as objects: {@link registerKeptFreeList}), unless `fromFreeList` is false (`PyObject_GC_New`
 * where CPython bypasses the list). `size` overrides the computed size (str, int).
 */
export function allocateAddress(type: PyType, items = 0, size: number = type.basicsize + type.itemsize * items, fromFreeList = true): number {
  if (staticMode) return staticAddress(size);
  const gc = type.isGc;
  const list = freeListOf(type, items);
  const handle = fromFreeList ? heap.allocateHandle(size, gc, list) : heap.allocateFresh(size, gc, list);
  if (handle !== NO_HANDLE) {
    if (vmEventsOn) emitVmEvent({ kind: 'alloc', type: type.name, address: addressOf(handle), size });
    if (refcheckOn) noteAllocated(addressOf(handle), type);
    // `_PyObject_GC_Alloc` counts (and may collect) once the memory is taken; an object off its
    // type's free list never goes through it.
    if (gc && !(fromFreeList && heap.lastReused)) gcNoteAllocation();
    return handle;
  }
  // The MemoryError itself must be allocated (CPython keeps preallocated ones for this), and so
  // must the traceback entries recording where it went.
  heap.overBudgetAllowed = true;
  if (type.name === 'traceback') {
    try {
      return allocateAddress(type, items, size);
    } finally {
      heap.overBudgetAllowed = false;
    }
  }
  try {
    return onExhausted(heap.failedRequest);
  } finally {
    heap.overBudgetAllowed = false;
  }
}

/**
 * {@link allocateAddress} of an instance of `type`, `size` bytes with no GC head and no free list
 * (an exact int or str): the heap's plain fast path, or the general one when anything is
 * watching allocations or the block is not pymalloc's.
 */
export function allocatePlainAddress(type: PyType, size: number): number {
  if (!staticMode && !vmEventsOn && !refcheckOn) {
    const handle = heap.allocatePlain(size);
    if (handle !== NO_HANDLE) return handle;
  }
  return allocateAddress(type, 0, size);
}

/**
 * `PyType_GenericAlloc(type, nitems)` (the `tp_alloc` of classes and of the subclasses of
 * built-in types): room for one item more than asked, the size rounded up to a pointer
 * (`_PyObject_VAR_SIZE(type, nitems + 1)`).
 */
export function allocateGeneric(type: PyType, nitems: number): number {
  const items = nitems + 1;
  return allocateAddress(type, items, (type.basicsize + items * type.itemsize + 7) & ~7);
}

/**
 * `PyObject_GC_Resize` / `PyObject_Realloc` of a live instance of `type` to `items` items: its
 * handle, the same or a new one (heap.ts `reallocHandle`; the old address is then free).
 */
export function reallocateAddress(handle: number, type: PyType, items: number): number {
  return reallocateSize(handle, type, type.basicsize + type.itemsize * items);
}

/** {@link reallocateAddress} to `size` bytes. */
export function reallocateSize(handle: number, type: PyType, size: number): number {
  const moved = heap.reallocHandle(handle, size);
  if (moved === NO_HANDLE) {
    heap.overBudgetAllowed = true;
    try {
      onExhausted(heap.failedRequest);
    } finally {
      heap.overBudgetAllowed = false;
    }
  }
  if (moved !== handle) {
    if (vmEventsOn) {
      emitVmEvent({ kind: 'free', type: type.name, address: addressOf(handle) });
      emitVmEvent({ kind: 'alloc', type: type.name, address: addressOf(moved), size });
    }
    if (refcheckOn) noteAllocated(addressOf(moved), type);
  }
  return moved;
}

/** A free list its type keeps as objects (runtime/kept-free-list.ts; frames keep theirs in objects/frame.ts). */
export interface KeptFreeListHooks {
  /** `Py*_ClearFreeList`: the kept objects' memory goes back to the heap. */
  readonly clear: () => void;
  /** Forgets the kept objects (a new run starts with a new heap). */
  readonly reset: () => void;
}

/** The free lists types keep as objects, by type name. */
const keptFreeLists = new Map<string, KeptFreeListHooks>();

/** Registers the free list of the type named `name` that keeps its dead objects itself. */
export function registerKeptFreeList(name: string, hooks: KeptFreeListHooks): void {
  keptFreeLists.set(name, hooks);
}

/** Empties every kept free list without touching the heap (a new run starts with a new heap). */
export function resetKeptFreeLists(): void {
  for (const hooks of keptFreeLists.values()) hooks.reset();
}

/** The order `clear_freelists` (Modules/gcmodule.c) empties the type free lists in (str and set keep none in corosim). */
const CLEAR_ORDER = ['method', 'frame', 'builtin_function_or_method', 'tuple', 'float', 'list', 'dict', 'async_generator_wrapped_value', 'async_generator_asend', 'Context'];

/** What a full collection frees of the type free lists (`clear_freelists`), in its order. */
export function clearFreeLists(): void {
  for (const name of CLEAR_ORDER) {
    const kept = keptFreeLists.get(name);
    if (kept !== undefined) kept.clear();
    else if (name === 'tuple') for (let n = 1; n < TUPLE_FREE_LIST_MAX; n++) heap.clearFreeList(TUPLE_FREE_LISTS[n] ?? 0);
    else heap.clearFreeList(FREE_LISTS.get(name) ?? 0);
  }
}

/** Gives an object's address (its handle) back to the heap. */
export function releaseAddress(handle: number, type: PyType): boolean {
  if (isStaticHandle(handle)) return false;
  if (vmEventsOn) emitVmEvent({ kind: 'free', type: type.name, address: addressOf(handle) });
  return heap.releaseHandle(handle);
}

/**
 * {@link releaseAddress} of a block {@link allocatePlainAddress} made, unless anything watches
 * frees: false, with nothing done, when the general path must run.
 */
export function releasePlainAddress(handle: number): boolean {
  return !vmEventsOn && !refcheckOn && heap.releasePlain(handle);
}

/** Static objects live above every heap address (CPython's data segment sits apart from the heap). */
let nextStatic = STATIC_BASE + 0x100_0000;

/** An address (as a handle) in the static region for an object that is never freed. */
export function staticAddress(size: number): number {
  const address = nextStatic;
  nextStatic += Math.ceil(size / 16) * 16 + 16;
  return staticHandle(address);
}

/** While true, objects are being made for the VM's lifetime (type dicts, descriptors). */
let staticMode = false;

/** Runs `make` with every allocation in the static region. */
export function inStaticRegion<T>(make: () => T): T {
  const previous = staticMode;
  staticMode = true;
  try {
    return make();
  } finally {
    staticMode = previous;
  }
}

/** Whether allocations currently go to the static region. */
export function isStaticMode(): boolean {
  return staticMode;
}
