/**
 * The AST optimiser's rewrites of iterables and containers: a tuple of constants becomes a
 * constant, and the literal list or set that a `for`, a comprehension or an `in` test only
 * iterates becomes a tuple or a frozenset. Mirrors CPython 3.8 Python/ast_opt.c
 * `make_const_tuple`, `fold_tuple` and `fold_iter`.
 * @module
 */
import type { Constant as ConstantValue } from '../bytecode/constant.ts';
import { frozensetOrder } from '../hash/set-order.ts';
import type { Constant, expr, Located } from '../parser/ast.ts';

/** A Constant node holding `value` at the place of `at` (CPython's `make_const`). */
export function makeConst(at: Located, value: ConstantValue): Constant {
  return {
    _type: 'Constant',
    value,
    kind: null,
    lineno: at.lineno,
    col_offset: at.col_offset,
    end_lineno: at.end_lineno,
    end_col_offset: at.end_col_offset,
  };
}

/** The values of `elts` when every one is a Constant node, else null (`make_const_tuple`). */
function constItems(elts: readonly expr[]): ConstantValue[] | null {
  const items: ConstantValue[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    items.push(e.value);
  }
  return items;
}

/**
 * A loading tuple of constants as one constant, else the node itself.
 *
 * @see CPython 3.8 Python/ast_opt.c fold_tuple
 */
export function foldTuple(node: Extract<expr, { _type: 'Tuple' }>): expr {
  if (node.ctx !== 'Load') return node;
  const items = constItems(node.elts);
  return items === null ? node : makeConst(node, { kind: 'tuple', items });
}

/**
 * Rewrites an iterable that is only iterated: a list display without starred items becomes a
 * tuple (a constant one when all items are constants), a set display of constants becomes a
 * frozenset constant. Anything else is returned unchanged.
 *
 * @see CPython 3.8 Python/ast_opt.c fold_iter
 */
export function foldIter(arg: expr): expr {
  if (arg._type === 'List') {
    if (arg.elts.some((e) => e._type === 'Starred')) return arg;
    const items = constItems(arg.elts);
    if (items !== null) return makeConst(arg, { kind: 'tuple', items });
    const { lineno, col_offset, end_lineno, end_col_offset } = arg;
    return { _type: 'Tuple', elts: arg.elts, ctx: arg.ctx, lineno, col_offset, end_lineno, end_col_offset };
  }
  if (arg._type === 'Set') {
    const items = constItems(arg.elts);
    return items === null ? arg : makeConst(arg, { kind: 'frozenset', items: frozensetOrder(items) });
  }
  return arg;
}
