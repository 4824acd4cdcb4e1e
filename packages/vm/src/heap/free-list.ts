/**
 * A bounded LIFO free list of addresses (the heap keeps them as handles, heap/handles.ts), the shape of CPython 3.8's per-type free lists: a dead
 * object's memory is kept for the next object of its type instead of going back to the
 * allocator, and the most recently freed is handed out first.
 *
 * Capacities, from the CPython 3.8 sources:
 * - float: `PyFloat_MAXFREELIST` 100 (Objects/floatobject.c)
 * - list: `PyList_MAXFREELIST` 80 (Objects/listobject.c)
 * - dict: `PyDict_MAXFREELIST` 80 (Objects/dictobject.c)
 * - tuple: one list per length below `PyTuple_MAXSAVESIZE` 20, each up to
 *   `PyTuple_MAXFREELIST` 2000 (Objects/tupleobject.c)
 * - async_generator_asend, async_generator_wrapped_value: `_PyAsyncGen_MAXFREELIST` 80
 *   (Objects/genobject.c)
 * - method: `PyMethod_MAXFREELIST` 256 (Objects/classobject.c)
 * - builtin_function_or_method: `PyCFunction_MAXFREELIST` 256 (Objects/methodobject.c)
 *
 * (Frames have a free list of `PyFrame_MAXFREELIST` 200 too, kept by objects/frame.ts: a frame
 * taken from it is resized for its code.)
 * @module
 */

/** `PyFloat_MAXFREELIST` (Objects/floatobject.c). */
export const FLOAT_MAXFREELIST = 100;
/** `PyList_MAXFREELIST` (Objects/listobject.c). */
export const LIST_MAXFREELIST = 80;
/** `PyDict_MAXFREELIST` (Objects/dictobject.c). */
export const DICT_MAXFREELIST = 80;
/** `PyTuple_MAXSAVESIZE`: tuples shorter than this are kept (Objects/tupleobject.c). */
export const TUPLE_MAXSAVESIZE = 20;
/** `PyTuple_MAXFREELIST`: per length (Objects/tupleobject.c). */
export const TUPLE_MAXFREELIST = 2000;
/** `_PyAsyncGen_MAXFREELIST`: asend and wrapped-value lists each (Objects/genobject.c). */
export const ASYNC_GEN_MAXFREELIST = 80;
/** `PyMethod_MAXFREELIST` (Objects/classobject.c) and `PyCFunction_MAXFREELIST` (Objects/methodobject.c). */
export const METHOD_MAXFREELIST = 256;
/** `CONTEXT_FREELIST_MAXLEN` (Python/context.c). */
export const CONTEXT_FREELIST_MAXLEN = 255;

/**
 * A bounded LIFO list of addresses.
 * @example
 * ```ts
 * const list = new FreeList(2);
 * list.push(0x10); list.push(0x20);
 * list.push(0x30); // false: full, the caller frees 0x30 to the allocator
 * list.pop();      // 0x20
 * ```
 * @see CPython 3.8 Objects/floatobject.c float_dealloc, PyFloat_FromDouble
 */
export class FreeList {
  /** Most addresses the list keeps. */
  readonly capacity: number;
  readonly #items: number[] = [];

  /** Creates an empty list holding at most `capacity` addresses. */
  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /** Addresses held (`numfree`). */
  get size(): number {
    return this.#items.length;
  }

  /**
   * Keeps `address` for reuse.
   * @returns `false` when the list is full (the caller releases the memory instead).
   */
  push(address: number): boolean {
    if (this.#items.length >= this.capacity) return false;
    this.#items.push(address);
    return true;
  }

  /** Takes the most recently kept address, or `undefined` when empty. */
  pop(): number | undefined {
    return this.#items.pop();
  }
}
