// The pymalloc model: reuse order checked against CPython 3.8.18 (id() of object()s, whose
// 16-byte blocks are pymalloc's smallest class), pool and arena geometry, determinism.
import { describe, expect, it } from 'vitest';
import { ARENA_SIZE, ARENA_TOP, POOL_OVERHEAD, POOL_SIZE, Pymalloc, sizeClassBytes } from '../../src/heap/pymalloc.ts';

/** Blocks of 16 bytes in one pool: (4096 - 48) / 16, as counted in CPython 3.8. */
const BLOCKS_16 = 253;

type Op = readonly ['alloc', string] | readonly ['free', string];

/** Runs `ops` and names each allocation after the earlier block whose address it got. */
function reuse(ops: readonly Op[], nbytes = 16): Record<string, string> {
  const m = new Pymalloc();
  // A live block of another class keeps the arena mapped, as the interpreter's own objects do.
  m.alloc(256);
  const names = new Map<string, number>();
  const result: Record<string, string> = {};
  for (const [kind, name] of ops) {
    if (kind === 'free') {
      m.free(names.get(name) ?? -1);
      continue;
    }
    const address = m.alloc(nbytes) ?? -1;
    result[name] = [...names].find(([, a]) => a === address)?.[0] ?? 'fresh';
    names.set(name, address);
  }
  return result;
}

