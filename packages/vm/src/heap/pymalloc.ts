/**
 * A deterministic model of pymalloc, CPython's small-object allocator. Mirrors CPython 3.8
 * Objects/obmalloc.c (`pymalloc_alloc`, `pymalloc_free`, `new_arena`).
 *
 * **What is modelled.** Arenas of 256 KiB carved into 4 KiB pools; a pool serves one size class
 * (multiples of 16 bytes up to 512) and its first block starts after a 48-byte pool header
 * (`POOL_OVERHEAD`). Per size class, `usedpools` is a list of partly used pools and allocation
 * always takes the head pool. Inside a pool a freed block is pushed on the pool's freeblock
 * list and reused first (LIFO); untouched space is handed out in address order after that.
 * A full pool that gets a block back goes to the front of its `usedpools` list; a pool that
 * becomes empty goes to its arena's free pools (keeping its size class, so the same class can
 * pick its old freeblock list up again). `usable_arenas` is kept sorted by number of free pools,
 * fullest first; an arena whose pools all come back is released, even the only one (3.8 has no
 * "keep the last arena" rule; the interpreter's own live objects normally keep it mapped).
 *
 * **Addresses.** CPython gets arenas from `mmap`, which returns page-aligned memory, so on
 * Linux no pool is skipped for alignment; the model still implements obmalloc's skip for a base
 * that isn't pool-aligned (then the arena has 63 pools). Fresh arenas are placed top-down from
 * {@link ARENA_TOP} as Linux `mmap` places them; a released arena's address is reused first.
 * @module
 */
import { ARENA_TOP } from './handles.ts';

export { ARENA_TOP };

/** Bytes per arena (obmalloc.c `ARENA_SIZE`, 256 KiB). */
export const ARENA_SIZE = 256 * 1024;
/** Bytes per pool (obmalloc.c `POOL_SIZE` = `SYSTEM_PAGE_SIZE`, 4 KiB). */
export const POOL_SIZE = 4096;
/** Size-class granularity (obmalloc.c `ALIGNMENT`, 16 on 64-bit). */
export const ALIGNMENT = 16;
/** Largest request pymalloc serves (obmalloc.c `SMALL_REQUEST_THRESHOLD`). */
export const SMALL_REQUEST_THRESHOLD = 512;
/** The pool header rounded up to {@link ALIGNMENT} (obmalloc.c `POOL_OVERHEAD`: 48 bytes). */
export const POOL_OVERHEAD = 48;

/**
 * The key of the pool holding `address` in the pool table: how many pools below `top` (a
 * pool-aligned address at or above the arena range) it starts, a small integer.
 */
function poolKey(top: number, address: number): number {
  return Math.floor((top - 1 - address) / POOL_SIZE);
}

/** Slots of 16 bytes in a pool: the indexes of {@link Pool.tags}. */
export const SLOTS_PER_POOL = POOL_SIZE / ALIGNMENT;

/** One 4 KiB pool: `struct pool_header`. */
export interface Pool {
  readonly address: number;
  readonly arena: Arena;
  /** Size class index (`szidx`): block size is `(szidx + 1) * 16`; -1 before first use. */
  szidx: number;
  /** Bytes per block (`(szidx + 1) * 16`). */
  size: number;
  /** The last offset a block can start at (`maxnextoffset`). */
  maxnextoffset: number;
  /**
   * One byte per 16-byte slot, at `tagBase + ((address - pool.address) >> 4)`, for the
   * {@link Pymalloc} user's own bookkeeping of the objects in this pool (the heap's block
   * descriptions). The allocator never reads it; a slot is 0 unless the user sets it, and the
   * user clears it. The arena's pools share one array: a typed array of its own per pool would
   * cost more than the 256 bytes it holds.
   */
  readonly tags: Uint8Array;
  /** This pool's first slot in {@link Pool.tags}. */
  readonly tagBase: number;
  /** Allocated blocks (`ref.count`). */
  count: number;
  /** Offsets of freed blocks, last freed at the end (the `freeblock` singly linked list). */
  readonly freeblocks: number[];
  /** The pool's start in 16-byte units below the pool-aligned arena top (see heap/handles.ts). */
  readonly topUnit: number;
  /** Offset of the next never-used block (`nextoffset`). */
  nextoffset: number;
  /** The `usedpools` of its arena's {@link PoolContext}, the list it goes on. */
  readonly usedpools: (Pool | null)[];
  /** Neighbours in its `usedpools` list (`nextpool`/`prevpool`), and whether it is on it. */
  nextpool: Pool | null;
  prevpool: Pool | null;
  inUsed: boolean;
}

