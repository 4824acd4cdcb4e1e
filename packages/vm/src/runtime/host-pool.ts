/**
 * Dead objects whose host (JS) objects are made new objects of the same class: the new object's
 * memory comes from the simulated heap as any object's does (so addresses and counts are CPython's),
 * only V8 is spared building an object. No CPython counterpart: a C object is its memory.
 * @module
 */
import { allocateAddress } from './memory.ts';
import { trackNewObject, type PyObject, type PyType } from './object.ts';
import { refcheckOn } from './refcount-check.ts';

/** How many dead objects a pool keeps. */
const POOL_SIZE = 64;

/** Dead objects of one class, the last freed reused first. */
export class HostPool<T extends PyObject> {
  readonly #items: T[] = [];

  /** Keeps `o`, freed by its dealloc (`freeObject` done), unless the pool is full or the reference-count check watches dead objects. */
  keep(o: T): void {
    if (this.#items.length < POOL_SIZE && !refcheckOn) this.#items.push(o);
  }

  /**
   * The last kept object as it was freed, or undefined: for a caller that allocates its memory
   * and sets its header itself (an int, sized by its value).
   */
  reuse(): T | undefined {
    return this.#items.pop();
  }

  /**
   * A kept object made live as a new instance of `type` (allocated, count 1, tracked by the
   * collector if `type` is), its own fields left for the caller to set; undefined when none is kept.
   */
  take(type: PyType): T | undefined {
    const o = this.reuse();
    if (o === undefined) return undefined;
    const address = allocateAddress(type);
    o.refcnt = 1;
    o.addressHandle = address;
    // Written only when set, so that a reused object keeps the hidden class of a new one.
    if (o.finalized) o.finalized = false;
    if (o.weakrefs !== null) o.weakrefs = null;
    if (type.isGc) trackNewObject(o, address);
    return o;
  }
}
