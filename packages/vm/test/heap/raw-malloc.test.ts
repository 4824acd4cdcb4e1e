// The raw allocator model behind PyObject_Malloc for requests above 512 bytes.
import { describe, expect, it } from 'vitest';
import { RAW_BASE, RawMalloc, rawChunkSize } from '../../src/heap/raw-malloc.ts';

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

  it('reuses an exactly fitting freed chunk, last freed first', () => {
    const raw = new RawMalloc();
    const a = raw.alloc(1000);
    const b = raw.alloc(1000);
    const c = raw.alloc(2000);
    raw.free(a);
    raw.free(b);
    raw.free(c);
    expect(raw.alloc(1000)).toBe(b);
    expect(raw.alloc(1000)).toBe(a);
    expect(raw.alloc(1500)).toBeGreaterThan(c);
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
    // The model never gives freed space back: a run of ever larger blocks walks to the end.
    const raw = new RawMalloc();
    expect(raw.exhausts(1000)).toBe(false);
    const big = 2 ** 33;
    const a = raw.alloc(big);
    raw.alloc(big);
    raw.free(a);
    expect(raw.exhausts(big)).toBe(false);
    expect(raw.exhausts(2 * big)).toBe(true);
  });
});
