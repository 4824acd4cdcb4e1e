// The bounded LIFO type free lists and CPython 3.8's capacities.
import { describe, expect, it } from 'vitest';
import { ASYNC_GEN_MAXFREELIST, DICT_MAXFREELIST, FLOAT_MAXFREELIST, FreeList, LIST_MAXFREELIST, TUPLE_MAXFREELIST, TUPLE_MAXSAVESIZE } from '../../src/heap/free-list.ts';

describe('FreeList', () => {
  it('hands out the last address kept first', () => {
    const list = new FreeList(3);
    list.push(0x10);
    list.push(0x20);
    expect(list.pop()).toBe(0x20);
    expect(list.pop()).toBe(0x10);
    expect(list.pop()).toBeUndefined();
  });

  it('refuses addresses beyond its capacity', () => {
    const list = new FreeList(ASYNC_GEN_MAXFREELIST);
    for (let i = 0; i < ASYNC_GEN_MAXFREELIST; i++) expect(list.push(i * 16)).toBe(true);
    expect(list.push(0xfff0)).toBe(false);
    expect(list.size).toBe(80);
  });

  it('has the capacities of the CPython 3.8 sources', () => {
    expect([FLOAT_MAXFREELIST, LIST_MAXFREELIST, DICT_MAXFREELIST, TUPLE_MAXSAVESIZE, TUPLE_MAXFREELIST, ASYNC_GEN_MAXFREELIST]).toEqual([100, 80, 80, 20, 2000, 80]);
  });
});
