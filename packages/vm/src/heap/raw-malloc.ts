/**
 * A simple deterministic model of the system allocator behind `PyObject_Malloc` for requests
 * pymalloc does not serve (0 bytes or more than 512). CPython 3.8 Objects/obmalloc.c
 * `_PyObject_Malloc` falls back to `PyMem_RawMalloc`, i.e. glibc `malloc`.
 *
 * **Model, not glibc.** Each request takes a chunk of `max(32, round16(size + 8))` bytes (glibc's
 * chunk arithmetic on x86_64: an 8-byte size field, 16-byte alignment, 32-byte minimum) and the
 * user address is 16 bytes into it. Fresh chunks are cut in address order from the top of a
 * brk-heap-looking range far from the arenas ({@link RAW_BASE}). What glibc does with a freed
 * chunk, as far as addresses show it:
 * - a chunk of at most {@link TCACHE_MAX_CHUNK} bytes goes to the tcache bin of its size (at most
 *   {@link TCACHE_COUNT} per bin), from which a request of exactly that size takes it back, last
 *   freed first;
 * - any other freed chunk merges with the free chunks beside it, and with the top when it borders
 *   it (the space goes back to fresh cutting). A request no tcache bin serves takes the smallest
 *   free chunk that holds it (the lowest address among equals), split when the rest can stand as
 *   a chunk of its own, before it cuts from the top.
 *
 * glibc's fastbins (chunks of 128 bytes or less: no raw request but a 0-byte one makes such a
 * chunk), its unsorted-bin order, `mmap` threshold and heap trimming are out of scope.
 * @module
 */

import { RAW_BASE, RAW_END } from './handles.ts';

/** First chunk of the raw heap (looks like a glibc brk heap). */
export { RAW_BASE };

/** The largest chunk a tcache bin holds (glibc: requests up to 1032 bytes). */
export const TCACHE_MAX_CHUNK = 1040;

/** Chunks each tcache bin holds at most (glibc `tcache_count`). */
export const TCACHE_COUNT = 7;

/** The smallest chunk (glibc `MINSIZE`): a split leaves no remainder smaller than this. */
const MIN_CHUNK = 32;

/** The user address's distance from its chunk's start (the chunk header). */
const HEADER = 16;

/** Chunk size for a request (glibc `request2size` on x86_64, as modelled). */
export function rawChunkSize(nbytes: number): number {
  return Math.max(MIN_CHUNK, Math.ceil((nbytes + 8) / 16) * 16);
}

/**
 * The raw allocator model.
 * @example
 * ```ts
 * const raw = new RawMalloc();
 * const a = raw.alloc(1000);
 * raw.free(a);
 * raw.alloc(1000) === a; // tcache: exact size, last freed first
 * ```
 * @see CPython 3.8 Objects/obmalloc.c _PyObject_Malloc (fallback to PyMem_RawMalloc)
 */
export class RawMalloc {
  /** Start of the untouched space after the last chunk. */
  #top = RAW_BASE;
  /** Live chunks: user address → chunk size. */
  readonly #live = new Map<number, number>();
  /** Tcache bins: user addresses by chunk size, last freed at the end. */
  readonly #tcache = new Map<number, number[]>();
  /** Free (merged) chunks outside the tcache: start → size. */
  readonly #free = new Map<number, number>();
  /** The same chunks by end: end → start, to merge a chunk freed after them. */
  readonly #freeByEnd = new Map<number, number>();
  /** Starts of the free chunks, sorted by size, then address (best fit by binary search). */
  readonly #bySize: number[] = [];

  /**
   * Allocates `nbytes`.
   * @returns The user address (16-byte aligned).
   */
  alloc(nbytes: number): number {
    const chunk = rawChunkSize(nbytes);
    const cached = this.#tcache.get(chunk)?.pop();
    if (cached !== undefined) {
      this.#live.set(cached, chunk);
      return cached;
    }
    let start: number;
    let size = chunk;
    const fit = this.#bestFit(chunk);
    if (fit !== undefined) {
      start = fit;
      const free = this.#free.get(fit) as number;
      this.#unlinkFree(fit, free);
      if (free - chunk >= MIN_CHUNK) this.#linkFree(fit + chunk, free - chunk);
      else size = free;
    } else {
      start = this.#top;
      this.#top += chunk;
    }
    this.#live.set(start + HEADER, size);
    return start + HEADER;
  }