describe('Pymalloc', () => {
  it.each<[number, number]>([
    [1, 16],
    [16, 16],
    [17, 32],
    [24, 32],
    [96 + 16, 112],
    [104 + 16, 128],
    [497, 512],
    [512, 512],
  ])('rounds a %i-byte request to the %i-byte class', (nbytes, block) => {
    expect(sizeClassBytes(nbytes)).toBe(block);
  });

  it('leaves 0-byte and over-512-byte requests to the raw allocator', () => {
    const m = new Pymalloc();
    expect(m.alloc(0)).toBeUndefined();
    expect(m.alloc(513)).toBeUndefined();
    expect(m.arenasAllocated).toBe(0);
  });

  // Observed in CPython 3.8.18: `a = object(); ...; del b; del a; x = object()` and so on.
  it.each<[string, Op[], Record<string, string>]>([
    ['alloc A, free A, alloc → A', [['alloc', 'a'], ['free', 'a'], ['alloc', 'x']], { a: 'fresh', x: 'a' }],
    [
      'alloc A, B, free A, free B, alloc, alloc → B then A',
      [['alloc', 'a'], ['alloc', 'b'], ['free', 'a'], ['free', 'b'], ['alloc', 'x'], ['alloc', 'y']],
      { a: 'fresh', b: 'fresh', x: 'b', y: 'a' },
    ],
    [
      'alloc A, B, C, free B, free A, alloc ×3 → A, B, then fresh',
      [['alloc', 'a'], ['alloc', 'b'], ['alloc', 'c'], ['free', 'b'], ['free', 'a'], ['alloc', 'x'], ['alloc', 'y'], ['alloc', 'z']],
      { a: 'fresh', b: 'fresh', c: 'fresh', x: 'a', y: 'b', z: 'fresh' },
    ],
  ])('%s', (_, ops, expected) => {
    expect(reuse(ops)).toEqual(expected);
  });

  it('hands out untouched blocks in address order, the next right after the last', () => {
    const m = new Pymalloc();
    const a = m.alloc(16) ?? 0;
    const b = m.alloc(16) ?? 0;
    expect(b - a).toBe(16);
  });

  it('starts a pool 48 bytes in and fills it with 253 blocks of 16 (CPython 3.8.18)', () => {
    const m = new Pymalloc();
    const ids = Array.from({ length: BLOCKS_16 + 1 }, () => m.alloc(16) ?? 0);
    const first = ids[0] ?? 0;
    expect(first % POOL_SIZE).toBe(POOL_OVERHEAD);
    const last = ids[BLOCKS_16 - 1] ?? 0;
    expect(last % POOL_SIZE).toBe(0xff0);
    // Crossing into the next pool: 0xff0 → 0x1030, a step of 64 as id() shows in CPython.
    expect((ids[BLOCKS_16] ?? 0) - last).toBe(64);
  });

  it('puts a GC-tracked generator (96 + 16 → 112) at ids ending 0x040, 0x0b0, 0x120 in a fresh pool', () => {
    const m = new Pymalloc();
    const ids = [0, 1, 2].map(() => (m.alloc(96 + 16) ?? 0) + 16);
    expect(ids.map((id) => id % POOL_SIZE)).toEqual([64, 176, 288]);
  });

  it('gives a block back to a full pool at the front of usedpools (CPython 3.8.18)', () => {
    // Fill four pools; free a block of pool 1, then of pool 2: pool 2's block comes first, then
    // pool 1's, then the partly used pool goes on.
    const m = new Pymalloc();
    const ids = Array.from({ length: BLOCKS_16 * 4 - 10 }, () => m.alloc(16) ?? 0);
    const o1 = ids[100] ?? 0;
    const o2 = ids[BLOCKS_16 + 7] ?? 0;
    m.free(o1);
    m.free(o2);
    expect([m.alloc(16), m.alloc(16)]).toEqual([o2, o1]);
    expect(m.alloc(16)).toBe((ids.at(-1) ?? 0) + 16);
  });

  it('keeps an emptied pool for its class, whose freed blocks come back last-freed first', () => {
    const m = new Pymalloc();
    m.alloc(256);
    const ids = Array.from({ length: BLOCKS_16 }, () => m.alloc(16) ?? 0);
    // list_clear frees items from the end, so the first block is freed last and reused first.
    for (const id of [...ids].reverse()) m.free(id);
    expect(m.alloc(16)).toBe(ids[0]);
  });

  it('re-initialises an emptied pool taken by another size class', () => {
    const m = new Pymalloc();
    m.alloc(256);
    const a = m.alloc(16) ?? 0;
    m.free(a);
    const b = m.alloc(448) ?? 0;
    expect(b).toBe(a);
    expect(m.alloc(448)).toBe(b + 448);
  });

  it('maps a second arena below the first after 64 pools', () => {
    const m = new Pymalloc();
    const perArena = (ARENA_SIZE / POOL_SIZE) * BLOCKS_16;
    const ids = Array.from({ length: perArena + 1 }, () => m.alloc(16) ?? 0);
    expect(m.arenasAllocated).toBe(2);
    expect(ids[0]).toBe(ARENA_TOP - ARENA_SIZE + POOL_OVERHEAD);
    expect(ids[perArena - 1]).toBe(ARENA_TOP - 16);
    expect(ids[perArena]).toBe(ARENA_TOP - 2 * ARENA_SIZE + POOL_OVERHEAD);
  });

  it('releases an arena whose pools are all free and maps its address again first', () => {
    const m = new Pymalloc();
    const ids = Array.from({ length: 3 * BLOCKS_16 }, () => m.alloc(16) ?? 0);
    for (const id of ids) m.free(id);
    expect(m.arenasAllocated).toBe(0);
    expect(m.owns(ids[0] ?? 0)).toBe(false);
    expect(m.alloc(64)).toBe(ARENA_TOP - ARENA_SIZE + POOL_OVERHEAD);
  });

  it('takes new pools from the arena with the fewest free pools', () => {
    const m = new Pymalloc();
    const poolsPerArena = ARENA_SIZE / POOL_SIZE;
    // Arena A full, arena B with one pool used.
    const ids = Array.from({ length: (poolsPerArena + 1) * BLOCKS_16 }, () => m.alloc(16) ?? 0);
    // Empty one pool of A: A has 1 free pool, B has 63, so A is the head of usable_arenas.
    const poolOfA = ids.slice(5 * BLOCKS_16, 6 * BLOCKS_16);
    for (const id of poolOfA) m.free(id);
    expect(m.alloc(256)).toBe(poolOfA[0]);
  });

  it('skips to the next pool boundary when the arena is not pool-aligned (63 pools)', () => {
    const top = ARENA_TOP + 0x800;
    const m = new Pymalloc({ arenaTop: top });
    const perArena = (ARENA_SIZE / POOL_SIZE - 1) * BLOCKS_16;
    const ids = Array.from({ length: perArena + 1 }, () => m.alloc(16) ?? 0);
    expect(ids[0]).toBe(top - ARENA_SIZE + 0x800 + POOL_OVERHEAD);
    expect(m.arenasAllocated).toBe(2);
  });

  it('gives the same addresses for the same sequence', () => {
    const run = (): number[] => {
      const m = new Pymalloc();
      const out: number[] = [];
      for (let i = 0; i < 3000; i++) {
        const a = m.alloc(1 + ((i * 37) % 512)) ?? 0;
        out.push(a);
        if (i % 3 === 0) m.free(out[(i * 7) % out.length] ?? 0);
      }
      return out;
    };
    expect(run()).toEqual(run());
  });
});
