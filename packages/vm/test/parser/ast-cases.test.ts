// Differential AST tests: parseModule must give exactly the tree CPython 3.8's ast.parse gives,
// positions included, for the snippets of fixtures/ast-cases.json and for the conformance
// programs of fixtures/corpus-asts.json (both made by scripts/dev/make-parser-fixtures.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../src/parser/parse.ts';
import { decodeAst } from '../support/py38-json.ts';

type Json = Parameters<typeof decodeAst>[0];

interface AstCase {
  source: string;
  ast?: Json;
  error?: unknown;
}

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const cases = fixture('ast-cases.json') as Record<string, AstCase>;
const corpus = fixture('corpus-asts.json') as Record<string, Json>;

describe('parseModule ASTs against ast.parse', () => {
  for (const [name, c] of Object.entries(cases)) {
    if (c.ast === undefined) continue;
    const ast = c.ast;
    it(`builds the AST of ${name}`, () => {
      expect(parseModule(c.source, `${name}.py`)).toEqual(decodeAst(ast));
    });
  }
});

describe('parseModule ASTs of conformance programs', () => {
  for (const [path, ast] of Object.entries(corpus)) {
    it(`builds the AST of ${path}`, () => {
      const source = readFileSync(new URL(`../../../../conformance/cases/${path}`, import.meta.url), 'utf8');
      expect(parseModule(source, path)).toEqual(decodeAst(ast));
    });
  }
});
