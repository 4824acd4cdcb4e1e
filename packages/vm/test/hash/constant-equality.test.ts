// Python's == between constants, as sets use it to drop duplicates.
import { describe, expect, it } from 'vitest';
import type { Constant } from '../../src/bytecode/constant.ts';
import { constantEquals } from '../../src/hash/constant-equality.ts';
import { pointerHash } from '../../src/hash/pointer-hash.ts';

const int = (value: bigint): Constant => ({ kind: 'int', value });
const float = (value: number): Constant => ({ kind: 'float', value });
const str = (value: string): Constant => ({ kind: 'str', value });
const tuple = (...items: Constant[]): Constant => ({ kind: 'tuple', items });

describe('constantEquals', () => {
  it.each<[string, Constant, Constant, boolean]>([
    ['1 == True', int(1n), { kind: 'bool', value: true }, true],
    ['1 == 1.0', int(1n), float(1), true],
    ['1 == (1+0j)', int(1n), { kind: 'complex', real: 1, imag: 0 }, true],
    ['2**53 + 1 != 2.0**53', int(2n ** 53n + 1n), float(2 ** 53), false],
    ['0.0 == -0.0', float(0), float(-0), true],
    ["'a' != b'a'", str('a'), { kind: 'bytes', value: new Uint8Array([0x61]) }, false],
    ['(1, "a") == (1.0, "a")', tuple(int(1n), str('a')), tuple(float(1), str('a')), true],
    ['() != None', tuple(), { kind: 'None' }, false],
    ['nan != nan', float(NaN), float(NaN), false],
  ])('%s', (_, a, b, expected) => {
    expect(constantEquals(a, b)).toBe(expected);
    expect(constantEquals(b, a)).toBe(expected);
  });

  it('treats the very same nan as equal to itself, as identity comes first in CPython', () => {
    const nan = float(NaN);
    expect(constantEquals(tuple(nan), tuple(nan))).toBe(true);
  });

  it('compares frozensets as sets', () => {
    const a: Constant = { kind: 'frozenset', items: [int(1n), str('x')] };
    const b: Constant = { kind: 'frozenset', items: [str('x'), float(1)] };
    expect(constantEquals(a, b)).toBe(true);
  });
});

describe('pointerHash', () => {
  it('rotates the address right by 4 bits', () => {
    expect(pointerHash(0x10n)).toBe(1n);
    expect(pointerHash(0x1n)).toBe(BigInt.asIntN(64, 1n << 60n));
  });
});
