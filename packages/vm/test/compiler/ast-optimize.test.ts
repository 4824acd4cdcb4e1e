// The AST optimiser's rewrites other than plain constant folding: docstrings, `not` over
// comparisons, iterables of `for`/comprehensions/`in`, `__debug__`, positions and sharing.
import { describe, expect, it } from 'vitest';
import type { Constant as ConstantValue } from '../../src/bytecode/constant.ts';
import { optimizeAst, optimizeMod } from '../../src/compiler/ast-optimize.ts';
import { frozensetOrder } from '../../src/hash/set-order.ts';
import type { Module, cmpop, expr, stmt } from '../../src/parser/ast.ts';

const at = (lineno = 1, col_offset = 0) => ({ lineno, col_offset, end_lineno: lineno, end_col_offset: col_offset + 1 });
const int = (v: number): ConstantValue => ({ kind: 'int', value: BigInt(v) });
const str = (value: string): ConstantValue => ({ kind: 'str', value });
const c = (value: ConstantValue, pos = at()): expr => ({ _type: 'Constant', value, kind: null, ...pos });
const name = (id: string, ctx: 'Load' | 'Store' = 'Load'): expr => ({ _type: 'Name', id, ctx, ...at() });
const add = (left: expr, right: expr, pos = at()): expr => ({ _type: 'BinOp', left, op: 'Add', right, ...pos });
const list = (elts: expr[]): expr => ({ _type: 'List', elts, ctx: 'Load', ...at() });
const set = (elts: expr[]): expr => ({ _type: 'Set', elts, ...at() });
const tuple = (elts: expr[], ctx: 'Load' | 'Store' = 'Load'): expr => ({ _type: 'Tuple', elts, ctx, ...at() });
const compare = (left: expr, op: cmpop, right: expr, pos = at()): expr => ({ _type: 'Compare', left, ops: [op], comparators: [right], ...pos });
const exprStmt = (value: expr, pos = at()): stmt => ({ _type: 'Expr', value, ...pos });
const assign = (target: expr, value: expr): stmt => ({ _type: 'Assign', targets: [target], value, type_comment: null, ...at() });
const module = (...body: stmt[]): Module => ({ _type: 'Module', body, type_ignores: [] });
const pass: stmt = { _type: 'Pass', ...at() };

function valueOf(m: Module, i = 0): expr {
  const s = m.body[i];
  if (s?._type !== 'Expr' && s?._type !== 'Assign') throw new Error('not an expression statement');
  return s.value;
}

describe('docstrings', () => {
  it('wraps a string that only folding made the first statement into a JoinedStr', () => {
    const out = optimizeAst(module(exprStmt(add(c(str('a')), c(str('b'))), at(1, 0)), pass), 0);
    const first = out.body[0];
    expect(first?._type).toBe('Expr');
    const value = valueOf(out);
    expect(value._type).toBe('JoinedStr');
    if (value._type !== 'JoinedStr') return;
    expect(value.values).toHaveLength(1);
    expect(value.values[0]).toMatchObject({ _type: 'Constant', value: str('ab') });
    expect(value).toMatchObject(at(1, 0));
  });
  it('leaves a real docstring alone', () => {
    const m = module(exprStmt(c(str('doc'))), pass);
    expect(optimizeAst(m, 0)).toBe(m);
  });
  it('applies to function and class bodies too', () => {
    const fn: stmt = {
      _type: 'FunctionDef',
      name: 'f',
      args: { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] },
      body: [exprStmt(add(c(str('a')), c(str('b'))))],
      decorator_list: [],
      returns: null,
      type_comment: null,
      ...at(),
    };
    const out = optimizeAst(module(fn), 0).body[0];
    if (out?._type !== 'FunctionDef') throw new Error('lost the def');
    expect(out.body[0]).toMatchObject({ _type: 'Expr', value: { _type: 'JoinedStr' } });
  });
  it('does not wrap a folded string that is not first', () => {
    const out = optimizeAst(module(pass, exprStmt(add(c(str('a')), c(str('b'))))), 0);
    expect(valueOf(out, 1)).toMatchObject({ _type: 'Constant', value: str('ab') });
  });
});

