// The raw allocator model behind PyObject_Malloc for requests above 512 bytes.
import { describe, expect, it } from 'vitest';
import { RAW_BASE, RawMalloc, TCACHE_COUNT, rawChunkSize } from '../../src/heap/raw-malloc.ts';

describe('RawMalloc', () => {
  it.each<[number, number]>([
    [0, 32],
    [24, 32],
    [25, 48],
    [513, 528],
    [1000, 1008],
  ])('takes a %i-byte request from a %i-byte chunk', (nbytes, chunk) => {
    expect(rawChunkSize(nbytes)).toBe(chunk);
  });

  it('hands out distinct 16-byte-aligned addresses in its own range', () => {
    const raw = new RawMalloc();
    const a = raw.alloc(1000);
    const b = raw.alloc(1000);
    expect(a).toBe(RAW_BASE + 16);
    expect(b).toBe(a + 1008);
    expect(a % 16).toBe(0);
  });

  it('keeps small freed chunks in tcache bins: exact size, last freed first, seven per size', () => {
    const raw = new RawMalloc();
    const a = raw.alloc(1000);
    const b = raw.alloc(1000);
    raw.alloc(600);
    raw.free(a);
    raw.free(b);
    // A tcache chunk is not merged: a request of another size does not take it.
    expect(raw.alloc(900)).toBeGreaterThan(b);
    expect(raw.alloc(1000)).toBe(b);
    expect(raw.alloc(1000)).toBe(a);
    const many = Array.from({ length: TCACHE_COUNT + 1 }, () => raw.alloc(700));
    raw.alloc(600);
    for (const p of many) raw.free(p);
    // The eighth found its bin full and became a free chunk; the bin gives back the other seven.
    const again = Array.from({ length: TCACHE_COUNT }, () => raw.alloc(700));
    expect(again).toEqual(many.slice(0, TCACHE_COUNT).reverse());
    expect(raw.alloc(700)).toBe(many[TCACHE_COUNT]);
  });

  it('merges a freed large chunk with its free neighbours and gives the top back', () => {
    const raw = new RawMalloc();
    const a = raw.alloc(2000);
    const b = raw.alloc(2000);
    const c = raw.alloc(2000);
    raw.free(a);
    raw.free(b);
    // a and b are one free chunk now: a request of both their sizes fits at a.
    expect(raw.alloc(4000)).toBe(a);
    raw.free(c);
    // c bordered the top: the next fresh chunk starts where c did.
    expect(raw.alloc(5000)).toBe(c);
  });

  it('takes the smallest free chunk that fits and splits off the rest', () => {
    const raw = new RawMalloc();
    const big = raw.alloc(8000);
    raw.alloc(600);
    const small = raw.alloc(3000);
    raw.alloc(600);
    raw.free(big);
    raw.free(small);
    expect(raw.alloc(2000)).toBe(small);
    // The 2000 came from the front of `small`; what was left of it is next.
    const rest = raw.alloc(900 - 8);
    expect(rest).toBe(small + rawChunkSize(2000));
    expect(raw.alloc(7000)).toBe(big);
  });

  it('resizes in place when shrinking or when the top or a free neighbour has room', () => {
    const raw = new RawMalloc();
    const a = raw.alloc(4000);
    expect(raw.realloc(a, 9000)).toBe(true);
    const b = raw.alloc(4000);
    const c = raw.alloc(4000);
    raw.alloc(600);
    expect(raw.realloc(b, 6000)).toBe(false);
    raw.free(c);
    expect(raw.realloc(b, 6000)).toBe(true);
    expect(raw.realloc(b, 2000)).toBe(true);
    // The shrink freed b's tail, merged with what was left of c: a request fits there.
    expect(raw.alloc(5000)).toBe(b + rawChunkSize(2000));
  });

  it('refuses to free what it does not own', () => {
    const raw = new RawMalloc();
    const a = raw.alloc(600);
    expect(raw.free(a + 16)).toBe(false);
    expect(raw.free(a)).toBe(true);
    expect(raw.free(a)).toBe(false);
    expect(raw.owns(a)).toBe(false);
  });

  it('says when a request would pass the end of its region, unless a freed chunk fits it', () => {
    // Freed space comes back only where it is free: a live block after it keeps the top up.
    const raw = new RawMalloc();
    expect(raw.exhausts(1000)).toBe(false);
    const big = 2 ** 33;
    const a = raw.alloc(big);
    raw.alloc(big);
    raw.free(a);
    expect(raw.exhausts(big)).toBe(false);
    expect(raw.exhausts(2 * big)).toBe(true);
  });

  it('serves a block that keeps growing by moving (each new one freed the last) without running out', () => {
    // `s += piece` in a loop: every string a little longer than the one freed before it. With
    // freed space never coming back, the region (about 34 GB) ran out after 30 GB of garbage; here 4.5 TB pass through it.
    const raw = new RawMalloc();
    let block = raw.alloc(2 ** 20);
    for (let n = 2; n <= 3000; n++) {
      expect(raw.exhausts(n * 2 ** 20)).toBe(false);
      const next = raw.alloc(n * 2 ** 20);
      raw.free(block);
      block = next;
    }
  });
});
