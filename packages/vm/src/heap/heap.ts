/**
 * The simulated heap the runtime allocates objects from: pymalloc for requests up to 512 bytes,
 * the raw allocator above, CPython 3.8's type free lists in front of both, and a byte budget.
 * Mirrors CPython 3.8 Objects/obmalloc.c `_PyObject_Malloc` and Modules/gcmodule.c
 * `_PyObject_GC_Alloc` (the object sits right after its 16-byte GC head).
 * @module
 */
import { assert } from '../internal/assert.ts';
import { ASYNC_GEN_MAXFREELIST, DICT_MAXFREELIST, FLOAT_MAXFREELIST, FreeList, LIST_MAXFREELIST, TUPLE_MAXFREELIST, TUPLE_MAXSAVESIZE } from './free-list.ts';
import { ARENA_TOP, POOL_SIZE, Pymalloc, SMALL_REQUEST_THRESHOLD, sizeClassBytes } from './pymalloc.ts';
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

/** Free list ids must fit the 6 bits of a block table entry ({@link toEntry}). */
const MAX_FREE_LIST_ID = 63;

/** Free list keys by id (id 0 means none), so a block's description packs into one number. */
const freeListKeys: string[] = [''];
const freeListIds = new Map<string, number>();

/** The small-integer id of a free list key (stable for the process; 0 is "no free list"). */
export function freeListId(key: string): number {
  let id = freeListIds.get(key);
  if (id === undefined) {
    id = freeListKeys.length;
    assert(id <= MAX_FREE_LIST_ID, `heap: too many free lists for the block table (${key})`);
    freeListKeys.push(key);
    freeListIds.set(key, id);
  }
  return id;
}

/**
 * What the heap remembers of a block, packed into one small integer (no object per block):
 * the bytes the allocator holds, whether a 16-byte GC head precedes the object, its free list.
 * Memory sitting on a free list is stored negated; 0 means no block.
 */
function pack(bytes: number, head: number, freeList: number): number {
  return bytes * 4096 + (head === 0 ? 0 : 2048) + freeList;
}

/** Bytes of a live block (a cached one is stored negated). */
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
 * A block description as the table keeps it, in 16 bits: the free list id (bits 0-5), the GC
 * head (bit 6), cached on a free list (bit 7), the block size in 16-byte units (bits 8-13). Only
 * pymalloc blocks (at most 512 bytes) are in the table. 0 means no block.
 */
function toEntry(block: number): number {
  const live = block > 0 ? block : -block;
  return (bytesOf(live) / 16) * 256 + (block < 0 ? 128 : 0) + (headOf(live) === 0 ? 0 : 64) + (live & 2047);
}

/** The packed description ({@link pack}, negated when cached) of a table entry (0: none). */
function fromEntry(entry: number): number {
  if (entry === 0) return 0;
  const block = pack((entry >> 8) * 16, entry & 64, entry & 63);
  return (entry & 128) === 0 ? block : -block;
}

/** Slots per pool in the block table: one per 16-byte step of a 4 KiB pool. */
const SLOTS_PER_POOL = POOL_SIZE / 16;

/** Block table slots per chunk: one arena's worth (an arena has 64 pools of 256 slots). */
const CHUNK_SHIFT = 14;
const SLOTS_PER_CHUNK = 1 << CHUNK_SHIFT;
/** Slots the table covers; addresses beyond are kept in a Map. */
const MAX_SLOTS = 0x1000_0000;

/**
 * The block table index of a pymalloc address: its pool's distance below {@link ARENA_TOP} in
 * pools, times the slots per pool, plus its 16-byte step in the pool. Negative or huge for
 * addresses outside the arena range (raw chunks).
 */
function slotOf(address: number): number {
  // `floor((ARENA_TOP - 1 - address) / POOL_SIZE)` and `address % POOL_SIZE`, computed from one
  // exact division by a power of two (a `%` on numbers above 2^31 is a slow floating modulo).
  const q = Math.floor(address / POOL_SIZE);
  const pool = ARENA_TOP / POOL_SIZE - 1 - q;
  return pool * SLOTS_PER_POOL + ((address - q * POOL_SIZE) >> 4);
}

