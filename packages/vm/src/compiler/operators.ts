/**
 * The opcodes of unary, binary, in-place and comparison operators. Mirrors CPython 3.8
 * Python/compile.c `unaryop`, `binop`, `inplace_binop` and `cmpop`.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';

const UNARY: Record<ast.unaryop, number> = { Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE };

const BINARY: Record<ast.operator, number> = {
  Add: Op.BINARY_ADD,
  Sub: Op.BINARY_SUBTRACT,
  Mult: Op.BINARY_MULTIPLY,
  MatMult: Op.BINARY_MATRIX_MULTIPLY,
  Div: Op.BINARY_TRUE_DIVIDE,
  Mod: Op.BINARY_MODULO,
  Pow: Op.BINARY_POWER,
  LShift: Op.BINARY_LSHIFT,
  RShift: Op.BINARY_RSHIFT,
  BitOr: Op.BINARY_OR,
  BitXor: Op.BINARY_XOR,
  BitAnd: Op.BINARY_AND,
  FloorDiv: Op.BINARY_FLOOR_DIVIDE,
};

const INPLACE: Record<ast.operator, number> = {
  Add: Op.INPLACE_ADD,
  Sub: Op.INPLACE_SUBTRACT,
  Mult: Op.INPLACE_MULTIPLY,
  MatMult: Op.INPLACE_MATRIX_MULTIPLY,
  Div: Op.INPLACE_TRUE_DIVIDE,
  Mod: Op.INPLACE_MODULO,
  Pow: Op.INPLACE_POWER,
  LShift: Op.INPLACE_LSHIFT,
  RShift: Op.INPLACE_RSHIFT,
  BitOr: Op.INPLACE_OR,
  BitXor: Op.INPLACE_XOR,
  BitAnd: Op.INPLACE_AND,
  FloorDiv: Op.INPLACE_FLOOR_DIVIDE,
};

const CMP: Record<ast.cmpop, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5, In: 6, NotIn: 7, Is: 8, IsNot: 9 };

/** The COMPARE_OP argument of exception matching (`PyCmp_EXC_MATCH`). */
export const CMP_EXC_MATCH = 10;

/** The opcode of unary operator `op` (`unaryop`). */
export function unaryOp(op: ast.unaryop): number {
  return UNARY[op];
}
/** The opcode of binary operator `op` (`binop`). */
export function binaryOp(op: ast.operator): number {
  return BINARY[op];
}
/** The opcode of augmented assignment with `op` (`inplace_binop`). */
export function inplaceOp(op: ast.operator): number {
  return INPLACE[op];
}
/** The COMPARE_OP argument of `op` (`cmpop`). */
export function cmpOp(op: ast.cmpop): number {
  return CMP[op];
}
