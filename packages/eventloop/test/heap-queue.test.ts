import { describe, expect, it } from 'vitest';
import { KeyedHeap, heapify, heappop, heappush } from '../src/heap-queue.ts';

// Expected orders come from CPython's `heapq` (the `_heapq` C module) on objects whose `__lt__`
// compares `w` only, as `TimerHandle.__lt__` does.
interface Item {
  readonly w: number;
  readonly i: number;
}
const lt = (a: Item, b: Item): boolean => a.w < b.w;

function lcg(seed: number): () => number {
  let x = BigInt(seed);
  return () => {
    x = (x * 1103515245n + 12345n) % 2147483648n;
    return Number(x);
  };
}

function drain(heap: Item[]): number[] {
  const out: number[] = [];
  for (let item = heappop(heap, lt); item !== undefined; item = heappop(heap, lt)) out.push(item.i);
  return out;
}

describe('heap-queue', () => {
  it('pops equal keys in heapq order, not FIFO', () => {
    const heap: Item[] = [];
    const seq = [[1, 0], [1, 1], [1, 2], [0.5, 3], [1, 4], [1, 5], [2, 6], [1, 7], [1, 8], [0.5, 9]] as const;
    for (const [w, i] of seq) heappush(heap, { w, i }, lt);
    expect(drain(heap)).toEqual([3, 9, 2, 5, 8, 7, 0, 1, 4, 6]);
  });

  it('matches heapq on interleaved pushes and pops', () => {
    const next = lcg(12345);
    const heap: Item[] = [];
    const out: number[] = [];
    for (let k = 0; k < 200; k++) {
      const r = next();
      const top = r % 3 === 0 ? heappop(heap, lt) : undefined;
      if (top !== undefined) out.push(top.i);
      else if (r % 3 !== 0 || heap.length === 0) heappush(heap, { w: r % 5, i: k }, lt);
    }
    out.push(...drain(heap));
    expect(out.slice(0, 20)).toEqual([1, 8, 0, 15, 21, 24, 29, 30, 19, 34, 48, 42, 47, 13, 16, 61, 64, 70, 74, 80]);
    expect(out.slice(-12)).toEqual([84, 82, 39, 166, 122, 146, 90, 45, 177, 178, 145, 32]);
    expect(out).toHaveLength(154);
  });

  it.each([
    [10, [6, 7, 2, 3, 4, 5, 0, 1, 8, 9], 213],
    [3000, [2046, 1534, 1022, 2558, 766, 1790, 510, 2302, 1278, 2814, 382, 1662], 71483381],
  ])('heapifies %i items as _heapq does (cache-friendly above 2500)', (n, head, checksum) => {
    const next = lcg(777);
    const items: Item[] = Array.from({ length: n }, (_, k) => ({ w: next() % 4, i: k }));
    heapify(items, lt);
    expect(items.slice(0, head.length).map((t) => t.i)).toEqual(head);
    const sum = items.reduce((acc, t, j) => (acc + BigInt(j) * BigInt(t.i)) % 1000000007n, 0n);
    expect(Number(sum)).toBe(checksum);
  });

  it('pops undefined from an empty heap', () => {
    expect(heappop([], lt)).toBeUndefined();
  });

  it.each([200, 12000])('KeyedHeap sifts as heappush/heappop/heapify do (%i operations)', (n) => {
    const next = lcg(4242);
    const plain: Item[] = [];
    const keyed = new KeyedHeap<Item>();
    const a: number[] = [];
    const b: number[] = [];
    for (let k = 0; k < n; k++) {
      const r = next();
      if (r % 5 === 0) {
        a.push(heappop(plain, lt)?.i ?? -1);
        b.push(keyed.pop()?.i ?? -1);
      } else {
        const item = { w: (r % 7) / 2, i: k };
        heappush(plain, item, lt);
        keyed.push(item.w, item);
      }
      if (k === n >> 1) {
        // A clean-up in the middle: drop some items and heapify, as the loop's sweep does (above
        // 2500 items with 12000 operations: the cache-friendly heapify).
        const kept = plain.filter((t) => t.i % 4 !== 0);
        heapify(kept, lt);
        plain.splice(0, plain.length, ...kept);
        const items = keyed.items.filter((t) => t.i % 4 !== 0);
        expect(items.length > 2500).toBe(n > 2500);
        keyed.reset(items.map((t) => t.w), items);
      }
      expect(keyed.peekKey()).toBe(plain[0]?.w);
    }
    a.push(...drain(plain));
    for (let t = keyed.pop(); t !== undefined; t = keyed.pop()) b.push(t.i);
    expect(b).toEqual(a);
  });
});
