// Differential fixtures: CPython 3.8's own AST of the walkthrough seeds and of the compile/
// conformance programs, compiled by corosim, must give CPython's code objects field for field
// (recursively through co_consts). Fixtures come from fixtures/make_fixtures.py.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeObject } from '../../src/bytecode/code-object.ts';
import { compileModule } from '../../src/compiler/compile.ts';
import { compareCode, type CompareStats } from './compare-code.ts';
import { decodeAst, decodeCode } from '../support/py38-json.ts';

const DIR = join(import.meta.dirname, 'fixtures');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

interface Fixture {
  readonly file: string;
  readonly source: string;
  readonly ast: never;
  readonly code: never;
}

describe('compileModule', () => {
  it.each(FILES)('compiles %s exactly as CPython 3.8 does', (name) => {
    const fixture = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Fixture;
    const code = compileModule(decodeAst(fixture.ast), { filename: fixture.file, source: fixture.source });
    const stats: CompareStats = { total: 0, exact: 0, fields: {}, errorsOk: 0, errorsBad: 0, crashes: 0, compileMs: 0 };
    const report: string[] = [];
    compareCode(code, decodeCode(fixture.code), fixture.file, stats, report);
    expect(report).toEqual([]);
    expect(stats.exact).toBe(stats.total);
  });

  it('drops asserts at -O and docstrings at -OO', () => {
    const load = (name: string): ((optimizeLevel: number) => CodeObject) => {
      const fixture = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Fixture;
      const tree = decodeAst(fixture.ast);
      return (optimizeLevel) => compileModule(tree, { filename: fixture.file, source: fixture.source, optimizeLevel });
    };
    const compile = load('compile__augassign_del_assert.json');
    const size = (co: CodeObject): number => co.code.length + co.consts.reduce((n, c) => n + (c.kind === 'code' ? size(c.code) : 0), 0);
    const strings = (co: CodeObject): string[] => co.consts.flatMap((c) => (c.kind === 'str' ? [c.value] : c.kind === 'code' ? strings(c.code) : []));
    expect(size(compile(1))).toBeLessThan(size(compile(0)));
    const defs = load('compile__definitions.json');
    expect(strings(defs(1))).toContain('A docstring becomes co_consts[0].');
    expect(strings(defs(2))).not.toContain('A docstring becomes co_consts[0].');
  });
});
