// repr() of constants against CPython 3.8: a hand-written table for the rules, and
// fixtures/reprs.json (made by scripts/py38/repr_hash_fixtures.py) for breadth.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Constant } from '../../src/bytecode/constant.ts';
import { constantRepr } from '../../src/repr/constant-repr.ts';
import { bytesRepr } from '../../src/repr/bytes-repr.ts';
import { complexRepr } from '../../src/repr/complex-repr.ts';
import { floatRepr } from '../../src/repr/float-repr.ts';
import { isPrintable } from '../../src/repr/printable.ts';
import { strRepr } from '../../src/repr/str-repr.ts';
import { decodeConstant } from '../support/py38-json.ts';

type Json = Parameters<typeof decodeConstant>[0];

const fixtures = JSON.parse(readFileSync(new URL('fixtures/reprs.json', import.meta.url), 'utf8')) as { constant: Json; repr: string }[];

describe('strRepr', () => {
  it.each([
    ['', "''"],
    ["it's", `"it's"`],
    [`both ' and "`, `'both \\' and "'`],
    ['a\\b', "'a\\\\b'"],
    ['\t\n\r\x00\x7f', "'\\t\\n\\r\\x00\\x7f'"],
    ['caf\u00e9 \u20ac', "'caf\u00e9 \u20ac'"],
    ['\x85\xa0\xad', "'\\x85\\xa0\\xad'"],
    ['\u2028\ufeff', "'\\u2028\\ufeff'"],
    ['\ud800', "'\\ud800'"],
    ['\u{1f600}\u{e0001}', "'\u{1f600}\\U000e0001'"],
  ])('shows %j as %s', (s, expected) => {
    expect(strRepr(s)).toBe(expected);
  });

  it('knows the printable code points of Unicode 12.1', () => {
    expect([0x20, 0x7e, 0xa1, 0x378, 0x1f600, 0x10ffff].map(isPrintable)).toEqual([true, true, true, false, true, false]);
  });
});

describe('floatRepr and complexRepr', () => {
  it.each([
    [0, '0.0'],
    [-0, '-0.0'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [1e-4, '0.0001'],
    [1e-5, '1e-05'],
    [0.1 + 0.2, '0.30000000000000004'],
    [5e-324, '5e-324'],
    [Infinity, 'inf'],
    [NaN, 'nan'],
  ])('shows %d as %s', (x, expected) => {
    expect(floatRepr(x)).toBe(expected);
  });

  it.each([
    [0, 1, '1j'],
    [0, -0, '-0j'],
    [-0, 0, '(-0+0j)'],
    [1, -0, '(1-0j)'],
    [Infinity, NaN, '(inf+nanj)'],
    [1.5, -2.25, '(1.5-2.25j)'],
  ])('shows complex(%d, %d) as %s', (re, im, expected) => {
    expect(complexRepr(re, im)).toBe(expected);
  });
});

describe('bytesRepr', () => {
  it('escapes like PyBytes_Repr with smart quotes', () => {
    expect(bytesRepr(new Uint8Array([0x27]))).toBe(`b"'"`);
    expect(bytesRepr(new Uint8Array([0x27, 0x22]))).toBe(`b'\\'"'`);
    expect(bytesRepr(new Uint8Array([0x00, 0x5c, 0x7f, 0x80, 0x61]))).toBe("b'\\x00\\\\\\x7f\\x80a'");
  });
});

describe('constantRepr', () => {
  const int = (value: bigint): Constant => ({ kind: 'int', value });

  it('writes 1-tuples with a trailing comma and empty frozensets without braces', () => {
    expect(constantRepr({ kind: 'tuple', items: [int(1n)] })).toBe('(1,)');
    expect(constantRepr({ kind: 'tuple', items: [] })).toBe('()');
    expect(constantRepr({ kind: 'frozenset', items: [] })).toBe('frozenset()');
    expect(constantRepr({ kind: 'frozenset', items: [int(2n), { kind: 'str', value: 'a' }] })).toBe("frozenset({2, 'a'})");
  });

  it('writes the singletons by name', () => {
    expect([{ kind: 'None' }, { kind: 'Ellipsis' }, { kind: 'bool', value: false }].map((c) => constantRepr(c as Constant))).toEqual(['None', 'Ellipsis', 'False']);
  });

  it('gives the same code object the same fake address within one call', () => {
    const code = fixtures.map((f) => decodeConstant(f.constant)).find((c) => c.kind === 'code');
    expect(code).toBeDefined();
    if (code === undefined) return;
    const text = constantRepr({ kind: 'tuple', items: [code, code] });
    expect(text).toBe('(<code object f at 0x7f0000000000, file "x.py", line 1>, <code object f at 0x7f0000000000, file "x.py", line 1>)');
  });

  it(`matches CPython 3.8 on ${fixtures.length} fixture constants`, () => {
    const mismatches = fixtures
      .map((f) => ({ expected: f.repr, actual: constantRepr(decodeConstant(f.constant), () => '0x?') }))
      .filter((m) => m.expected !== m.actual);
    expect(mismatches).toEqual([]);
  });
});
