/**
 * Address handles: how an object keeps its simulated address. Addresses are 47-bit numbers
 * (pymalloc arenas just below {@link ARENA_TOP}, raw chunks from {@link RAW_BASE}, static objects
 * from {@link STATIC_BASE}); a JS field holding one is a boxed double, and arithmetic on it is
 * floating point. A handle is the same address counted in 16-byte units from the start of its
 * region, a small integer: objects store it unboxed, and the heap finds a block's pool and slot
 * with integer arithmetic. Every address the runtime hands out is 16-byte aligned.
 *
 * - `h > 0`: a pymalloc block, `ARENA_TOP - 16h` (units below the arena top; 16 GiB of arenas).
 * - `-STATIC_UNITS < h <= 0`: a static object, `STATIC_BASE - 16h`.
 * - `h <= -STATIC_UNITS`: a raw chunk, `RAW_BASE + 16(-h - STATIC_UNITS)`.
 *
 * No CPython counterpart: CPython objects are their addresses.
 * @module
 */

/** Where the first pymalloc arena ends; fresh arenas go downwards from here, as Linux `mmap` does. */
export const ARENA_TOP = 0x7f0000000000;
/** Where raw (above 512 bytes) chunks start, in address order upwards (looks like a glibc brk heap). */
export const RAW_BASE = 0x560000000000;
/** The static region (CPython's data segment): above every heap address. */
export const STATIC_BASE = 0x7f00_0000_0000;
/** Units of the static region; handles at or below its negation are raw chunks. */
const STATIC_UNITS = 2 ** 29;

/** The handle meaning "no object" (the heap's answer when the budget is exhausted). */
export const NO_HANDLE = 0;

/** The address of a handle. */
export function addressOf(handle: number): number {
  if (handle > 0) return ARENA_TOP - handle * 16;
  if (handle > -STATIC_UNITS) return STATIC_BASE - handle * 16;
  return RAW_BASE + (-handle - STATIC_UNITS) * 16;
}

// The conversions end in `| 0`: a division of doubles gives a double, and a double stored in a
// field that held small integers turns the field into a boxed number for every object.

/** The handle of a pymalloc address. */
export function arenaHandle(address: number): number {
  return ((ARENA_TOP - address) / 16) | 0;
}

/**
 * Where the raw region ends: past it a handle would not be a 32-bit integer. Freed chunks merge
 * and the top comes back down (raw-malloc.ts), so only a program that keeps about 30 GB of large
 * blocks, or fragments the region as badly, gets there.
 */
export const RAW_END = RAW_BASE + (2 ** 31 - STATIC_UNITS - 1) * 16;

/** The handle of a raw chunk's address. */
export function rawHandle(address: number): number {
  return (-STATIC_UNITS - (address - RAW_BASE) / 16) | 0;
}

/** The handle of a static address (`STATIC_BASE` or above). */
export function staticHandle(address: number): number {
  return (-(address - STATIC_BASE) / 16) | 0;
}

/** The handle of any address the runtime hands out. */
export function handleOf(address: number): number {
  if (address >= STATIC_BASE) return staticHandle(address);
  if (address >= RAW_BASE && address < RAW_BASE + STATIC_UNITS * 16 * 2) return rawHandle(address);
  return arenaHandle(address);
}

/** Whether a handle is a static object's (never freed, never tracked). */
export function isStaticHandle(handle: number): boolean {
  return handle <= 0 && handle > -STATIC_UNITS;
}
