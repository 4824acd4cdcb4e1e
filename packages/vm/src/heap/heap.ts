/**
 * The simulated heap the runtime allocates objects from: pymalloc for requests up to 512 bytes,
 * the raw allocator above, CPython 3.8's type free lists in front of both, and a byte budget.
 * Mirrors CPython 3.8 Objects/obmalloc.c `_PyObject_Malloc` and Modules/gcmodule.c
 * `_PyObject_GC_Alloc` (the object sits right after its 16-byte GC head).
 * @module
 */
import { assert } from '../internal/assert.ts';
import { ASYNC_GEN_MAXFREELIST, DICT_MAXFREELIST, FLOAT_MAXFREELIST, FreeList, LIST_MAXFREELIST, TUPLE_MAXFREELIST, TUPLE_MAXSAVESIZE } from './free-list.ts';
import { Pymalloc, SMALL_REQUEST_THRESHOLD, sizeClassBytes } from './pymalloc.ts';
import { RawMalloc, rawChunkSize } from './raw-malloc.ts';
import { GC_HEAD_SIZE, TYPE_SIZES, isHeapTypeName } from './type-sizes.ts';

/** Options of one allocation. */
export interface AllocateOptions {
  /** Adds a `PyGC_Head` before the object (defaults to the type's own flag; false for sizes). */
  readonly gcTracked?: boolean;
  /** Items of a variable-size object (`tp_itemsize * items` is added; tuples pick free lists). */
  readonly items?: number;
  /**
   * The free list to take the memory from and return it to, for a request given in bytes
   * (`float`, `list`, `dict`, `tuple:N`, `async_generator_asend`, `async_generator_wrapped_value`).
   */
  readonly freeList?: string;
}

/** The outcome of {@link Heap.allocate}: an address, or the budget error. */
export type AllocationResult =
  | { readonly status: 'ok'; readonly address: number }
  | { readonly status: 'memory-error'; readonly requested: number; readonly inUse: number; readonly budget: number };

/** Heap statistics. */
export interface HeapStats {
  /** Objects allocated and not released. */
  readonly liveBlocks: number;
  /** Bytes the allocators hold for live objects (block or chunk sizes, GC heads included). */
  readonly liveBytes: number;
  /** Dead objects whose memory sits on a type free list. */
  readonly cachedBlocks: number;
  /** Bytes held by those free lists. */
  readonly cachedBytes: number;
  /** pymalloc arenas currently mapped. */
  readonly arenas: number;
}

/** Options of {@link Heap}. */
export interface HeapOptions {
  /** Most bytes live and cached together (default: unbounded). */
  readonly budget?: number;
}

/** Free list keys by id (id 0 means none), so a block's description packs into one number. */
const freeListKeys: string[] = [''];
const freeListIds = new Map<string, number>();

function freeListId(key: string): number {
  let id = freeListIds.get(key);
  if (id === undefined) {
    id = freeListKeys.length;
    freeListKeys.push(key);
    freeListIds.set(key, id);
  }
  return id;
}

/**
 * What the heap remembers of a live object, packed into one small integer (no object per block):
 * the bytes the allocator holds, whether a 16-byte GC head precedes the object, its free list.
 */
function pack(bytes: number, head: number, freeList: number): number {
  return bytes * 4096 + (head === 0 ? 0 : 2048) + freeList;
}

function bytesOf(block: number): number {
  return Math.floor(block / 4096);
}

function headOf(block: number): number {
  return (block & 2048) === 0 ? 0 : 16;
}

function freeListOf(block: number): string | undefined {
  const id = block & 2047;
  return id === 0 ? undefined : freeListKeys[id];
}

/** The free list key for a type allocation, or undefined when the type keeps none. */
function freeListKey(name: string, items: number): string | undefined {
  switch (name) {
    case 'float':
    case 'list':
    case 'dict':
    case 'async_generator_asend':
    case 'async_generator_wrapped_value':
      return name;
    case 'tuple':
      // The empty tuple is a singleton; longer tuples go to the allocator.
      return items > 0 && items < TUPLE_MAXSAVESIZE ? `tuple:${items}` : undefined;
    default:
      return undefined;
  }
}

/** The capacity of a free list key. */
function freeListCapacity(key: string): number {
  if (key.startsWith('tuple:')) return TUPLE_MAXFREELIST;
  if (key === 'float') return FLOAT_MAXFREELIST;
  if (key === 'list') return LIST_MAXFREELIST;
  if (key === 'dict') return DICT_MAXFREELIST;
  return ASYNC_GEN_MAXFREELIST;
}