describe('not over a comparison', () => {
  it.each([
    ['Is', 'IsNot'],
    ['IsNot', 'Is'],
    ['In', 'NotIn'],
    ['NotIn', 'In'],
  ] as const)('not (a %s b) becomes a %s b, at the comparison position', (op, negated) => {
    const cmp = compare(name('a'), op, name('b'), at(1, 5));
    const out = valueOf(optimizeAst(module(exprStmt({ _type: 'UnaryOp', op: 'Not', operand: cmp, ...at(1, 0) })), 0));
    expect(out).toMatchObject({ _type: 'Compare', ops: [negated], ...at(1, 5) });
  });
  it('leaves == and < alone (they do not negate safely)', () => {
    for (const op of ['Eq', 'Lt'] as const) {
      const m = module(exprStmt({ _type: 'UnaryOp', op: 'Not', operand: compare(name('a'), op, name('b')), ...at() }));
      expect(optimizeAst(m, 0)).toBe(m);
    }
  });
  it('leaves chained comparisons alone', () => {
    const chain: expr = { _type: 'Compare', left: name('a'), ops: ['Is', 'Is'], comparators: [name('b'), name('c')], ...at() };
    const m = module(exprStmt({ _type: 'UnaryOp', op: 'Not', operand: chain, ...at() }));
    expect(optimizeAst(m, 0)).toBe(m);
  });
});

describe('iterables', () => {
  const forLoop = (iter: expr): stmt => ({ _type: 'For', target: name('x', 'Store'), iter, body: [pass], orelse: [], type_comment: null, ...at() });
  const iterOf = (m: Module): expr => {
    const s = m.body[0];
    if (s?._type !== 'For' && s?._type !== 'AsyncFor') throw new Error('not a loop');
    return s.iter;
  };

  it('turns a for loop over a constant list into a constant tuple', () => {
    expect(iterOf(optimizeAst(module(forLoop(list([c(int(1)), c(int(2))]))), 0))).toMatchObject({ _type: 'Constant', value: { kind: 'tuple', items: [int(1), int(2)] } });
  });
  it('turns a list with non-constants into a tuple display', () => {
    expect(iterOf(optimizeAst(module(forLoop(list([c(int(1)), name('y')]))), 0))).toMatchObject({ _type: 'Tuple', ctx: 'Load' });
  });
  it('keeps a list with a starred item', () => {
    const starred: expr = { _type: 'Starred', value: name('y'), ctx: 'Load', ...at() };
    expect(iterOf(optimizeAst(module(forLoop(list([starred]))), 0))._type).toBe('List');
  });
  it('turns an empty list into ()', () => {
    expect(iterOf(optimizeAst(module(forLoop(list([]))), 0))).toMatchObject({ _type: 'Constant', value: { kind: 'tuple', items: [] } });
  });
  it('turns a set of constants into a frozenset in set-table order', () => {
    const items = [str('b'), str('a'), str('b')];
    const out = iterOf(optimizeAst(module(forLoop(set(items.map((v) => c(v))))), 0));
    expect(out).toMatchObject({ _type: 'Constant', value: { kind: 'frozenset', items: frozensetOrder(items) } });
  });
  it('keeps a set with non-constants', () => {
    expect(iterOf(optimizeAst(module(forLoop(set([name('y')]))), 0))._type).toBe('Set');
  });
  it('does not rewrite the iterable of async for', () => {
    const loop: stmt = { _type: 'AsyncFor', target: name('x', 'Store'), iter: list([c(int(1))]), body: [pass], orelse: [], type_comment: null, ...at() };
    expect(iterOf(optimizeAst(module(loop), 0))._type).toBe('List');
  });
  it('rewrites the iterable of every comprehension generator', () => {
    const comp: expr = {
      _type: 'ListComp',
      elt: name('x'),
      generators: [{ _type: 'comprehension', target: name('x', 'Store'), iter: list([c(int(1))]), ifs: [], is_async: 0 }],
      ...at(),
    };
    const out = valueOf(optimizeAst(module(exprStmt(comp)), 0));
    expect(out).toMatchObject({ generators: [{ iter: { _type: 'Constant', value: { kind: 'tuple', items: [int(1)] } } }] });
  });
  it('rewrites the right side of a trailing in / not in only', () => {
    const inList = valueOf(optimizeAst(module(exprStmt(compare(name('a'), 'In', list([c(int(1))])))), 0));
    expect(inList).toMatchObject({ comparators: [{ _type: 'Constant', value: { kind: 'tuple' } }] });
    const notInSet = valueOf(optimizeAst(module(exprStmt(compare(name('a'), 'NotIn', set([c(int(1))])))), 0));
    expect(notInSet).toMatchObject({ comparators: [{ _type: 'Constant', value: { kind: 'frozenset' } }] });
    const eq = module(exprStmt(compare(name('a'), 'Eq', list([c(int(1))]))));
    expect(optimizeAst(eq, 0)).toBe(eq);
  });
});

