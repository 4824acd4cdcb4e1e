/**
 * The simulated heap the runtime allocates objects from: pymalloc for requests up to 512 bytes,
 * the raw allocator above, CPython 3.8's type free lists in front of both, and a byte budget.
 * Mirrors CPython 3.8 Objects/obmalloc.c `_PyObject_Malloc` and Modules/gcmodule.c
 * `_PyObject_GC_Alloc` (the object sits right after its 16-byte GC head).
 * @module
 */
import { assert } from '../internal/assert.ts';
import { ASYNC_GEN_MAXFREELIST, CONTEXT_FREELIST_MAXLEN, DICT_MAXFREELIST, FLOAT_MAXFREELIST, FreeList, LIST_MAXFREELIST, METHOD_MAXFREELIST, TUPLE_MAXFREELIST, TUPLE_MAXSAVESIZE } from './free-list.ts';
import { POOL_OVERHEAD, POOL_SIZE, Pymalloc, SMALL_REQUEST_THRESHOLD, sizeClassBytes, type Pool } from './pymalloc.ts';
import { RawMalloc, rawChunkSize } from './raw-malloc.ts';
import { NO_HANDLE, addressOf, handleOf, rawHandle } from './handles.ts';
import { GC_HEAD_SIZE, TYPE_SIZES, isHeapTypeName } from './type-sizes.ts';

