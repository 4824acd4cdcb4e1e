// young-promotion.ts: when a code object turns hot, what the program set up leaves V8's young
// generation, so that storing it into old objects costs no slow write barrier.
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { youngPromotion } from '../src/young-promotion.ts';

function youngUsed(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_used_size ?? 0;
}

describe('youngPromotion', () => {
  it('promotes the live objects of a young generation holding more than a megabyte', () => {
    const promote = youngPromotion();
    const kept: { readonly n: number; readonly next: unknown }[] = [];
    // Live objects until the young generation holds 2 MB (a scavenge meanwhile empties it, and
    // allocating goes on): a program about to loop over what it set up.
    let last: unknown = null;
    for (let i = 0; i < 20_000 || youngUsed() < 2 << 20; i++) {
      last = { n: kept.length, next: last };
      kept.push(last as { readonly n: number; readonly next: unknown });
    }
    promote();
    expect(youngUsed()).toBeLessThan(1 << 20);
    // Promoted, not freed.
    expect(kept[kept.length - 1]?.n).toBe(kept.length - 1);
  });
});