/** One arena: `struct arena_object`. */
export interface Arena {
  readonly address: number;
  /** First never-carved pool (`pool_address`). */
  poolAddress: number;
  readonly ntotalpools: number;
  nfreepools: number;
  /** The tags of its pools ({@link Pool.tags}), {@link SLOTS_PER_POOL} each in pool order. */
  readonly tags: Uint8Array;
  /** Empty pools given back, last given back at the end (`freepools`). */
  readonly freepools: Pool[];
  /** The allocation state it serves (see {@link PoolContext}). */
  readonly context: PoolContext;
  /** Neighbours in its {@link Pymalloc} `usable_arenas` bucket, and whether it is in one. */
  prevUsable: Arena | null;
  nextUsable: Arena | null;
  usable: boolean;
}

/** The arenas of `usable_arenas` with one number of free pools, in list order. */
interface ArenaBucket {
  head: Arena | null;
  tail: Arena | null;
}

/**
 * One allocation state of pymalloc: `usedpools` and `usable_arenas`, over arenas of its own.
 * CPython has one; the model keeps a second for the objects CPython makes before a program
 * starts (the modules its start-up imports), which corosim makes later, when the program imports
 * them, so that they take no blocks of the pools the program's own objects come from.
 */
export interface PoolContext {
  /** `usedpools[szidx]`: the head of the doubly linked list of partly used pools. */
  readonly usedpools: (Pool | null)[];
  /**
   * `usable_arenas`, sorted by `nfreepools` ascending, ties in list order: kept as one bucket per
   * number of free pools (the list is the buckets in ascending order, each in order), so that
   * moving an arena costs no search (what `nfp2lasta` gives obmalloc).
   */
  readonly usableBuckets: ArenaBucket[];
}

function newPoolContext(): PoolContext {
  const usedpools: (Pool | null)[] = [];
  const usableBuckets: ArenaBucket[] = [];
  for (let i = 0; i < SMALL_REQUEST_THRESHOLD / ALIGNMENT; i++) usedpools.push(null);
  for (let i = 0; i <= ARENA_SIZE / POOL_SIZE; i++) usableBuckets.push({ head: null, tail: null });
  return { usedpools, usableBuckets };
}

/** Rounds a request to its size class index (obmalloc.c `(nbytes - 1) >> ALIGNMENT_SHIFT`). */
export function sizeClassIndex(nbytes: number): number {
  return (nbytes - 1) >> 4;
}

/** The block size pymalloc hands out for a request of `nbytes` (1..512). */
export function sizeClassBytes(nbytes: number): number {
  return (sizeClassIndex(nbytes) + 1) * ALIGNMENT;
}

/** Options of {@link Pymalloc}. */
export interface PymallocOptions {
  /** Top of the arena range (default {@link ARENA_TOP}); need not be pool-aligned. */
  readonly arenaTop?: number;
}