/** Options of one allocation. */
export interface AllocateOptions {
  /** Adds a `PyGC_Head` before the object (defaults to the type's own flag; false for sizes). */
  readonly gcTracked?: boolean;
  /** Items of a variable-size object (`tp_itemsize * items` is added; tuples pick free lists). */
  readonly items?: number;
  /**
   * The free list to take the memory from and return it to, for a request given in bytes
   * (`float`, `list`, `dict`, `tuple:N`, `async_generator_asend`, `async_generator_wrapped_value`,
   * `method`, `builtin_function_or_method`).
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

/** Free list ids must fit the 5 bits of a block tag ({@link FREE_LIST_MASK}). */
const MAX_FREE_LIST_ID = 31;

/** Free list keys by id (id 0 means none), so a block's description packs into one number. */
const freeListKeys: string[] = [''];
const freeListIds = new Map<string, number>();

/** The small-integer id of a free list key (stable for the process; 0 is "no free list"). */
export function freeListId(key: string): number {
  let id = freeListIds.get(key);
  if (id === undefined) {
    id = freeListKeys.length;
    assert(id <= MAX_FREE_LIST_ID, `heap: too many free lists for the block tags (${key})`);
    freeListKeys.push(key);
    freeListIds.set(key, id);
  }
  return id;
}

/**
 * What the heap remembers of a pymalloc block, in the byte its pool keeps for the object's
 * address ({@link Pool.tags}): the free list id (bits 0-4), {@link TAG_BLOCK} (so that no
 * block's tag is 0, which means no block), whether a 16-byte GC head precedes the object
 * ({@link TAG_HEAD}), whether the memory sits on a free list ({@link TAG_CACHED}). The block
 * size is the pool's.
 */
const FREE_LIST_MASK = 31;
const TAG_BLOCK = 32;
const TAG_HEAD = 64;
const TAG_CACHED = 128;

/**
 * A raw chunk's description (blocks above 512 bytes, kept in a Map): the bytes the allocator
 * holds, the GC head, the free list. Memory sitting on a free list is stored negated.
 */
function pack(bytes: number, head: number, freeList: number): number {
  return bytes * 4096 + (head === 0 ? 0 : 2048) + freeList;
}

/** Bytes of a live raw chunk description. */
function bytesOf(block: number): number {
  return Math.floor(block / 4096);
}

function headOf(block: number): number {
  return (block & 2048) === 0 ? 0 : 16;
}

/** The free list key for a type allocation, or undefined when the type keeps none. */
function freeListKey(name: string, items: number): string | undefined {
  switch (name) {
    case 'float':
    case 'list':
    case 'dict':
    case 'async_generator_asend':
    case 'async_generator_wrapped_value':
    case 'method':
    case 'builtin_function_or_method':
    case 'Context':
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
  if (key === 'method' || key === 'builtin_function_or_method') return METHOD_MAXFREELIST;
  if (key === 'Context') return CONTEXT_FREELIST_MAXLEN;
  return ASYNC_GEN_MAXFREELIST;
}

/**
 * The simulated object heap.
 * @remarks
 * **Details.** `allocate` returns the object's address (what `id()` shows): for a GC-tracked
 * object it is 16 bytes after the block pymalloc handed out. Types with a CPython free list take
 * the last address put on it first; `release` puts the address back while the list has room.
 * A pymalloc block's description is a byte its pool keeps ({@link Pool.tags}): the pool the
 * allocator just used, or the one an address falls in, is found without a search, where a Map
 * keyed by addresses above 2^31 costs far more per allocation; raw chunks use a Map.
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
  /** Descriptions of raw chunks ({@link pack}), by object handle; pymalloc blocks use tags. */
  readonly #other = new Map<number, number>();
  /** Free lists by {@link freeListId}. */
  readonly #freeLists: (FreeList | undefined)[] = [];
  #liveBlocks = 0;
  #cachedBlocks = 0;
  #liveBytes = 0;
  #cachedBytes = 0;
  /** While true, allocations may exceed the budget (to build the MemoryError that reports it). */
  overBudgetAllowed = false;
  /** The request size and bytes in use of the last failed {@link Heap.allocateHandle}. */
  failedRequest = 0;
  failedInUse = 0;

  /** Creates an empty heap. */
  constructor(options: HeapOptions = {}) {
    this.#budget = options.budget ?? Number.POSITIVE_INFINITY;
  }

  /** The budget in bytes. */
  get budget(): number {
    return this.#budget;
  }

  /** Bytes of live and free-listed blocks: what the budget is checked against. */
  get inUse(): number {
    return this.#liveBytes + this.#cachedBytes;
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
    const handle = this.allocateHandle(size, tracked, key === undefined ? 0 : freeListId(key));
    if (handle !== NO_HANDLE) return { status: 'ok', address: addressOf(handle) };
    return { status: 'memory-error', requested: this.failedRequest, inUse: this.failedInUse, budget: this.#budget };
  }

  /**
   * The allocation fast path: an object of `size` bytes, after a GC head when `tracked`, from the
   * free list `freeList` ({@link freeListId}; 0 for none) first.
   * @returns The object's handle (heap/handles.ts), or {@link NO_HANDLE} when the budget would be
   * exceeded (see `failedRequest`).
   */
  allocateHandle(size: number, tracked: boolean, freeList: number): number {
    if (freeList !== 0) {
      const cached = this.#freeLists[freeList]?.pop();
      if (cached !== undefined) {
        this.lastReused = true;
        return this.#reuse(cached);
      }
    }
    this.lastReused = false;
    return this.allocateFresh(size, tracked, freeList);
  }

  /**
   * Whether the last {@link Heap.allocateHandle} took its block off a free list: CPython's free
   * lists hand out an object without `_PyObject_GC_Alloc`, so such an allocation counts nothing
   * towards a collection.
   */
  lastReused = false;

  /**
   * {@link Heap.allocateHandle} past the free list: new memory from the allocator, which goes to
   * the free list `freeList` when released (`PyObject_GC_New` of a type that has one).
   */
  allocateFresh(size: number, tracked: boolean, freeList: number): number {
    const offset = tracked ? GC_HEAD_SIZE : 0;
    const total = size + offset;
    const small = total >= 1 && total <= SMALL_REQUEST_THRESHOLD;
    const bytes = small ? sizeClassBytes(total) : rawChunkSize(total);
    const inUse = this.#liveBytes + this.#cachedBytes;
    // Over the budget, or (for a raw chunk) past the end of the address space the model has.
    if ((inUse + bytes > this.#budget && !this.overBudgetAllowed) || (!small && this.#raw.exhausts(total))) {
      this.failedRequest = total;
      this.failedInUse = inUse;
      return NO_HANDLE;
    }
    if (small) return this.#takeSmall(total, bytes, offset, TAG_BLOCK | (offset === 0 ? 0 : TAG_HEAD) | freeList);
    this.#liveBlocks++;
    this.#liveBytes += bytes;
    const handle = rawHandle(this.#raw.alloc(total) + offset);
    this.#other.set(handle, pack(bytes, offset, freeList));
    return handle;
  }

  /**
   * {@link Heap.allocateFresh} of a pymalloc block for an object with no GC head and no free list
   * (an int, a str), written out for the commonest allocation; {@link NO_HANDLE} when the request
   * is above pymalloc's sizes or over the budget, for the caller to take the general path.
   */
  allocatePlain(size: number): number {
    const bytes = sizeClassBytes(size);
    if (size < 1 || size > SMALL_REQUEST_THRESHOLD || this.#liveBytes + this.#cachedBytes + bytes > this.#budget) return NO_HANDLE;
    this.lastReused = false;
    return this.#takeSmall(size, bytes, 0, TAG_BLOCK);
  }

  /**
   * A live pymalloc block of `bytes` for a request of `total` bytes, described by `tag`: the
   * handle of the object `offset` bytes into it (after its GC head, if any).
   */
  #takeSmall(total: number, bytes: number, offset: number, tag: number): number {
    this.#liveBlocks++;
    this.#liveBytes += bytes;
    const pymalloc = this.#pymalloc;
    // The object's 16-byte slot in its pool: the block's, or the one after its GC head.
    const slot = (pymalloc.allocOffset(total) + offset) >> 4;
    const pool = pymalloc.lastPool as Pool;
    pool.tags[pool.tagBase + slot] = tag;
    return pool.topUnit - slot;
  }

  /**
   * Runs `make` with its pymalloc blocks taken from the start-up arenas (pymalloc.ts
   * {@link PoolContext}): for what CPython makes before a program starts.
   */
  atStartup<T>(make: () => T): T {
    return this.#pymalloc.atStartup(make);
  }

  /**
   * Leaves the current pool of the size class of `blockSize` bytes handing out its blocks in
   * `order` (block indexes in the pool) and then the new pool that follows, as CPython's pool of
   * that class does when a program starts (start-pools.generated.ts). The blocks the order leaves
   * out stand for the objects CPython made before the program: they stay allocated for the run.
   * Takes a pool no block of which is in use (filling the current one), fills it, then frees the
   * blocks of `order`, last first, so that the first is the next one handed out.
   *
   * @returns the addresses of the blocks it keeps (none of them an object).
   */
  shapeCurrentPool(blockSize: number, order: readonly number[]): number[] {
    const pymalloc = this.#pymalloc;
    const capacity = Math.floor((POOL_SIZE - POOL_OVERHEAD) / blockSize);
    // A budget too small for it leaves the shape unfinished: the program's first allocation fails.
    const kept: number[] = [];
    let handle = this.allocateFresh(blockSize, false, 0);
    // A pool the program never used: any other class's pools are the program's own objects.
    for (let guard = 0; handle !== NO_HANDLE && (pymalloc.lastPool as Pool).count !== 1; guard++) {
      assert(guard < POOL_SIZE, 'heap: no fresh pool for a start-up pool shape');
      kept.push(addressOf(handle));
      handle = this.allocateFresh(blockSize, false, 0);
    }
    if (handle === NO_HANDLE) return kept;
    const pool = pymalloc.lastPool as Pool;
    const byIndex: number[] = [];
    for (;;) {
      byIndex[(addressOf(handle) - pool.address - POOL_OVERHEAD) / blockSize] = handle;
      if (pool.count === capacity) break;
      handle = this.allocateFresh(blockSize, false, 0);
      if (handle === NO_HANDLE) return kept;
      assert(pymalloc.lastPool === pool, 'heap: a start-up pool shape left its pool');
    }
    const freed = new Set(order);
    byIndex.forEach((h, i) => {
      if (!freed.has(i)) kept.push(addressOf(h));
    });
    for (let i = order.length - 1; i >= 0; i--) this.releasePlain(byIndex[order[i] as number] as number);
    return kept;
  }

  /**
   * {@link Heap.releaseHandle} of a block {@link Heap.allocatePlain} describes (pymalloc's, no GC
   * head, no free list), written out; false, with nothing done, for any other handle.
   */
  releasePlain(handle: number): boolean {
    const pool = handle > 0 ? this.#pymalloc.poolAtUnit(handle) : undefined;
    if (pool === undefined) return false;
    const slot = pool.topUnit - handle;
    if (pool.tags[pool.tagBase + slot] !== TAG_BLOCK) return false;
    this.#releaseBlock(pool, slot, TAG_BLOCK, handle, false);
    return true;
  }

  /** Takes `handle` off its free list: it is live again. */
  #reuse(handle: number): number {
    this.#uncache(handle);
    return handle;
  }

  /** Marks the memory of `handle`, just taken off its free list, live. */
  #uncache(handle: number): void {
    const pool = handle > 0 ? this.#pymalloc.poolAtUnit(handle) : undefined;
    let bytes: number;
    if (pool !== undefined) {
      const slot = pool.topUnit - handle;
      const tag = pool.tags[pool.tagBase + slot] as number;
      assert((tag & TAG_CACHED) !== 0, 'heap: free list address without a block');
      pool.tags[pool.tagBase + slot] = tag & ~TAG_CACHED;
      bytes = pool.size;
    } else {
      const block = this.#other.get(handle) ?? 0;
      assert(block < 0, 'heap: free list address without a block');
      this.#other.set(handle, -block);
      bytes = bytesOf(-block);
    }
    this.#cachedBlocks--;
    this.#cachedBytes -= bytes;
    this.#liveBlocks++;
    this.#liveBytes += bytes;
  }

  /**
   * Releases the object at `address`.
   * @throws InternalError when `address` is not a live object (a host defect).
   */
  release(address: number): void {
    this.releaseHandle(handleOf(address));
  }

  /**
   * Releases the object with `handle`: onto its type's free list while it has room, else back to
   * the allocator.
   * @returns Whether the memory went on the free list (CPython then deletes nothing:
   * `PyObject_GC_Del` does not run, and the collector's count stays).
   * @throws InternalError when `handle` is not a live object's (a host defect).
   */
  releaseHandle(handle: number): boolean {
    return this.#release(handle, true);
  }

  /**
   * Releases a live object's memory: onto its free list when `cache` and the list has room.
   * Returns whether it went on the free list.
   */
  #release(handle: number, cache: boolean): boolean {
    const pymalloc = this.#pymalloc;
    const pool = handle > 0 ? pymalloc.poolAtUnit(handle) : undefined;
    if (pool === undefined) return this.#releaseRaw(handle, cache);
    const slot = pool.topUnit - handle;
    const tag = pool.tags[pool.tagBase + slot] as number;
    if (tag === 0 || (tag & TAG_CACHED) !== 0) assert(false, `heap: release of non-live address 0x${addressOf(handle).toString(16)}`);
    return this.#releaseBlock(pool, slot, tag, handle, cache);
  }

  /**
   * {@link Heap.#release} of the live pymalloc block whose object is at `slot` of `pool`,
   * described by `tag`.
   */
  #releaseBlock(pool: Pool, slot: number, tag: number, handle: number, cache: boolean): boolean {
    const pymalloc = this.#pymalloc;
    const bytes = pool.size;
    this.#liveBlocks--;
    this.#liveBytes -= bytes;
    const list = tag & FREE_LIST_MASK;
    if (cache && list !== 0 && this.#freeListFor(list).push(handle)) {
      pool.tags[pool.tagBase + slot] = tag | TAG_CACHED;
      this.#cachedBlocks++;
      this.#cachedBytes += bytes;
      return true;
    }
    pool.tags[pool.tagBase + slot] = 0;
    pymalloc.freeIn(pool, ((tag & TAG_HEAD) === 0 ? slot : slot - 1) << 4);
    return false;
  }