describe('other rules', () => {
  it('folds __debug__ to True at level 0 and False above', () => {
    expect(valueOf(optimizeAst(module(exprStmt(name('__debug__'))), 0))).toMatchObject({ _type: 'Constant', value: { kind: 'bool', value: true } });
    expect(valueOf(optimizeAst(module(exprStmt(name('__debug__'))), 1))).toMatchObject({ _type: 'Constant', value: { kind: 'bool', value: false } });
  });
  it('gives a folded constant the position of the folded node', () => {
    const out = valueOf(optimizeAst(module(exprStmt(add(c(int(1), at(2, 4)), c(int(2), at(3, 0)), at(2, 3)))), 0));
    expect(out).toEqual({ _type: 'Constant', value: int(3), kind: null, ...at(2, 3) });
  });
  it('does not fold a tuple being assigned to', () => {
    const m = module(assign(tuple([name('a', 'Store'), name('b', 'Store')], 'Store'), name('c')));
    expect(optimizeAst(m, 0)).toBe(m);
  });
  it('does not look inside a walrus (CPython skips NamedExpr)', () => {
    const m = module(exprStmt({ _type: 'NamedExpr', target: name('y', 'Store'), value: add(c(int(1)), c(int(2))), ...at() }));
    expect(optimizeAst(m, 0)).toBe(m);
  });
  it('folds inside nested expressions and shares untouched subtrees', () => {
    const untouched = exprStmt(name('z'));
    const call: expr = { _type: 'Call', func: name('f'), args: [add(c(int(1)), c(int(2)))], keywords: [], ...at() };
    const out = optimizeAst(module(untouched, exprStmt(call)), 0);
    expect(out.body[0]).toBe(untouched);
    expect(valueOf(out, 1)).toMatchObject({ _type: 'Call', args: [{ _type: 'Constant', value: int(3) }] });
  });
  it('returns the very same module when nothing folds', () => {
    const m = module(assign(name('x', 'Store'), add(name('a'), c(int(1)))));
    expect(optimizeAst(m, 0)).toBe(m);
  });
  it('folds subscripts of constants but not stores or slices', () => {
    const sub = (ctx: 'Load' | 'Store'): expr => ({ _type: 'Subscript', value: c(str('abc')), slice: { _type: 'Index', value: c(int(1)) }, ctx, ...at() });
    expect(valueOf(optimizeAst(module(pass, exprStmt(sub('Load'))), 0), 1)).toMatchObject({ _type: 'Constant', value: str('b') });
    const store = module(assign(sub('Store'), name('v')));
    expect(optimizeAst(store, 0)).toBe(store);
    const slice: expr = { _type: 'Subscript', value: c(str('abc')), slice: { _type: 'Slice', lower: c(int(0)), upper: null, step: null }, ctx: 'Load', ...at() };
    expect(valueOf(optimizeAst(module(exprStmt(slice)), 0))._type).toBe('Subscript');
  });
  it('optimizes an Expression mod', () => {
    expect(optimizeMod({ _type: 'Expression', body: add(c(int(1)), c(int(2))) }, 0)).toMatchObject({ body: { _type: 'Constant', value: int(3) } });
  });
});
