// hash() of constants against CPython 3.8 with PYTHONHASHSEED=0: a hand-written table for the
// rules, and fixtures/hashes.json (made by scripts/py38/repr_hash_fixtures.py) for breadth.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashConstant } from '../../src/hash/hash-constant.ts';
import { complexHash, floatHash, intHash } from '../../src/hash/numeric-hash.ts';
import { hashBytes, siphash24 } from '../../src/hash/siphash24.ts';
import { strHash } from '../../src/hash/str-hash.ts';
import { decodeConstant } from '../support/py38-json.ts';

type Json = Parameters<typeof decodeConstant>[0];

const fixtures = JSON.parse(readFileSync(new URL('fixtures/hashes.json', import.meta.url), 'utf8')) as {
  constant: Json;
  hash?: string;
  hashLow8?: number;
}[];

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('siphash24', () => {
  it('is SipHash-2-4 with the zero key', () => {
    // The reference implementation's value for the empty message under the zero key.
    expect(siphash24(new Uint8Array())).toBe(0x1e924b9d737700d7n);
  });

  it('hashes the empty buffer to 0, as _Py_HashBytes does', () => {
    expect(hashBytes(new Uint8Array())).toBe(0n);
    expect(hashBytes(ascii('abc'))).toBe(4596069200710135518n);
  });
});

describe('strHash', () => {
  it.each([
    ['', 0n],
    ['a', -7583489610679606711n],
    ['abcdefgh', -1847705707669741165n],
    ['abcdefghi', 5991824118181275020n],
    ['handsome', -547813326389820367n],
    ['\u00e9', 4954367630624915103n],
    ['\u1234', -2443644979282194761n],
    ['\u{1f600}x', 7047262524464595714n],
  ])('hashes %j over its PEP 393 bytes', (s, expected) => {
    expect(strHash(s)).toBe(expected);
  });
});

describe('numeric hashes', () => {
  it('agree across int, bool, float and complex for equal values', () => {
    expect([intHash(1n), floatHash(1), complexHash(1, 0), hashConstant({ kind: 'bool', value: true })]).toEqual([1n, 1n, 1n, 1n]);
  });

  it('reduce modulo 2**61 - 1 and never return -1', () => {
    expect(intHash(-1n)).toBe(-2n);
    expect(intHash(2n ** 61n - 1n)).toBe(0n);
    expect(floatHash(0.5)).toBe(2n ** 60n);
    expect([floatHash(Infinity), floatHash(-Infinity), floatHash(NaN)]).toEqual([314159n, -314159n, 0n]);
  });
});

describe('hashConstant', () => {
  const valued = fixtures.filter((f) => f.hash !== undefined);

  it(`matches CPython 3.8 on ${valued.length} fixture constants`, () => {
    const mismatches = valued
      .map((f) => ({ constant: JSON.stringify(f.constant).slice(0, 80), expected: f.hash, actual: hashConstant(decodeConstant(f.constant)).toString() }))
      .filter((m) => m.expected !== m.actual);
    expect(mismatches).toEqual([]);
  });

  it('hashes None and Ellipsis by fake addresses with CPython 3.8.18 page offsets', () => {
    for (const f of fixtures.filter((g) => g.hashLow8 !== undefined)) {
      expect(Number(BigInt.asUintN(64, hashConstant(decodeConstant(f.constant))) & 0xffn)).toBe(f.hashLow8);
    }
  });
});