  /**
   * `PyObject_Realloc` of the live object with `handle` to `size` bytes after its GC head (if it
   * has one): a pymalloc block stays where it is while the size fits and the block would not
   * shrink by more than a quarter (`pymalloc_realloc`), a raw chunk while it is big enough or is
   * the last chunk ({@link RawMalloc.realloc}); else the object moves to a new block (taken
   * before the old one is freed) and the old block goes back to its allocator, past any free list.
   * @returns The object's handle (new or the same), or {@link NO_HANDLE} over the budget (the
   * object stays where it was).
   */
  reallocHandle(handle: number, size: number): number {
    const pool = handle > 0 ? this.#pymalloc.poolAtUnit(handle) : undefined;
    if (pool === undefined) return this.#reallocRaw(handle, size);
    const tag = pool.tags[pool.tagBase + pool.topUnit - handle] as number;
    const head = (tag & TAG_HEAD) === 0 ? 0 : GC_HEAD_SIZE;
    const total = size + head;
    if (total <= pool.size && 4 * total > 3 * pool.size) return handle;
    const moved = this.allocateHandle(size, head !== 0, tag & FREE_LIST_MASK);
    if (moved === NO_HANDLE) return NO_HANDLE;
    this.#release(handle, false);
    return moved;
  }

  /** {@link Heap.reallocHandle} of a raw chunk: glibc `realloc` (it stays with the raw allocator, whatever its size). */
  #reallocRaw(handle: number, size: number): number {
    const block = this.#other.get(handle) ?? 0;
    assert(block > 0, `heap: realloc of non-live address 0x${addressOf(handle).toString(16)}`);
    const head = headOf(block);
    const oldBytes = bytesOf(block);
    const total = size + head;
    const bytes = rawChunkSize(total);
    const inUse = this.#liveBytes + this.#cachedBytes;
    if (bytes > oldBytes && inUse + bytes - oldBytes > this.#budget && !this.overBudgetAllowed) {
      this.failedRequest = total;
      this.failedInUse = inUse;
      return NO_HANDLE;
    }
    const raw = this.#raw;
    const base = addressOf(handle) - head;
    let moved = handle;
    if (!raw.realloc(base, total)) {
      if (raw.exhausts(total)) {
        this.failedRequest = total;
        this.failedInUse = inUse;
        return NO_HANDLE;
      }
      // glibc moves it: a new chunk, then the old one freed.
      moved = rawHandle(raw.alloc(total) + head);
      raw.free(base);
      this.#other.delete(handle);
    }
    this.#liveBytes += bytes - oldBytes;
    this.#other.set(moved, pack(bytes, head, block & 2047));
    return moved;
  }

  /**
   * Puts every address kept on the free list `id` ({@link freeListId}) back to its allocator,
   * the most recently kept first (the `Py*_ClearFreeList` functions, run by a full collection).
   */
  clearFreeList(id: number): void {
    const list = this.#freeLists[id];
    if (list === undefined) return;
    for (let handle = list.pop(); handle !== undefined; handle = list.pop()) {
      this.#uncache(handle);
      this.#release(handle, false);
    }
  }

  /** {@link Heap.releaseHandle} of a raw chunk. */
  #releaseRaw(handle: number, cache: boolean): boolean {
    const block = this.#other.get(handle) ?? 0;
    if (block <= 0) assert(false, `heap: release of non-live address 0x${addressOf(handle).toString(16)}`);
    const bytes = bytesOf(block);
    this.#liveBlocks--;
    this.#liveBytes -= bytes;
    const list = block & 2047;
    if (cache && list !== 0 && this.#freeListFor(list).push(handle)) {
      this.#other.set(handle, -block);
      this.#cachedBlocks++;
      this.#cachedBytes += bytes;
      return true;
    }
    this.#other.delete(handle);
    assert(this.#raw.free(addressOf(handle) - headOf(block)), 'heap: block owned by no allocator');
    return false;
  }

  /** Whether `address` is a live object. */
  isLive(address: number): boolean {
    const handle = handleOf(address);
    const pool = handle > 0 ? this.#pymalloc.poolAtUnit(handle) : undefined;
    if (pool === undefined) return (this.#other.get(handle) ?? 0) > 0;
    const tag = pool.tags[pool.tagBase + pool.topUnit - handle] as number;
    return tag !== 0 && (tag & TAG_CACHED) === 0;
  }

  /** Current statistics. */
  stats(): HeapStats {
    return {
      liveBlocks: this.#liveBlocks,
      liveBytes: this.#liveBytes,
      cachedBlocks: this.#cachedBlocks,
      cachedBytes: this.#cachedBytes,
      arenas: this.#pymalloc.arenasAllocated,
    };
  }

  #freeListFor(id: number): FreeList {
    let list = this.#freeLists[id];
    if (list === undefined) {
      list = new FreeList(freeListCapacity(freeListKeys[id] ?? ''));
      this.#freeLists[id] = list;
    }
    return list;
  }
}
