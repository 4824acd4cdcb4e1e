/**
 * Conditional jumps on the truth of an expression, with the short cuts CPython takes for `not`,
 * `and`/`or`, conditional expressions and chained comparisons. Mirrors CPython 3.8
 * Python/compile.c `compiler_jump_if`.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import type { Compiler } from './compiler.ts';
import type { BasicBlock } from './flow-graph.ts';
import { compileCompareChain } from './compile-compare-chain.ts';
import { checkCompare } from './compile-warnings.ts';

/**
 * Emits code that jumps to `next` when `e` is true (`cond`) or false (`!cond`).
 *
 * @see CPython 3.8 Python/compile.c compiler_jump_if
 */
export function compileJumpIf(c: Compiler, e: ast.expr, next: BasicBlock, cond: boolean): void {
  if (e._type === 'UnaryOp' && e.op === 'Not') {
    compileJumpIf(c, e.operand, next, !cond);
    return;
  }
  if (e._type === 'BoolOp') {
    const s = e.values;
    const n = s.length - 1;
    const cond2 = e.op === 'Or';
    let next2 = next;
    if (cond2 !== cond) next2 = c.newBlock();
    for (let i = 0; i < n; i++) compileJumpIf(c, s[i] as ast.expr, next2, cond2);
    compileJumpIf(c, s[n] as ast.expr, next, cond);
    if (next2 !== next) c.useNextBlock(next2);
    return;
  }
  if (e._type === 'IfExp') {
    const end = c.newBlock();
    const next2 = c.newBlock();
    compileJumpIf(c, e.test, next2, false);
    compileJumpIf(c, e.body, next, cond);
    c.addOpJ(Op.JUMP_FORWARD, end, false);
    c.useNextBlock(next2);
    compileJumpIf(c, e.orelse, next, cond);
    c.useNextBlock(end);
    return;
  }
  if (e._type === 'Compare' && e.ops.length > 1) {
    compileChainedCompareJump(c, e, next, cond);
    return;
  }
  c.visitExpr(e);
  c.addOpJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, true);
}

/** A chained comparison as a jump: each link jumps to a cleanup that drops the kept operand. */
function compileChainedCompareJump(c: Compiler, e: ast.Compare, next: BasicBlock, cond: boolean): void {
  checkCompare(c, e);
  const cleanup = c.newBlock();
  c.visitExpr(e.left);
  compileCompareChain(c, e, Op.POP_JUMP_IF_FALSE, cleanup);
  c.addOpJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, true);
  const end = c.newBlock();
  c.addOpJ(Op.JUMP_FORWARD, end, false);
  c.useNextBlock(cleanup);
  c.addOp(Op.POP_TOP);
  if (!cond) c.addOpJ(Op.JUMP_FORWARD, next, false);
  c.useNextBlock(end);
}