/**
 * The simulated object heap.
 * @remarks
 * **Details.** `allocate` returns the object's address (what `id()` shows): for a GC-tracked
 * object it is 16 bytes after the block pymalloc handed out. Types with a CPython free list take
 * the last address put on it first; `release` puts the address back while the list has room.
 *
 * **Gotchas.** A `memory-error` result is the runtime's cue to raise `MemoryError`; it is not a
 * host defect. Releasing an address that is not live is one, and throws `InternalError`.
 * @example
 * ```ts
 * const heap = new Heap();
 * const r = heap.allocate('generator');
 * if (r.status === 'ok') heap.release(r.address);
 * ```
 * @see CPython 3.8 Objects/obmalloc.c _PyObject_Malloc, Modules/gcmodule.c _PyObject_GC_Alloc
 */
export class Heap {
  readonly #pymalloc = new Pymalloc();
  readonly #raw = new RawMalloc();
  readonly #budget: number;
  /** Live blocks: address -> packed block info (see {@link pack}). */
  readonly #live = new Map<number, number>();
  readonly #freeLists = new Map<string, FreeList>();
  /** Bytes of cached blocks by address, to account and to reuse them. */
  readonly #cached = new Map<number, number>();
  #liveBytes = 0;
  /** While true, allocations may exceed the budget (to build the MemoryError that reports it). */
  overBudgetAllowed = false;
  #cachedBytes = 0;

  /** Creates an empty heap. */
  constructor(options: HeapOptions = {}) {
    this.#budget = options.budget ?? Number.POSITIVE_INFINITY;
  }

  /**
   * Allocates an object of a known type, or a block of `size` bytes.
   * @param request - A type name from type-sizes.ts, or the object size in bytes.
   * @param options - GC tracking and item count.
   * @returns The object's address, or a `memory-error` when the budget would be exceeded.
   * @throws InternalError for an unknown type name (a host defect).
   */
  allocate(request: string | number, options: AllocateOptions = {}): AllocationResult {
    const items = options.items ?? 0;
    let size: number;
    let tracked: boolean;
    let key: string | undefined;
    if (typeof request === 'number') {
      size = request;
      tracked = options.gcTracked ?? false;
      key = options.freeList;
    } else {
      assert(isHeapTypeName(request), `heap: unknown type ${request}`);
      const type = TYPE_SIZES[request];
      size = type.basicsize + type.itemsize * items;
      tracked = options.gcTracked ?? type.gcTracked;
      key = freeListKey(request, items);
    }
    const offset = tracked ? GC_HEAD_SIZE : 0;
    const cached = key === undefined ? undefined : this.#freeLists.get(key)?.pop();
    if (cached !== undefined) {
      const block = this.#cached.get(cached);
      assert(block !== undefined, 'heap: free list address without a block');
      this.#cached.delete(cached);
      const cachedBytes = bytesOf(block);
      this.#cachedBytes -= cachedBytes;
      this.#live.set(cached, block);
      this.#liveBytes += cachedBytes;
      return { status: 'ok', address: cached };
    }
    const total = size + offset;
    const bytes = total >= 1 && total <= SMALL_REQUEST_THRESHOLD ? sizeClassBytes(total) : rawChunkSize(total);
    const inUse = this.#liveBytes + this.#cachedBytes;
    if (inUse + bytes > this.#budget && !this.overBudgetAllowed) return { status: 'memory-error', requested: total, inUse, budget: this.#budget };
    const base = this.#pymalloc.alloc(total) ?? this.#raw.alloc(total);
    const address = base + offset;
    this.#live.set(address, pack(bytes, offset, key === undefined ? 0 : freeListId(key)));
    this.#liveBytes += bytes;
    return { status: 'ok', address };
  }

  /**
   * Releases the object at `address`: onto its type's free list while it has room, else back to
   * the allocator.
   * @throws InternalError when `address` is not a live object (a host defect).
   */
  release(address: number): void {
    const block = this.#live.get(address);
    assert(block !== undefined, `heap: release of non-live address 0x${address.toString(16)}`);
    this.#live.delete(address);
    const bytes = bytesOf(block);
    this.#liveBytes -= bytes;
    const list = freeListOf(block);
    if (list !== undefined && this.#freeListFor(list).push(address)) {
      this.#cached.set(address, block);
      this.#cachedBytes += bytes;
      return;
    }
    const base = address - headOf(block);
    if (!this.#pymalloc.free(base)) assert(this.#raw.free(base), 'heap: block owned by no allocator');
  }

  /** Whether `address` is a live object. */
  isLive(address: number): boolean {
    return this.#live.has(address);
  }

  /** Current statistics. */
  stats(): HeapStats {
    return {
      liveBlocks: this.#live.size,
      liveBytes: this.#liveBytes,
      cachedBlocks: this.#cached.size,
      cachedBytes: this.#cachedBytes,
      arenas: this.#pymalloc.arenasAllocated,
    };
  }

  #freeListFor(key: string): FreeList {
    let list = this.#freeLists.get(key);
    if (list === undefined) {
      list = new FreeList(freeListCapacity(key));
      this.#freeLists.set(key, list);
    }
    return list;
  }
}
