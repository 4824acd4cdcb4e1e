/**
 * Folding of one operation on constant operands, as CPython 3.8's AST optimiser does it: the
 * real operator is applied, with the size limits of `safe_multiply`, `safe_power`,
 * `safe_lshift` and `safe_mod`, and any exception means "leave the node alone" (null here).
 * @module
 */
import { isTruthy, type Constant } from '../bytecode/constant.ts';
import type { operator, unaryop } from '../parser/ast.ts';
import { bitLength } from '../numeric/int-arith.ts';
import { intValue, isNumeric, numericBinary, numericNegative, numericPositive } from './ast-opt-number.ts';
import { isSequence, sequenceConcat, sequenceItem, sequenceLength, sequenceRepeat } from './ast-opt-sequence.ts';

/** Largest int result, in bits, of a folded `*`, `**` or `<<` (`MAX_INT_SIZE`). */
export const MAX_INT_SIZE = 128;
/** Largest tuple a folded `*` builds (`MAX_COLLECTION_SIZE`). */
export const MAX_COLLECTION_SIZE = 256;
/** Largest str or bytes a folded `*` builds (`MAX_STR_SIZE`). */
export const MAX_STR_SIZE = 4096;
/** Largest number of items, nested ones included, a folded `*` builds (`MAX_TOTAL_ITEMS`). */
export const MAX_TOTAL_ITEMS = 1024;

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);
const SIZE_MAX = (1n << 64n) - 1n;

type IntLike = Extract<Constant, { kind: 'bool' | 'int' }>;

function isIntLike(c: Constant): c is IntLike {
  return c.kind === 'bool' || c.kind === 'int';
}


/**
 * What is left of `limit` after counting the items of `c` and of the tuples and frozensets in
 * it; negative when there are too many.
 *
 * @see CPython 3.8 Python/ast_opt.c check_complexity
 */
function checkComplexity(c: Constant, limit: number): number {
  if (c.kind === 'tuple' || c.kind === 'frozenset') {
    limit -= c.items.length;
    for (let i = 0; limit >= 0 && i < c.items.length; i++) limit = checkComplexity(c.items[i] as Constant, limit);
  }
  return limit;
}

/** `PyLong_AsLong`: the value as a C long, or -1 when it overflows (the error case). */
function asLong(v: bigint): bigint {
  return v > LONG_MAX || v < LONG_MIN ? -1n : v;
}

/** C `long` division truncating toward zero, for positive operands. */
function cDiv(a: number, b: bigint): bigint {
  return BigInt(a) / b;
}

/**
 * `v * w` under CPython's size limits.
 *
 * @see CPython 3.8 Python/ast_opt.c safe_multiply
 */
function safeMultiply(v: Constant, w: Constant): Constant | null {
  if (isIntLike(v) && isIntLike(w) && intValue(v) !== 0n && intValue(w) !== 0n) {
    if (bitLength(intValue(v)) + bitLength(intValue(w)) > MAX_INT_SIZE) return null;
  } else if (isIntLike(v) && (w.kind === 'tuple' || w.kind === 'frozenset')) {
    const size = w.items.length;
    if (size !== 0) {
      const n = asLong(intValue(v));
      if (n < 0n || n > cDiv(MAX_COLLECTION_SIZE, BigInt(size))) return null;
      if (n !== 0n && checkComplexity(w, Number(cDiv(MAX_TOTAL_ITEMS, n))) < 0) return null;
    }
  } else if (isIntLike(v) && (w.kind === 'str' || w.kind === 'bytes')) {
    const size = sequenceLength(w);
    if (size !== 0) {
      const n = asLong(intValue(v));
      if (n < 0n || n > cDiv(MAX_STR_SIZE, BigInt(size))) return null;
    }
  } else if (isIntLike(w) && (v.kind === 'tuple' || v.kind === 'frozenset' || v.kind === 'str' || v.kind === 'bytes')) {
    return safeMultiply(w, v);
  }
  return multiply(v, w);
}

