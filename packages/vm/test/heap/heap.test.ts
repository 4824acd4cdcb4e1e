// The heap facade: GC heads, free lists in front of the allocators, statistics, the budget.
import { describe, expect, it } from 'vitest';
import { Heap } from '../../src/heap/heap.ts';
import { POOL_SIZE } from '../../src/heap/pymalloc.ts';
import { RAW_BASE } from '../../src/heap/raw-malloc.ts';

function ok(heap: Heap, request: string | number, options: Parameters<Heap['allocate']>[1] = {}): number {
  const result = heap.allocate(request, options);
  if (result.status !== 'ok') throw new Error('unexpected memory-error');
  return result.address;
}

describe('Heap', () => {
  it('places a tracked object 16 bytes after its GC head, in the 112-byte class for a generator', () => {
    const heap = new Heap();
    const ids = [0, 1, 2].map(() => ok(heap, 'generator'));
    // As id() of fresh generators shows in CPython 3.8.18.
    expect(ids.map((id) => id % POOL_SIZE)).toEqual([64, 176, 288]);
    expect(heap.stats().liveBytes).toBe(3 * 112);
  });

  // id() % 4096 of the first fresh objects and the usual step between them, CPython 3.8.18.
  it.each<[string, number, number[]]>([
    ['generator', 112, [64, 176, 288]],
    ['coroutine', 128, [64, 192, 320]],
    ['async_generator', 144, [64, 208, 352]],
  ])('lays fresh %s objects out %i bytes apart as CPython does', (type, step, offsets) => {
    const heap = new Heap();
    const ids = [0, 1, 2].map(() => ok(heap, type));
    expect(ids.map((id) => id % POOL_SIZE)).toEqual(offsets);
    expect((ids[1] ?? 0) - (ids[0] ?? 0)).toBe(step);
  });

  it('places an untracked object at its block', () => {
    const heap = new Heap();
    expect(ok(heap, 'object') % POOL_SIZE).toBe(48);
    expect(ok(heap, 24) % POOL_SIZE).toBe(48);
    expect(ok(heap, 24) % POOL_SIZE).toBe(48 + 32);
    // 24 + 16 → the 48-byte class, a fresh pool; the object follows its GC head.
    expect(ok(heap, 24, { gcTracked: true }) % POOL_SIZE).toBe(48 + 16);
  });

  it('sizes variable objects by items and sends big ones to the raw allocator', () => {
    const heap = new Heap();
    const frame = ok(heap, 'frame', { items: 20 });
    expect(frame).toBe(RAW_BASE + 16 + 16);
    expect(heap.stats().liveBytes).toBe(16 + 368 + 160 + 8 + 8);
  });

  it('reuses addresses last released first', () => {
    const heap = new Heap();
    ok(heap, 'object');
    const a = ok(heap, 'generator');
    const b = ok(heap, 'generator');
    heap.release(a);
    heap.release(b);
    expect([ok(heap, 'generator'), ok(heap, 'generator')]).toEqual([b, a]);
  });

  it('keeps 100 floats on the free list and frees the rest to pymalloc (CPython 3.8.18)', () => {
    const heap = new Heap();
    const fs = Array.from({ length: 150 }, () => ok(heap, 'float'));
    // list_clear drops the items from the end.
    for (const f of [...fs].reverse()) heap.release(f);
    expect(heap.stats()).toMatchObject({ liveBlocks: 0, cachedBlocks: 100 });
    const again = Array.from({ length: 150 }, () => fs.indexOf(ok(heap, 'float')));
    // The free list gives back f50..f149, then pymalloc the block freed last, f0, then f1…
    expect(again.slice(0, 3)).toEqual([50, 51, 52]);
    expect(again.slice(99, 102)).toEqual([149, 0, 1]);
  });

  it('bounds the asend free list at 80', () => {
    const heap = new Heap();
    const xs = Array.from({ length: 90 }, () => ok(heap, 'async_generator_asend'));
    for (const x of xs) heap.release(x);
    expect(heap.stats().cachedBlocks).toBe(80);
  });

  it('keeps tuples by length, never the empty tuple or tuples of 20 and more', () => {
    const heap = new Heap();
    const t2 = ok(heap, 'tuple', { items: 2 });
    const t3 = ok(heap, 'tuple', { items: 3 });
    const t20 = ok(heap, 'tuple', { items: 20 });
    heap.release(t2);
    heap.release(t3);
    heap.release(t20);
    expect(heap.stats().cachedBlocks).toBe(2);
    expect(ok(heap, 'tuple', { items: 2 })).toBe(t2);
  });

  it('returns a memory-error when the budget would be exceeded', () => {
    const heap = new Heap({ budget: 256 });
    ok(heap, 'generator');
    ok(heap, 'generator');
    expect(heap.allocate('generator')).toEqual({ status: 'memory-error', requested: 112, inUse: 224, budget: 256 });
    expect(heap.stats().liveBlocks).toBe(2);
  });

  it('hands out plain blocks (no GC head, no free list) as the general path does, and leaves it the rest', () => {
    const sizes = [28, 32, 60, 512, 28, 100, 28];
    const general = new Heap();
    const plain = new Heap();
    const live: [number, number][] = [];
    for (let i = 0; i < 3000; i++) {
      const size = sizes[i % sizes.length] as number;
      const a = general.allocateHandle(size, false, 0);
      const b = plain.allocatePlain(size);
      expect(b).toBe(a);
      live.push([a, b]);
      if (i % 3 === 0) {
        const [x, y] = live.splice((i * 7) % live.length, 1)[0] as [number, number];
        general.releaseHandle(x);
        expect(plain.releasePlain(y)).toBe(true);
      }
    }
    expect(plain.stats()).toEqual(general.stats());
    // Above pymalloc's sizes, at size 0 and over the budget, the caller takes the general path.
    expect(plain.allocatePlain(513)).toBe(0);
    expect(plain.allocatePlain(0)).toBe(0);
    const small = new Heap({ budget: 64 });
    expect(small.allocatePlain(48)).not.toBe(0);
    expect(small.allocatePlain(28)).toBe(0);
    expect(small.stats().liveBlocks).toBe(1);
    // Only plain blocks are released this way: a GC head, a free list or a raw chunk is the general path's.
    const mixed = new Heap();
    const tracked = mixed.allocateHandle(96, true, 0);
    const listed = mixed.allocateHandle(24, false, 1);
    const raw = mixed.allocateHandle(600, false, 0);
    for (const h of [tracked, listed, raw, 0, -5]) expect(mixed.releasePlain(h)).toBe(false);
    expect(mixed.stats().liveBlocks).toBe(3);
  });

  it('treats releasing a dead address as a host defect', () => {
    const heap = new Heap();
    const a = ok(heap, 'object');
    heap.release(a);
    expect(() => { heap.release(a); }).toThrow(/non-live/);
    expect(() => heap.allocate('no_such_type')).toThrow(/unknown type/);
  });

  it('gives the same addresses for the same sequence', () => {
    const run = (): number[] => {
      const heap = new Heap();
      const out: number[] = [];
      const types = ['generator', 'float', 'list', 'dict', 'coroutine', 'async_generator_asend'];
      for (let i = 0; i < 2000; i++) {
        out.push(ok(heap, types[i % types.length] ?? 'object'));
        const victim = out[(i * 13) % out.length] ?? 0;
        if (i % 2 === 0 && heap.isLive(victim)) heap.release(victim);
      }
      return out;
    };
    expect(run()).toEqual(run());
  });
});
