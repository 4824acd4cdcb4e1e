/**
 * A type free list that keeps the dead objects themselves, as CPython's free lists do
 * (`ag_asend_freelist`, `ag_value_freelist` of Objects/genobject.c): a kept object's memory stays
 * taken as far as the heap knows (as a frame on the frame free list does), so taking one back
 * costs no heap work and no new JS object. With the reference-count check on, the check keeps
 * dead objects to watch them: a new object then takes the kept address.
 * @module
 */
import { addressOf, isStaticHandle } from '../heap/handles.ts';
import { emitVmEvent, vmEventsOn } from './events.ts';
import { gcNoteFree, gcUntrackOnFree } from './gc-registry.ts';
import { activeHeap, registerKeptFreeList } from './memory.ts';
import { trackNewObject, type PyObject, type PyType } from './object.ts';
import { noteAllocated, noteFreed, refcheckOn } from './refcount-check.ts';

/** Dead objects of one static type, the last kept reused first, at most `capacity`. */
export class KeptFreeList<T extends PyObject> {
  readonly #type: PyType;
  readonly #capacity: number;
  #items: T[] = [];

  /**
   * @param type - The static type whose exact instances the list keeps.
   * @param capacity - The most it keeps (CPython's `MAXFREELIST`).
   * @param name - The type's name in `clear_freelists`' order (runtime/memory.ts).
   */
  constructor(type: PyType, capacity: number, name: string) {
    this.#type = type;
    this.#capacity = capacity;
    registerKeptFreeList(name, {
      clear: () => {
        this.#clear();
      },
      reset: () => {
        this.#items = [];
      },
    });
  }

  /**
   * The end of the type's dealloc, once it has dropped what the object held: keeps `o` (untracked
   * by the collector, whose count stays, as CPython's free lists skip `PyObject_GC_Del`), or
   * returns false when the list is full, for the caller to free it.
   */
  keep(o: T): boolean {
    if (this.#items.length >= this.#capacity || isStaticHandle(o.addressHandle)) return false;
    if (this.#type.isGc) gcUntrackOnFree(o, true);
    if (vmEventsOn) emitVmEvent({ kind: 'free', type: this.#type.name, address: addressOf(o.addressHandle) });
    if (refcheckOn) noteFreed(o);
    this.#items.push(o);
    return true;
  }

  /**
   * The last kept object, live again (count 1, tracked by the collector if its type is), its own
   * fields left for the caller to set; or undefined when none is kept. With the reference-count
   * check on, `make` builds a new object at the kept address instead.
   */
  take(make: (handle: number) => T): T | undefined {
    const o = this.#items.pop();
    if (o === undefined) return undefined;
    const handle = o.addressHandle;
    if (vmEventsOn) emitVmEvent({ kind: 'alloc', type: this.#type.name, address: addressOf(handle), size: this.#type.basicsize });
    if (refcheckOn) {
      noteAllocated(addressOf(handle), this.#type);
      return make(handle);
    }
    o.refcnt = 1;
    // Written only when set, so that a reused object keeps the hidden class of a new one.
    if (o.finalized) o.finalized = false;
    if (o.weakrefs !== null) o.weakrefs = null;
    if (this.#type.isGc) trackNewObject(o, handle);
    return o;
  }

  /** The type's `ClearFreeList`: the kept objects' memory goes back to the heap, the last kept first. */
  #clear(): void {
    const heap = activeHeap();
    for (let o = this.#items.pop(); o !== undefined; o = this.#items.pop()) {
      heap.releaseHandle(o.addressHandle);
      if (this.#type.isGc) gcNoteFree();
    }
  }
}
