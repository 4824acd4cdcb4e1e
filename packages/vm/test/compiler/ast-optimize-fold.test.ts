// The constant folds of the AST optimiser, against what CPython 3.8 folds each expression to.
import { describe, expect, it } from 'vitest';
import { optimizeAst } from '../../src/compiler/ast-optimize.ts';
import type { Module, expr } from '../../src/parser/ast.ts';
import { decodeAst, decodeConstant } from '../support/py38-json.ts';
import { FOLD_TABLE } from './ast-optimize-fold-table.ts';
import { sameConstant } from './ast-optimize-support.ts';

const AT = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 };

function assignModule(value: expr): Module {
  return {
    _type: 'Module',
    body: [{ _type: 'Assign', targets: [{ _type: 'Name', id: 'x', ctx: 'Store', ...AT }], value, type_comment: null, ...AT }],
    type_ignores: [],
  };
}

function foldedValue(ast: unknown): expr {
  const value = (decodeAst(ast as never) as unknown) as expr;
  const out = optimizeAst(assignModule(value), 0).body[0];
  if (out?._type !== 'Assign') throw new Error('not an assignment');
  return out.value;
}

describe('optimizeAst folds expressions as CPython 3.8 does', () => {
  for (const c of FOLD_TABLE) {
    it(c.src.length > 60 ? c.src.slice(0, 60) + '...' : c.src, () => {
      const value = foldedValue(c.ast);
      if (c.folded === null) {
        expect(value._type).not.toBe('Constant');
      } else {
        expect(value._type).toBe('Constant');
        const want = decodeConstant(c.folded as never);
        const got = (value as Extract<expr, { _type: 'Constant' }>).value;
        expect(sameConstant(got, want), JSON.stringify(got, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).toBe(true);
      }
    });
  }
});
