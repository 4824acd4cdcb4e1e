// Symbol tables against CPython 3.8's own (the `symtable` module's raw flags, scope bits
// included), and symbol-table / compiler SyntaxErrors against CPython's message and position.
// Expectations come from ../compiler/fixtures/make_fixtures.py.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../src/compiler/compile.ts';
import { CompileFailure } from '../../src/source/diagnostic.ts';
import { mangle } from '../../src/symtable/mangle.ts';
import type { SymtableEntry } from '../../src/symtable/symtable-entry.ts';
import { buildSymtable } from '../../src/symtable/symtable.ts';
import { compareCode, type CompareStats } from '../compiler/compare-code.ts';
import { decodeAst, decodeCode } from '../support/py38-json.ts';

const DIR = join(import.meta.dirname, 'fixtures');

interface TableJson {
  readonly name: string;
  readonly type: string;
  readonly lineno: number;
  readonly nested: boolean;
  readonly symbols: Record<string, number>;
  readonly varnames: string[];
  readonly children: TableJson[];
}

interface Case {
  readonly name: string;
  readonly source: string;
  readonly ast: never;
  readonly table?: TableJson;
  readonly code?: never;
  readonly error?: { readonly msg: string; readonly lineno: number | null; readonly offset: number | null; readonly text: string | null };
}

function load(file: string): Case[] {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Case[];
}

function tableOf(ste: SymtableEntry): TableJson {
  return {
    name: ste.name,
    type: ste.type,
    lineno: ste.lineno,
    nested: ste.nested,
    symbols: Object.fromEntries(ste.symbols),
    varnames: [...ste.varnames],
    children: ste.children.map(tableOf),
  };
}

describe('buildSymtable', () => {
  const cases = load('scopes.expected.json');
  it.each(cases.map((c) => [c.name, c] as const))('gives CPython scopes and flags for %s', (_name, c) => {
    const table = buildSymtable(decodeAst(c.ast), { filename: '<case>', source: c.source });
    // CPython's top block is named 'top'; its line is 0.
    expect(tableOf(table.top)).toEqual(c.table);
  });

  it.each(cases.map((c) => [c.name, c] as const))('gives CPython code flags (generator, coroutine, cells) for %s', (_name, c) => {
    const code = compileModule(decodeAst(c.ast), { filename: '<case>', source: c.source });
    const stats: CompareStats = { total: 0, exact: 0, fields: {}, errorsOk: 0, errorsBad: 0, crashes: 0, compileMs: 0 };
    const report: string[] = [];
    compareCode(code, { ...decodeCode(c.code as never), filename: '<case>' }, c.name, stats, report);
    expect(report).toEqual([]);
  });
});

describe('compile errors', () => {
  const cases = load('errors.expected.json');
  it.each(cases.map((c) => [c.name, c] as const))('reports %s with CPython message and position', (_name, c) => {
    let diagnostic: unknown = null;
    try {
      compileModule(decodeAst(c.ast), { filename: '<case>', source: c.source });
    } catch (e) {
      if (!(e instanceof CompileFailure)) throw e;
      diagnostic = e.diagnostic;
    }
    const want = c.error;
    expect(want).toBeDefined();
    if (want === undefined) return;
    expect(diagnostic).toMatchObject({ type: 'SyntaxError', msg: want.msg, offset: want.offset, text: want.text, filename: '<case>' });
    // DEVIATION(cpython): a Diagnostic line is a number; CPython leaves it None for
    // "too many statically nested blocks" only.
    expect((diagnostic as { lineno: number }).lineno).toBe(want.lineno ?? 0);
  });
});

describe('mangle', () => {
  it.each([
    ['Foo', '__x', '_Foo__x'],
    ['_Foo', '__x', '_Foo__x'],
    ['__', '__x', '__x'],
    ['Foo', '__x__', '__x__'],
    ['Foo', '_x', '_x'],
    ['Foo', '__a.b', '__a.b'],
    [null, '__x', '__x'],
  ] as const)('mangles in class %s the name %s to %s', (cls, name, want) => {
    expect(mangle(cls, name)).toBe(want);
  });
});
