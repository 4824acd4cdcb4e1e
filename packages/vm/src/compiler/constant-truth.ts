/**
 * The truth value of a constant test, for dropping the dead branch of `if 0:` or `while 1:`.
 * Mirrors CPython 3.8 Python/compile.c `expr_constant` (with `PyObject_IsTrue`).
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import type * as ast from '../parser/ast.ts';
import { unreachable } from '../internal/assert.ts';

function isTrue(v: Constant): boolean {
  switch (v.kind) {
    case 'None':
      return false;
    case 'Ellipsis':
      return true;
    case 'bool':
      return v.value;
    case 'int':
      return v.value !== 0n;
    case 'float':
      return v.value !== 0;
    case 'complex':
      return v.real !== 0 || v.imag !== 0;
    case 'str':
      return v.value.length > 0;
    case 'bytes':
      return v.value.length > 0;
    case 'tuple':
    case 'frozenset':
      return v.items.length > 0;
    case 'code':
      return true;
    default:
      return unreachable(v);
  }
}

/**
 * 1 when `e` is a true constant, 0 when a false one, -1 when it is not a constant.
 *
 * @see CPython 3.8 Python/compile.c expr_constant
 */
export function constantTruth(e: ast.expr): number {
  if (e._type === 'Constant') return isTrue(e.value) ? 1 : 0;
  return -1;
}
