/**
 * The truth value of a constant test, for dropping the dead branch of `if 0:` or `while 1:`.
 * Mirrors CPython 3.8 Python/compile.c `expr_constant` (with `PyObject_IsTrue`).
 * @module
 */
import { isTruthy } from '../bytecode/constant.ts';
import type * as ast from '../parser/ast.ts';

/**
 * 1 when `e` is a true constant, 0 when a false one, -1 when it is not a constant.
 *
 * @see CPython 3.8 Python/compile.c expr_constant
 */
export function constantTruth(e: ast.expr): number {
  if (e._type === 'Constant') return isTruthy(e.value) ? 1 : 0;
  return -1;
}
