/**
 * Assignment and deletion targets: turning a parsed expression into a Store/Del target and the
 * "cannot assign to ..." errors. Mirrors CPython 3.8 Python/ast.c `set_context`,
 * `get_expr_name` and `forbidden_name`.
 * @module
 */
import type { expr, expr_context } from './ast.ts';
import type { Parser } from './parser-state.ts';

/**
 * What CPython calls an expression in "cannot assign to X" messages.
 * @param e - The expression.
 * @returns Its name, or null for the assignable kinds.
 * @see CPython 3.8 Python/ast.c get_expr_name
 */
export function exprName(e: expr): string | null {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'operator';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict display';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'Ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
  }
}

/**
 * Reports `name` when it may not be bound (`__debug__`; with `full`, also None/True/False).
 * @returns True when an error was recorded.
 * @see CPython 3.8 Python/ast.c forbidden_name
 */
export function forbiddenName(p: Parser, name: string, line: number, col: number, full: boolean): boolean {
  if (name === '__debug__' || (full && (name === 'None' || name === 'True' || name === 'False'))) {
    p.astError(line, col, `cannot assign to ${name}`);
    return true;
  }
  return false;
}

/**
 * Returns `e` as a target in context `ctx`, recording an error (at `line`/`col`, the CST node
 * CPython reports) when it cannot be one.
 * @param p - The parser.
 * @param e - The parsed expression.
 * @param ctx - Store or Del.
 * @param line - Error line.
 * @param col - Error byte column.
 * @returns The target.
 * @see CPython 3.8 Python/ast.c set_context
 */
export function setContext(p: Parser, e: expr, ctx: expr_context, line: number, col: number): expr {
  if (e._type === 'Attribute') {
    if (ctx === 'Store') forbiddenName(p, e.attr, line, col, true);
    return { ...e, ctx };
  }
  if (e._type === 'Subscript') return { ...e, ctx };
  if (e._type === 'Starred') return { ...e, ctx, value: setContext(p, e.value, ctx, line, col) };
  if (e._type === 'Name') {
    if (ctx === 'Store') forbiddenName(p, e.id, line, col, false);
    return { ...e, ctx };
  }
  if (e._type === 'List') return { ...e, ctx, elts: e.elts.map((x) => setContext(p, x, ctx, line, col)) };
  if (e._type === 'Tuple') return { ...e, ctx, elts: e.elts.map((x) => setContext(p, x, ctx, line, col)) };
  p.astError(line, col, `cannot ${ctx === 'Store' ? 'assign to' : 'delete'} ${exprName(e) ?? ''}`);
  return e;
}
