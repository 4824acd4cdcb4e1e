/**
 * A simple deterministic model of the system allocator behind `PyObject_Malloc` for requests
 * pymalloc does not serve (0 bytes or more than 512). CPython 3.8 Objects/obmalloc.c
 * `_PyObject_Malloc` falls back to `PyMem_RawMalloc`, i.e. glibc `malloc`.
 *
 * **Model, not glibc.** Each request takes a chunk of `max(32, round16(size + 8))` bytes (glibc's
 * chunk arithmetic on x86_64: an 8-byte size field, 16-byte alignment, 32-byte minimum) and the
 * user address is 16 bytes into it. Fresh chunks come in address order from {@link RAW_BASE}, a
 * brk-heap-looking range far from the arenas. A freed chunk is reused only by a request of exactly
 * its chunk size, last freed first (like a tcache bin). glibc's coalescing, splitting, unsorted
 * bins and `mmap` threshold are out of scope.
 * @module
 */

import { RAW_BASE, RAW_END } from './handles.ts';

/** First chunk of the raw heap (looks like a glibc brk heap). */
export { RAW_BASE };

/** Chunk size for a request (glibc `request2size` on x86_64, as modelled). */
export function rawChunkSize(nbytes: number): number {
  return Math.max(32, Math.ceil((nbytes + 8) / 16) * 16);
}

/**
 * The raw allocator model.
 * @example
 * ```ts
 * const raw = new RawMalloc();
 * const a = raw.alloc(1000);
 * raw.free(a);
 * raw.alloc(1000) === a; // exact-fit, LIFO
 * ```
 * @see CPython 3.8 Objects/obmalloc.c _PyObject_Malloc (fallback to PyMem_RawMalloc)
 */
export class RawMalloc {
  #top = RAW_BASE;
  /** Live chunks: user address → chunk size. */
  readonly #live = new Map<number, number>();
  /** Freed user addresses by chunk size, last freed at the end. */
  readonly #bins = new Map<number, number[]>();

  /**
   * Allocates `nbytes`.
   * @returns The user address (16-byte aligned).
   */
  alloc(nbytes: number): number {
    const chunk = rawChunkSize(nbytes);
    let address = this.#bins.get(chunk)?.pop();
    if (address === undefined) {
      address = this.#top + 16;
      this.#top += chunk;
    }
    this.#live.set(address, chunk);
    return address;
  }

  /** Whether a request of `nbytes` would need fresh space past the end of the region (no freed chunk fits it). */
  exhausts(nbytes: number): boolean {
    const chunk = rawChunkSize(nbytes);
    return this.#top + chunk > RAW_END && (this.#bins.get(chunk)?.length ?? 0) === 0;
  }

  /**
   * Resizes the live block at `address` to `nbytes` in place, where the model lets glibc
   * `realloc` do so: a chunk that is big enough (shrinking keeps the address; the chunk takes the
   * smaller size), or the last chunk, which grows into the untouched space after it.
   * @returns `false` when the block must move (the caller allocates, copies and frees).
   */
  realloc(address: number, nbytes: number): boolean {
    const chunk = this.#live.get(address);
    if (chunk === undefined) return false;
    const wanted = rawChunkSize(nbytes);
    const last = address - 16 + chunk === this.#top;
    if (wanted > chunk && (!last || address - 16 + wanted > RAW_END)) return false;
    if (last) this.#top = address - 16 + wanted;
    this.#live.set(address, wanted);
    return true;
  }

  /**
   * Frees a block from {@link RawMalloc.alloc}.
   * @returns `false` when the address is not a live raw block.
   */
  free(address: number): boolean {
    const chunk = this.#live.get(address);
    if (chunk === undefined) return false;
    this.#live.delete(address);
    let bin = this.#bins.get(chunk);
    if (bin === undefined) {
      bin = [];
      this.#bins.set(chunk, bin);
    }
    bin.push(address);
    return true;
  }

  /** Whether `address` is a live raw block. */
  owns(address: number): boolean {
    return this.#live.has(address);
  }
}
