// Constant deduplication keys: CPython keeps 0, 0.0, -0.0 and False apart, and merges equal tuples.
import { describe, expect, it } from 'vitest';
import type { Constant } from '../../src/bytecode/constant.ts';
import { ConstCache } from '../../src/compiler/merge-consts.ts';

const cache = new ConstCache();
const key = (c: Constant): string => cache.key(c);

describe('constantKey', () => {
  it('keeps 0, 0.0, -0.0 and False apart', () => {
    const keys = [key({ kind: 'int', value: 0n }), key({ kind: 'float', value: 0 }), key({ kind: 'float', value: -0 }), key({ kind: 'bool', value: false })];
    expect(new Set(keys).size).toBe(4);
  });

  it('keeps 1 and True apart inside tuples', () => {
    expect(key({ kind: 'tuple', items: [{ kind: 'int', value: 1n }] })).not.toBe(key({ kind: 'tuple', items: [{ kind: 'bool', value: true }] }));
  });

  it('merges equal tuples and keeps string boundaries', () => {
    const a: Constant = { kind: 'tuple', items: [{ kind: 'str', value: 'a' }, { kind: 'str', value: 'b' }] };
    const b: Constant = { kind: 'tuple', items: [{ kind: 'str', value: 'a' }, { kind: 'str', value: 'b' }] };
    const c: Constant = { kind: 'tuple', items: [{ kind: 'str', value: 'a,s1:b' }] };
    expect(key(a)).toBe(key(b));
    expect(key(a)).not.toBe(key(c));
  });

  it('never merges NaN', () => {
    const nan: Constant = { kind: 'float', value: NaN };
    expect(key(nan)).not.toBe(key(nan));
  });
});
