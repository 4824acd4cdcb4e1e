// Compile-time SyntaxWarnings against CPython 3.8: the same messages and lines, in order, and the
// same SyntaxError when warnings are errors. Expectations come from fixtures/make_fixtures.py.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../src/compiler/compile.ts';
import type { CompileWarning } from '../../src/compiler/compiler.ts';
import { CompileFailure } from '../../src/source/diagnostic.ts';
import { decodeAst } from '../support/py38-json.ts';

interface Case {
  readonly name: string;
  readonly source: string;
  readonly ast: never;
  readonly warnings: { readonly category: string; readonly msg: string; readonly lineno: number }[];
  readonly error?: { readonly msg: string; readonly lineno: number; readonly offset: number; readonly text: string };
}

const cases = JSON.parse(readFileSync(join(import.meta.dirname, '../symtable/fixtures/warnings.expected.json'), 'utf8')) as Case[];

describe('compile warnings', () => {
  it.each(cases.map((c) => [c.name, c] as const))('warns as CPython does for %s', (_name, c) => {
    const seen: CompileWarning[] = [];
    compileModule(decodeAst(c.ast), {
      filename: '<case>',
      source: c.source,
      onWarning: (w) => {
        seen.push(w);
        return undefined;
      },
    });
    expect(seen.map((w) => ({ category: w.category, msg: w.msg, lineno: w.lineno }))).toEqual(c.warnings);
  });

  it.each(cases.map((c) => [c.name, c] as const))('raises the first warning as a SyntaxError under -W error for %s', (_name, c) => {
    let diagnostic: unknown = null;
    try {
      compileModule(decodeAst(c.ast), { filename: '<case>', source: c.source, onWarning: () => 'error' });
    } catch (e) {
      if (!(e instanceof CompileFailure)) throw e;
      diagnostic = e.diagnostic;
    }
    if (c.error === undefined) expect(diagnostic).toBeNull();
    else expect(diagnostic).toMatchObject({ type: 'SyntaxError', ...c.error });
  });
});
