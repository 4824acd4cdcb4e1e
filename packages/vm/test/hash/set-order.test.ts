// frozenset iteration order against CPython 3.8 (PYTHONHASHSEED=0): fixtures/set-order.json, made
// by scripts/py38/repr_hash_fixtures.py, holds frozenset(items) orders and the frozenset
// constants the compiler left in co_consts for `x in {...}`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Constant } from '../../src/bytecode/constant.ts';
import { frozensetOrder } from '../../src/hash/set-order.ts';
import { constantRepr } from '../../src/repr/constant-repr.ts';
import { decodeConstant } from '../support/py38-json.ts';

type Json = Parameters<typeof decodeConstant>[0];
interface Case {
  items: Json[];
  order: Json[];
}

const fixtures = JSON.parse(readFileSync(new URL('fixtures/set-order.json', import.meta.url), 'utf8')) as { frozenset: Case[]; compiled: Case[] };

const show = (items: readonly Constant[]): string => items.map((c) => constantRepr(c)).join(', ');
const int = (value: bigint): Constant => ({ kind: 'int', value });

describe('frozensetOrder', () => {
  it('deduplicates by Python equality, keeping the first item inserted', () => {
    const items: Constant[] = [int(1n), { kind: 'float', value: 1 }, { kind: 'bool', value: true }, int(0n), { kind: 'bool', value: false }];
    expect(show(frozensetOrder(items))).toBe('0, 1');
  });

  it(`matches frozenset(items) in CPython 3.8 on ${fixtures.frozenset.length} cases`, () => {
    for (const c of fixtures.frozenset) {
      expect(show(frozensetOrder(c.items.map(decodeConstant)))).toBe(show(c.order.map(decodeConstant)));
    }
  });

  it(`gives the compiler's constants when applied twice, on ${fixtures.compiled.length} cases`, () => {
    // The AST optimiser builds the frozenset, then compile.c merge_consts_recursive rebuilds it.
    for (const c of fixtures.compiled) {
      expect(show(frozensetOrder(frozensetOrder(c.items.map(decodeConstant))))).toBe(show(c.order.map(decodeConstant)));
    }
  });
});
