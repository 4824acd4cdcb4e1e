// The start-up state of pymalloc (heap.ts `shapeCurrentPool`, pymalloc.ts `PoolContext`): a shaped
// pool hands out its blocks in the order given, then a new pool; what is made at start-up takes
// no block of the program's pools, and its frees go back to its own.
import { describe, expect, it } from 'vitest';
import { Heap } from '../../src/heap/heap.ts';
import { POOL_OVERHEAD, POOL_SIZE } from '../../src/heap/pymalloc.ts';

/** The block index of `address` in its pool, for blocks of `size` bytes. */
function blockIndex(address: number, size: number): number {
  return ((address % POOL_SIZE) - POOL_OVERHEAD) / size;
}

function allocate(heap: Heap, size: number): number {
  const r = heap.allocate(size);
  if (r.status !== 'ok') throw new Error('out of memory');
  return r.address;
}

describe('start-up pools', () => {
  it('hand out the shaped order, holes first, then the rest of the pool, then a new pool', () => {
    const heap = new Heap();
    allocate(heap, 160); // the program's own object, in some other pool
    heap.shapeCurrentPool(160, [12, 3, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    const got = Array.from({ length: 16 }, () => blockIndex(allocate(heap, 160), 160));
    expect(got).toEqual([12, 3, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 0, 1]);
  });

  it('keep what is made at start-up out of the program pools, and take its frees back', () => {
    const heap = new Heap();
    heap.shapeCurrentPool(144, [26, 27]);
    const early = heap.atStartup(() => [allocate(heap, 144), allocate(heap, 144)]);
    expect([allocate(heap, 144), allocate(heap, 144), allocate(heap, 144)].map((a) => blockIndex(a, 144))).toEqual([26, 27, 0]);
    heap.release(early[1] as number);
    // A freed start-up block goes back to its pool, which the program's allocations do not use.
    expect(blockIndex(allocate(heap, 144), 144)).toBe(1);
    expect(heap.atStartup(() => allocate(heap, 144))).toBe(early[1]);
  });
});
