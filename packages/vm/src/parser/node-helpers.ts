/**
 * Small constructors shared by the expression and statement parsers.
 * @module
 */
import type { Constant as ConstantValue } from '../bytecode/constant.ts';
import type { Constant, Name, Tuple, expr, expr_context } from './ast.ts';

/** A Name node. */
export function makeName(id: string, ctx: expr_context, line: number, col: number, endLine: number, endCol: number): Name {
  return { _type: 'Name', id, ctx, lineno: line, col_offset: col, end_lineno: endLine, end_col_offset: endCol };
}

/** A Constant node. */
export function makeConstant(value: ConstantValue, kind: string | null, line: number, col: number, endLine: number, endCol: number): Constant {
  return { _type: 'Constant', value, kind, lineno: line, col_offset: col, end_lineno: endLine, end_col_offset: endCol };
}

/** A Tuple node. */
export function makeTuple(elts: readonly expr[], ctx: expr_context, line: number, col: number, endLine: number, endCol: number): Tuple {
  return { _type: 'Tuple', elts, ctx, lineno: line, col_offset: col, end_lineno: endLine, end_col_offset: endCol };
}
