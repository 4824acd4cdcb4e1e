// The peephole optimiser against CPython 3.8's own PyCode_Optimize on random wordcode: every
// rewrite, bail-out, NOP removal, jump retargeting and lnotab fix-up, byte for byte.
import { describe, expect, it } from 'vitest';
import type { Constant } from '../../src/bytecode/constant.ts';
import { optimizeBytecode } from '../../src/compiler/peephole.ts';
import { PEEPHOLE_TABLE } from './peephole-cpython-table.ts';

/** The constants the generator used: `None, True, False, 0, 1, 'a', (), (1,), 2.5`. */
const BASE: readonly Constant[] = [
  { kind: 'None' },
  { kind: 'bool', value: true },
  { kind: 'bool', value: false },
  { kind: 'int', value: 0n },
  { kind: 'int', value: 1n },
  { kind: 'str', value: 'a' },
  { kind: 'tuple', items: [] },
  { kind: 'tuple', items: [{ kind: 'int', value: 1n }] },
  { kind: 'float', value: 2.5 },
];
const BIG: readonly Constant[] = [...BASE, ...Array.from({ length: 300 }, (_, i): Constant => ({ kind: 'int', value: BigInt(1000 + i) }))];

/** Python's repr of the constants the table can hold. */
function repr(c: Constant): string {
  switch (c.kind) {
    case 'None':
      return 'None';
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'int':
      return String(c.value);
    case 'str':
      return `'${c.value}'`;
    case 'float':
      return String(c.value);
    case 'tuple':
      return c.items.length === 1 ? `(${repr(c.items[0] as Constant)},)` : `(${c.items.map(repr).join(', ')})`;
    case 'Ellipsis':
    case 'complex':
    case 'bytes':
    case 'frozenset':
    case 'code':
      throw new Error(`no repr for ${c.kind}`);
  }
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('optimizeBytecode matches PyCode_Optimize', () => {
  PEEPHOLE_TABLE.forEach((c, n) => {
    it(`case ${n}: ${c.code.slice(0, 40)}`, () => {
      const consts = c.big ? BIG : BASE;
      const r = optimizeBytecode(fromHex(c.code), consts, [], fromHex(c.lnotab));
      expect(toHex(r.code)).toBe(c.outCode);
      expect(toHex(r.lnotab)).toBe(c.outLnotab);
      expect(r.consts.slice(consts.length).map(repr)).toEqual(c.newConsts);
    });
  });
});
