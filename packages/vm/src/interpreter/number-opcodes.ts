/**
 * The binary and in-place opcodes and the number slot each calls, for the interpreter loop and
 * the code it compiles.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import type { BinaryOpKey } from '../runtime/abstract-number.ts';

/** Binary opcodes and the number slot each calls. */
export const BINARY_OPCODE_SLOTS: Partial<Record<number, BinaryOpKey>> = {
  [Op.BINARY_POWER]: 'power',
  [Op.BINARY_MULTIPLY]: 'multiply',
  [Op.BINARY_MATRIX_MULTIPLY]: 'matrix_multiply',
  [Op.BINARY_MODULO]: 'remainder',
  [Op.BINARY_ADD]: 'add',
  [Op.BINARY_SUBTRACT]: 'subtract',
  [Op.BINARY_FLOOR_DIVIDE]: 'floor_divide',
  [Op.BINARY_TRUE_DIVIDE]: 'true_divide',
  [Op.BINARY_LSHIFT]: 'lshift',
  [Op.BINARY_RSHIFT]: 'rshift',
  [Op.BINARY_AND]: 'and',
  [Op.BINARY_XOR]: 'xor',
  [Op.BINARY_OR]: 'or',
};

/** In-place opcodes and the number slot each calls. */
export const INPLACE_OPCODE_SLOTS: Partial<Record<number, BinaryOpKey>> = {
  [Op.INPLACE_POWER]: 'power',
  [Op.INPLACE_MULTIPLY]: 'multiply',
  [Op.INPLACE_MATRIX_MULTIPLY]: 'matrix_multiply',
  [Op.INPLACE_MODULO]: 'remainder',
  [Op.INPLACE_ADD]: 'add',
  [Op.INPLACE_SUBTRACT]: 'subtract',
  [Op.INPLACE_FLOOR_DIVIDE]: 'floor_divide',
  [Op.INPLACE_TRUE_DIVIDE]: 'true_divide',
  [Op.INPLACE_LSHIFT]: 'lshift',
  [Op.INPLACE_RSHIFT]: 'rshift',
  [Op.INPLACE_AND]: 'and',
  [Op.INPLACE_XOR]: 'xor',
  [Op.INPLACE_OR]: 'or',
};