/** `PyNumber_Multiply` on constants. */
function multiply(v: Constant, w: Constant): Constant | null {
  if (isNumeric(v) && isNumeric(w)) return numericBinary('Mult', v, w);
  if (isSequence(v) && isIntLike(w)) return sequenceRepeat(v, intValue(w));
  if (isIntLike(v) && isSequence(w)) return sequenceRepeat(w, intValue(v));
  return null;
}

/**
 * `v ** w` under CPython's size limit.
 *
 * @see CPython 3.8 Python/ast_opt.c safe_power
 */
function safePower(v: Constant, w: Constant): Constant | null {
  if (isIntLike(v) && isIntLike(w) && intValue(v) !== 0n && intValue(w) > 0n) {
    const vbits = BigInt(bitLength(intValue(v)));
    const wbits = intValue(w);
    if (wbits > SIZE_MAX) return null; // PyLong_AsSize_t overflows
    if (vbits > BigInt(MAX_INT_SIZE) / wbits) return null;
  }
  return isNumeric(v) && isNumeric(w) ? numericBinary('Pow', v, w) : null;
}

/**
 * `v << w` under CPython's size limit.
 *
 * @see CPython 3.8 Python/ast_opt.c safe_lshift
 */
function safeLshift(v: Constant, w: Constant): Constant | null {
  if (isIntLike(v) && isIntLike(w) && intValue(v) !== 0n && intValue(w) !== 0n) {
    const vbits = BigInt(bitLength(intValue(v)));
    const wbits = intValue(w);
    if (wbits < 0n || wbits > SIZE_MAX) return null; // PyLong_AsSize_t fails
    if (wbits > BigInt(MAX_INT_SIZE) || vbits > BigInt(MAX_INT_SIZE) - wbits) return null;
  }
  return isNumeric(v) && isNumeric(w) ? numericBinary('LShift', v, w) : null;
}

/**
 * The constant `left <op> right`, or null when CPython's optimiser leaves the BinOp alone.
 *
 * @see CPython 3.8 Python/ast_opt.c fold_binop
 */
export function foldBinary(op: operator, left: Constant, right: Constant): Constant | null {
  switch (op) {
    case 'Mult':
      return safeMultiply(left, right);
    case 'Pow':
      return safePower(left, right);
    case 'LShift':
      return safeLshift(left, right);
    case 'Mod':
      // safe_mod: str and bytes formatting is never folded.
      if (left.kind === 'str' || left.kind === 'bytes') return null;
      return isNumeric(left) && isNumeric(right) ? numericBinary(op, left, right) : null;
    case 'Add':
      if (isSequence(left) && isSequence(right)) return sequenceConcat(left, right);
      return isNumeric(left) && isNumeric(right) ? numericBinary(op, left, right) : null;
    case 'Sub':
    case 'Div':
    case 'FloorDiv':
    case 'RShift':
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd':
      return isNumeric(left) && isNumeric(right) ? numericBinary(op, left, right) : null;
    case 'MatMult':
      return null;
  }
}

/**
 * The constant `<op> operand`, or null when Python raises (e.g. `-"s"`, `~1.5`).
 *
 * @see CPython 3.8 Python/ast_opt.c fold_unaryop
 */
export function foldUnary(op: unaryop, operand: Constant): Constant | null {
  switch (op) {
    case 'Not':
      return { kind: 'bool', value: !isTruthy(operand) };
    case 'Invert':
      return isIntLike(operand) ? { kind: 'int', value: ~intValue(operand) } : null;
    case 'UAdd':
      return isNumeric(operand) ? numericPositive(operand) : null;
    case 'USub':
      return isNumeric(operand) ? numericNegative(operand) : null;
  }
}

/**
 * The constant `value[index]`, or null when Python raises or the subscript is not a plain index
 * into a str, bytes or tuple.
 *
 * @see CPython 3.8 Python/ast_opt.c fold_subscr
 */
export function foldSubscript(value: Constant, index: Constant): Constant | null {
  if (!isSequence(value) || !isIntLike(index)) return null;
  return sequenceItem(value, intValue(index));
}