/**
 * The simulated object heap.
 * @remarks
 * **Details.** `allocate` returns the object's address (what `id()` shows): for a GC-tracked
 * object it is 16 bytes after the block pymalloc handed out. Types with a CPython free list take
 * the last address put on it first; `release` puts the address back while the list has room.
 * Block descriptions of pymalloc blocks live in a typed array indexed by pool and offset (a Map
 * keyed by addresses above 2^31 costs far more per allocation); raw chunks use a Map.
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
  /**
   * Block descriptions of pymalloc blocks by {@link slotOf}, as {@link toEntry} packs them (0: no
   * block), in chunks of {@link SLOTS_PER_CHUNK} (one arena's worth) made on first use: two bytes
   * per 16 bytes of the arenas in use, never copied, never more than one chunk too many.
   */
  readonly #chunks: (Uint16Array | undefined)[] = [];
  /** Packed block descriptions of blocks outside the table (raw chunks), by address. */
  readonly #other = new Map<number, number>();
  /** Free lists by {@link freeListId}. */
  readonly #freeLists: (FreeList | undefined)[] = [];
  #liveBlocks = 0;
  #cachedBlocks = 0;
  #liveBytes = 0;
  #cachedBytes = 0;
  /** While true, allocations may exceed the budget (to build the MemoryError that reports it). */
  overBudgetAllowed = false;
  /** The request size and bytes in use of the last failed {@link Heap.allocateBlock}. */
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
    const address = this.allocateBlock(size, tracked, key === undefined ? 0 : freeListId(key));
    if (address >= 0) return { status: 'ok', address };
    return { status: 'memory-error', requested: this.failedRequest, inUse: this.failedInUse, budget: this.#budget };
  }

  /**
   * The allocation fast path: an object of `size` bytes, after a GC head when `tracked`, from the
   * free list `freeList` ({@link freeListId}; 0 for none) first.
   * @returns The address, or -1 when the budget would be exceeded (see `failedRequest`).
   */
  allocateBlock(size: number, tracked: boolean, freeList: number): number {
    if (freeList !== 0) {
      const cached = this.#freeLists[freeList]?.pop();
      if (cached !== undefined) {
        const block = this.#get(cached);
        assert(block < 0, 'heap: free list address without a block');
        const bytes = bytesOf(-block);
        this.#set(cached, -block);
        this.#cachedBlocks--;
        this.#cachedBytes -= bytes;
        this.#liveBlocks++;
        this.#liveBytes += bytes;
        return cached;
      }
    }
    const offset = tracked ? GC_HEAD_SIZE : 0;
    const total = size + offset;
    const small = total >= 1 && total <= SMALL_REQUEST_THRESHOLD;
    const bytes = small ? sizeClassBytes(total) : rawChunkSize(total);
    const inUse = this.#liveBytes + this.#cachedBytes;
    if (inUse + bytes > this.#budget && !this.overBudgetAllowed) {
      this.failedRequest = total;
      this.failedInUse = inUse;
      return -1;
    }
    const base = (small ? this.#pymalloc.alloc(total) : undefined) ?? this.#raw.alloc(total);
    const address = base + offset;
    this.#set(address, pack(bytes, offset, freeList));
    this.#liveBlocks++;
    this.#liveBytes += bytes;
    return address;
  }

  /**
   * Releases the object at `address`: onto its type's free list while it has room, else back to
   * the allocator.
   * @throws InternalError when `address` is not a live object (a host defect).
   */
  release(address: number): void {
    const slot = slotOf(address);
    const chunk = slot >= 0 && slot < MAX_SLOTS ? this.#chunks[slot >> CHUNK_SHIFT] : undefined;
    const at = slot & (SLOTS_PER_CHUNK - 1);
    const entry = chunk === undefined ? 0 : (chunk[at] ?? 0);
    const inTable = entry !== 0;
    const block = inTable ? fromEntry(entry) : (this.#other.get(address) ?? 0);
    if (block <= 0) assert(false, `heap: release of non-live address 0x${address.toString(16)}`);
    const bytes = bytesOf(block);
    this.#liveBlocks--;
    this.#liveBytes -= bytes;
    const list = block & 2047;
    if (list !== 0 && this.#freeListFor(list).push(address)) {
      if (chunk !== undefined && inTable) chunk[at] = toEntry(-block);
      else this.#other.set(address, -block);
      this.#cachedBlocks++;
      this.#cachedBytes += bytes;
      return;
    }
    if (chunk !== undefined && inTable) chunk[at] = 0;
    else this.#other.delete(address);
    const base = address - headOf(block);
    if (!this.#pymalloc.free(base)) assert(this.#raw.free(base), 'heap: block owned by no allocator');
  }

  /** Whether `address` is a live object. */
  isLive(address: number): boolean {
    const block = this.#get(address);
    return block > 0;
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

  #get(address: number): number {
    const slot = slotOf(address);
    const chunk = slot >= 0 && slot < MAX_SLOTS ? this.#chunks[slot >> CHUNK_SHIFT] : undefined;
    if (chunk !== undefined) {
      const block = fromEntry(chunk[slot & (SLOTS_PER_CHUNK - 1)] ?? 0);
      if (block !== 0) return block;
    }
    return this.#other.get(address) ?? 0;
  }

  #set(address: number, block: number): void {
    if (address >= ARENA_TOP - 0x100_0000_0000) {
      const slot = slotOf(address);
      if (slot >= 0 && slot < MAX_SLOTS) {
        const index = slot >> CHUNK_SHIFT;
        let chunk = this.#chunks[index];
        if (chunk === undefined) {
          chunk = new Uint16Array(SLOTS_PER_CHUNK);
          this.#chunks[index] = chunk;
        }
        chunk[slot & (SLOTS_PER_CHUNK - 1)] = toEntry(block);
        return;
      }
    }
    this.#other.set(address, block);
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