/**
 * The pymalloc model: `alloc`/`free` with CPython's reuse order.
 * @remarks Requests of 0 or above 512 bytes are not pymalloc's: `alloc` returns `undefined` for
 * them, as `pymalloc_alloc` returns 0 and `PyObject_Malloc` falls back to the raw allocator.
 * @example
 * ```ts
 * const m = new Pymalloc();
 * const a = m.alloc(32)!;
 * m.free(a);
 * m.alloc(20) === a; // same size class, LIFO reuse
 * ```
 * @see CPython 3.8 Objects/obmalloc.c pymalloc_alloc, pymalloc_free
 */
export class Pymalloc {
  readonly #arenaTop: number;
  /** The program's allocation state. */
  readonly #main: PoolContext = newPoolContext();
  /** The allocation state of what CPython makes before a program starts ({@link PoolContext}). */
  readonly #startup: PoolContext = newPoolContext();
  /** The state allocations take their blocks from now. */
  #context: PoolContext = this.#main;
  /** Its `usedpools` (one load less on the allocation path). */
  #usedpools: (Pool | null)[] = this.#main.usedpools;
  /** Every carved pool, by {@link poolKey} (an array: keys are small integers). */
  readonly #pools: (Pool | undefined)[] = [];
  /** The pool-aligned top the pool keys count down from. */
  readonly #keyTop: number;
  /** Addresses of released arenas, reused last-released first (a model of `mmap`). */
  readonly #releasedArenas: number[] = [];
  #freshArenas = 0;
  #arenasAllocated = 0;
  /** The pool the last {@link Pymalloc.alloc} took its block from. */
  lastPool: Pool | null = null;

  /** Creates an empty allocator. */
  constructor(options: PymallocOptions = {}) {
    this.#arenaTop = options.arenaTop ?? ARENA_TOP;
    this.#keyTop = Math.ceil(this.#arenaTop / POOL_SIZE) * POOL_SIZE;
  }

  /**
   * Runs `make` with its allocations taken from the start-up state ({@link PoolContext}); frees
   * go back to the state their block's arena serves, whenever they happen.
   */
  atStartup<T>(make: () => T): T {
    const previous = this.#context;
    this.#context = this.#startup;
    this.#usedpools = this.#startup.usedpools;
    try {
      return make();
    } finally {
      this.#context = previous;
      this.#usedpools = previous.usedpools;
    }
  }

  /** Arenas currently mapped (`narenas_currently_allocated`). */
  get arenasAllocated(): number {
    return this.#arenasAllocated;
  }

  /** Whether `address` lies in a pool this allocator carved (obmalloc.c `address_in_range`). */
  owns(address: number): boolean {
    return this.poolAt(address) !== undefined;
  }

  /**
   * Allocates a block for `nbytes`.
   * @param nbytes - Requested size in bytes.
   * @returns The block's address, or `undefined` when the request is not pymalloc's (0 or > 512).
   * @see CPython 3.8 Objects/obmalloc.c pymalloc_alloc
   */
  alloc(nbytes: number): number | undefined {
    if (nbytes < 1 || nbytes > SMALL_REQUEST_THRESHOLD) return undefined;
    const offset = this.allocOffset(nbytes);
    return (this.lastPool as Pool).address + offset;
  }

  /**
   * {@link Pymalloc.alloc} for a request known to be pymalloc's (1..512 bytes): the block's offset
   * in {@link Pymalloc.lastPool}, a small integer.
   */
  allocOffset(nbytes: number): number {
    const size = sizeClassIndex(nbytes);
    const head = this.#usedpools[size] ?? null;
    return head !== null ? this.#takeBlock(head) : this.#takeFromNewPool(size);
  }