  /** Whether a request of `nbytes` would need fresh space past the end of the region (no freed chunk fits it). */
  exhausts(nbytes: number): boolean {
    const chunk = rawChunkSize(nbytes);
    if (this.#top + chunk <= RAW_END || (this.#tcache.get(chunk)?.length ?? 0) > 0) return false;
    return this.#bestFit(chunk) === undefined;
  }

  /**
   * Resizes the live block at `address` to `nbytes` in place, where the model lets glibc
   * `realloc` do so: shrinking keeps the address (a remainder big enough to be a chunk is freed),
   * and growing takes the top or the free chunk right after the block when that is enough.
   * @returns `false` when the block must move (the caller allocates, copies and frees).
   */
  realloc(address: number, nbytes: number): boolean {
    const chunk = this.#live.get(address);
    if (chunk === undefined) return false;
    const wanted = rawChunkSize(nbytes);
    const start = address - HEADER;
    const end = start + chunk;
    if (wanted <= chunk) {
      if (chunk - wanted >= MIN_CHUNK) {
        this.#live.set(address, wanted);
        this.#release(start + wanted, chunk - wanted);
      }
      return true;
    }
    if (end === this.#top) {
      if (start + wanted > RAW_END) return false;
      this.#top = start + wanted;
      this.#live.set(address, wanted);
      return true;
    }
    const next = this.#free.get(end);
    if (next === undefined || chunk + next < wanted) return false;
    this.#unlinkFree(end, next);
    const total = chunk + next;
    if (total - wanted >= MIN_CHUNK) {
      this.#live.set(address, wanted);
      this.#linkFree(start + wanted, total - wanted);
    } else {
      this.#live.set(address, total);
    }
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
    this.#release(address - HEADER, chunk);
    return true;
  }

  /** Whether `address` is a live raw block. */
  owns(address: number): boolean {
    return this.#live.has(address);
  }

  /** Gives back the chunk of `size` bytes at `start`: to its tcache bin while it has room, else merged with its free neighbours. */
  #release(start: number, size: number): void {
    if (size <= TCACHE_MAX_CHUNK) {
      let bin = this.#tcache.get(size);
      if (bin === undefined) {
        bin = [];
        this.#tcache.set(size, bin);
      }
      if (bin.length < TCACHE_COUNT) {
        bin.push(start + HEADER);
        return;
      }
    }
    const before = this.#freeByEnd.get(start);
    if (before !== undefined) {
      const beforeSize = this.#free.get(before) as number;
      this.#unlinkFree(before, beforeSize);
      start = before;
      size += beforeSize;
    }
    const after = this.#free.get(start + size);
    if (after !== undefined) {
      this.#unlinkFree(start + size, after);
      size += after;
    }
    if (start + size === this.#top) this.#top = start;
    else this.#linkFree(start, size);
  }

  /** The start of the smallest free chunk of at least `chunk` bytes (lowest address among equals). */
  #bestFit(chunk: number): number | undefined {
    const i = this.#sizeIndex(chunk, -1);
    return i < this.#bySize.length ? this.#bySize[i] : undefined;
  }

  /** The index in {@link RawMalloc.#bySize} of the first free chunk ordered at or after (`size`, `start`). */
  #sizeIndex(size: number, start: number): number {
    const order = this.#bySize;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = order[mid] as number;
      const z = this.#free.get(s) as number;
      if (z < size || (z === size && s < start)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #linkFree(start: number, size: number): void {
    this.#free.set(start, size);
    this.#freeByEnd.set(start + size, start);
    this.#bySize.splice(this.#sizeIndex(size, start), 0, start);
  }

  #unlinkFree(start: number, size: number): void {
    const i = this.#sizeIndex(size, start);
    this.#bySize.splice(i, 1);
    this.#free.delete(start);
    this.#freeByEnd.delete(start + size);
  }
}
