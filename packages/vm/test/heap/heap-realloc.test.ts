// PyObject_Realloc on the heap (pymalloc_realloc, the raw model's realloc) and emptying a free list.
import { describe, expect, it } from 'vitest';
import { Heap, freeListId } from '../../src/heap/heap.ts';
import { addressOf, handleOf } from '../../src/heap/handles.ts';
import { RAW_BASE } from '../../src/heap/raw-malloc.ts';

function ok(heap: Heap, request: string | number, options: Parameters<Heap['allocate']>[1] = {}): number {
  const result = heap.allocate(request, options);
  if (result.status !== 'ok') throw new Error('unexpected memory-error');
  return result.address;
}

/** Reallocates the object at `address` to `size` bytes; its new address. */
function realloc(heap: Heap, address: number, size: number): number {
  return addressOf(heap.reallocHandle(handleOf(address), size));
}

describe('Heap.reallocHandle', () => {
  it('keeps a pymalloc block that still fits and shrinks by a quarter at most', () => {
    const heap = new Heap();
    const a = ok(heap, 100); // the 112-byte class
    expect(realloc(heap, a, 112)).toBe(a);
    expect(realloc(heap, a, 85)).toBe(a); // 4 * 85 > 3 * 112
    expect(heap.stats().liveBlocks).toBe(1);
  });

  it('moves a block that grows, taking the new block before freeing the old', () => {
    const heap = new Heap();
    const a = ok(heap, 100);
    const b = realloc(heap, a, 200);
    expect(b).not.toBe(a);
    expect(heap.isLive(a)).toBe(false);
    expect(heap.isLive(b)).toBe(true);
    // The old block is the first its class hands out again.
    expect(ok(heap, 100)).toBe(a);
    expect(heap.stats()).toMatchObject({ liveBlocks: 2, liveBytes: 112 + 208 });
  });

  it('moves a block that shrinks by more than a quarter', () => {
    const heap = new Heap();
    const a = ok(heap, 400);
    expect(realloc(heap, a, 64)).not.toBe(a);
  });

  it('keeps the GC head in front of a moved object', () => {
    const heap = new Heap();
    const a = ok(heap, 380, { gcTracked: true });
    const b = realloc(heap, a, 400);
    // 400 + 16 goes to the 416-byte class, the object 16 bytes into its block.
    expect(heap.stats().liveBytes).toBe(416);
    expect(heap.isLive(b)).toBe(true);
    expect(ok(heap, 380, { gcTracked: true })).toBe(a);
  });

  it('sends a pymalloc block that outgrows 512 bytes to the raw allocator', () => {
    const heap = new Heap();
    const a = ok(heap, 500);
    const b = realloc(heap, a, 600);
    expect(b).toBeGreaterThanOrEqual(RAW_BASE);
    expect(b).toBeLessThan(RAW_BASE + 2 ** 32);
  });

  it('grows the last raw chunk in place and moves any other', () => {
    const heap = new Heap();
    const first = ok(heap, 1000);
    const last = ok(heap, 1000);
    expect(realloc(heap, last, 3000)).toBe(last);
    const moved = realloc(heap, first, 2000);
    expect(moved).toBeGreaterThan(last);
    // A raw chunk stays with the raw allocator even when it becomes small.
    expect(realloc(heap, moved, 100)).toBe(moved);
    expect(heap.stats().liveBlocks).toBe(2);
  });

  it('reports the budget instead of growing past it', () => {
    const heap = new Heap({ budget: 1200 });
    const a = ok(heap, 1000);
    expect(heap.reallocHandle(handleOf(a), 2000)).toBe(0);
    expect(heap.isLive(a)).toBe(true);
  });
});

describe('Heap.clearFreeList', () => {
  it('gives a free list back to pymalloc, the most recently kept first', () => {
    const heap = new Heap();
    const fs = [ok(heap, 'float'), ok(heap, 'float'), ok(heap, 'float')];
    for (const f of fs) heap.release(f);
    expect(heap.stats().cachedBlocks).toBe(3);
    heap.clearFreeList(freeListId('float'));
    expect(heap.stats()).toMatchObject({ cachedBlocks: 0, liveBlocks: 0 });
    // Freed last-kept first, so the block kept first is the pool's first to hand out.
    expect([ok(heap, 28), ok(heap, 28), ok(heap, 28)]).toEqual(fs);
  });
});
