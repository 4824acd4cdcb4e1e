// The interpreter loop labels its cases with opcode numbers (a jump table in V8) and names them in
// a comment; every label must be the number Op gives that name, and each opcode appear once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Op } from '../../src/bytecode/opcodes.ts';

const source = readFileSync(new URL('../../src/interpreter/eval.ts', import.meta.url), 'utf8');
const ops: Readonly<Record<string, number>> = Op;

describe('eval.ts case labels', () => {
  it('match the opcode named in their comment', () => {
    const labels = [...source.matchAll(/(?:case|===) (\d+):? \/\* (\w+) \*\//g)];
    expect(labels.length).toBeGreaterThan(100);
    for (const [, num, name] of labels) expect([name, Number(num)]).toEqual([name, ops[name ?? '']]);
  });

  it('name each opcode once and never use Op.X as a label', () => {
    const names = [...source.matchAll(/case \d+: \/\* (\w+) \*\//g)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
    expect(source).not.toMatch(/case Op\.\w+:/);
  });
});