  /**
   * {@link Pymalloc.allocOffset} when no partly used pool serves the class (apart, so that the
   * common path stays small enough to inline): takes a pool from the fullest usable arena.
   */
  #takeFromNewPool(size: number): number {
    const pool = this.#newPool();
    this.#linkFront(pool, size);
    if (pool.szidx !== size) {
      // A fresh pool, or one last used by another class: start it over (init_pool).
      pool.szidx = size;
      pool.size = (size + 1) * ALIGNMENT;
      pool.maxnextoffset = POOL_SIZE - pool.size;
      pool.freeblocks.length = 0;
      pool.nextoffset = POOL_OVERHEAD;
    }
    return this.#takeBlock(pool);
  }

  /**
   * Frees a block allocated by {@link Pymalloc.alloc}.
   * @returns `false` when the address is not a live pymalloc block (the caller's to route).
   * @see CPython 3.8 Objects/obmalloc.c pymalloc_free
   */
  free(address: number): boolean {
    const pool = this.poolAt(address);
    if (pool === undefined) return false;
    this.freeIn(pool, address - pool.address);
    return true;
  }

  /**
   * The pool holding the address `unit` 16-byte units below the arena top, while it has blocks in
   * use (for an allocator whose arena top is pool-aligned, as the default is).
   */
  poolAtUnit(unit: number): Pool | undefined {
    const pool = this.#pools[(unit - 1) >> 8];
    return pool === undefined || pool.count === 0 ? undefined : pool;
  }

  /**
   * The pool holding `address` while it has blocks in use (obmalloc.c `POOL_ADDR` with
   * `address_in_range`), else `undefined`.
   */
  poolAt(address: number): Pool | undefined {
    const key = poolKey(this.#keyTop, address);
    const pool = key >= 0 && key < this.#pools.length ? this.#pools[key] : undefined;
    return pool === undefined || pool.count === 0 ? undefined : pool;
  }

  /** Frees the block at `offset` in `pool` (which {@link Pymalloc.poolAt} gave for it). */
  freeIn(pool: Pool, offset: number): void {
    const wasFull = this.#isFull(pool);
    pool.freeblocks.push(offset);
    pool.count--;
    if (wasFull) {
      // A full pool is on no list: link it at the front of usedpools (LRU pool use).
      this.#linkFront(pool, pool.szidx);
    }
    if (pool.count === 0) this.#emptied(pool);
  }

  /** The pool's last block was freed: it leaves usedpools and goes back to its arena. */
  #emptied(pool: Pool): void {
    this.#unlink(pool);
    this.#returnPool(pool);
  }

  #isFull(pool: Pool): boolean {
    return pool.freeblocks.length === 0 && pool.nextoffset > pool.maxnextoffset;
  }

  /** Links `pool` at the head of `usedpools[size]`. */
  #linkFront(pool: Pool, size: number): void {
    const usedpools = pool.usedpools;
    const head = usedpools[size] ?? null;
    pool.prevpool = null;
    pool.nextpool = head;
    if (head !== null) head.prevpool = pool;
    usedpools[size] = pool;
    pool.inUsed = true;
  }

  /** Unlinks `pool` from its `usedpools` list (if it is on it). */
  #unlink(pool: Pool): void {
    if (!pool.inUsed) return;
    const prev = pool.prevpool;
    const next = pool.nextpool;
    if (prev === null) pool.usedpools[pool.szidx] = next;
    else prev.nextpool = next;
    if (next !== null) next.prevpool = prev;
    pool.prevpool = null;
    pool.nextpool = null;
    pool.inUsed = false;
  }

  /** Takes a block of `pool`: its offset. */
  #takeBlock(pool: Pool): number {
    pool.count++;
    this.lastPool = pool;
    let offset = pool.freeblocks.pop();
    if (offset === undefined) {
      offset = pool.nextoffset;
      pool.nextoffset += pool.size;
    }
    // Once neither freed nor untouched blocks remain the pool leaves usedpools.
    if (this.#isFull(pool)) this.#unlink(pool);
    return offset;
  }

  #newPool(): Pool {
    let arena = this.#firstUsable();
    if (arena === null) {
      arena = this.#newArena();
      this.#linkUsable(arena);
    }
    let pool = arena.freepools.pop();
    if (pool === undefined) {
      pool = {
        address: arena.poolAddress,
        arena,
        szidx: -1,
        size: 0,
        maxnextoffset: 0,
        tags: arena.tags,
        tagBase: (arena.ntotalpools - arena.nfreepools) * SLOTS_PER_POOL,
        count: 0,
        freeblocks: [],
        topUnit: ((this.#keyTop - arena.poolAddress) / ALIGNMENT) | 0,
        nextoffset: POOL_OVERHEAD,
        usedpools: arena.context.usedpools,
        nextpool: null,
        prevpool: null,
        inUsed: false,
      };
      this.#pools[poolKey(this.#keyTop, pool.address)] = pool;
      arena.poolAddress += POOL_SIZE;
    }
    // The head arena has the fewest free pools, so it stays the head until it has none: it
    // moves to the front of the next lower bucket, which is empty.
    this.#unlinkUsable(arena);
    arena.nfreepools--;
    if (arena.nfreepools > 0) this.#linkUsable(arena);
    return pool;
  }

  #newArena(): Arena {
    const address = this.#releasedArenas.pop() ?? this.#arenaTop - ++this.#freshArenas * ARENA_SIZE;
    this.#arenasAllocated++;
    const excess = address % POOL_SIZE;
    // obmalloc skips to the next pool boundary, losing one pool, when the arena isn't aligned.
    const ntotalpools = ARENA_SIZE / POOL_SIZE - (excess === 0 ? 0 : 1);
    const poolAddress = excess === 0 ? address : address + POOL_SIZE - excess;
    const tags = new Uint8Array(ntotalpools * SLOTS_PER_POOL);
    return { address, poolAddress, ntotalpools, nfreepools: ntotalpools, tags, freepools: [], context: this.#context, prevUsable: null, nextUsable: null, usable: false };
  }

  #returnPool(pool: Pool): void {
    const arena = pool.arena;
    arena.freepools.push(pool);
    this.#unlinkUsable(arena);
    const nf = ++arena.nfreepools;
    if (nf === arena.ntotalpools) {
      // Case 1: every pool is free, so the arena is unmapped.
      for (let a = arena.address; a < arena.address + ARENA_SIZE; a += POOL_SIZE) this.#pools[poolKey(this.#keyTop, a)] = undefined;
      this.#releasedArenas.push(arena.address);
      this.#arenasAllocated--;
      return;
    }
    // Cases 2-4: keep the list sorted; the arena goes after every arena with fewer free pools
    // and before the first with as many (it follows nfp2lasta[nf - 1]): the front of its bucket.
    this.#linkUsable(arena);
  }

  /** The head of `usable_arenas` (the first arena of the lowest non-empty bucket), or null. */
  #firstUsable(): Arena | null {
    const buckets = this.#context.usableBuckets;
    for (let i = 1; i < buckets.length; i++) {
      const head = (buckets[i] as ArenaBucket).head;
      if (head !== null) return head;
    }
    return null;
  }

  /** Puts `arena` at the front of the bucket of its `nfreepools`. */
  #linkUsable(arena: Arena): void {
    const bucket = arena.context.usableBuckets[arena.nfreepools] as ArenaBucket;
    const head = bucket.head;
    arena.prevUsable = null;
    arena.nextUsable = head;
    if (head === null) bucket.tail = arena;
    else head.prevUsable = arena;
    bucket.head = arena;
    arena.usable = true;
  }

  /** Takes `arena` out of its bucket, if it is in one. */
  #unlinkUsable(arena: Arena): void {
    if (!arena.usable) return;
    const bucket = arena.context.usableBuckets[arena.nfreepools] as ArenaBucket;
    const prev = arena.prevUsable;
    const next = arena.nextUsable;
    if (prev === null) bucket.head = next;
    else prev.nextUsable = next;
    if (next === null) bucket.tail = prev;
    else next.prevUsable = prev;
    arena.prevUsable = null;
    arena.nextUsable = null;
    arena.usable = false;
  }
}
