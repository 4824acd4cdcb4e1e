// `eval` and `single` compile modes against CPython 3.8's compile(source, '<case>', mode).
// Expectations come from fixtures/make_fixtures.py.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileExpression, compileInteractive } from '../../src/compiler/compile.ts';
import type { Expression, Interactive } from '../../src/parser/ast.ts';
import { compareCode, type CompareStats } from './compare-code.ts';
import { decodeAst, decodeCode } from '../support/py38-json.ts';

interface Case {
  readonly mode: 'eval' | 'single';
  readonly source: string;
  readonly ast: never;
  readonly code: never;
}

const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/modes/modes.expected.json'), 'utf8')) as Case[];

describe('compile modes', () => {
  it.each(cases.map((c) => [c.mode, JSON.stringify(c.source), c] as const))('compiles in %s mode %s as CPython does', (_mode, _src, c) => {
    const tree = decodeAst(c.ast) as unknown;
    const options = { filename: '<case>', source: c.source };
    const code = c.mode === 'eval' ? compileExpression(tree as Expression, options) : compileInteractive(tree as Interactive, options);
    const stats: CompareStats = { total: 0, exact: 0, fields: {}, errorsOk: 0, errorsBad: 0, crashes: 0, compileMs: 0 };
    const report: string[] = [];
    compareCode(code, decodeCode(c.code), c.source, stats, report);
    expect(report).toEqual([]);
  });
});
