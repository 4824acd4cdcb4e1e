/**
 * The body of a chained comparison `a < b < c`: each middle operand is duplicated and compared,
 * and a false result jumps to the cleanup. Shared by the value form (`compiler_compare`) and the
 * branch form (the Compare case of `compiler_jump_if`), which differ only in that jump.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import type { Compiler } from './compiler.ts';
import type { BasicBlock } from './flow-graph.ts';
import { cmpOp } from './operators.ts';

/**
 * Emits the comparisons of `e` after its left operand: every link but the last jumps to
 * `cleanup` with `jumpOp` when false; the last leaves its result on the stack.
 *
 * @see CPython 3.8 Python/compile.c compiler_compare, compiler_jump_if
 */
export function compileCompareChain(c: Compiler, e: ast.Compare, jumpOp: number, cleanup: BasicBlock): void {
  const n = e.ops.length - 1;
  for (let i = 0; i < n; i++) {
    c.visitExpr(e.comparators[i] as ast.expr);
    c.addOp(Op.DUP_TOP);
    c.addOp(Op.ROT_THREE);
    c.addOpI(Op.COMPARE_OP, cmpOp(e.ops[i] as ast.cmpop));
    c.addOpJ(jumpOp, cleanup, true);
    c.nextBlock();
  }
  c.visitExpr(e.comparators[n] as ast.expr);
  c.addOpI(Op.COMPARE_OP, cmpOp(e.ops[n] as ast.cmpop));
}
