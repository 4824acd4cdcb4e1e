/**
 * Code generation for control flow: `if`, `for`, `async for`, `while`, and `return`, `break`,
 * `continue` with the unwinding of the frame blocks they leave. Mirrors CPython 3.8
 * Python/compile.c `compiler_if`, `compiler_for`, `compiler_async_for`, `compiler_while`,
 * `compiler_return`, `compiler_break`, `compiler_continue` and `compiler_unwind_fblock`.
 * @module
 */
import { NONE } from '../bytecode/constant.ts';
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import { unreachable } from '../internal/assert.ts';
import { compileJumpIf } from './compile-jump-if.ts';
import type { FBlock } from './compiler-unit.ts';
import type { Compiler } from './compiler.ts';
import { constantTruth } from './constant-truth.ts';

function visitStmts(c: Compiler, body: readonly ast.stmt[]): void {
  // By index: no iterator step per statement before V8 optimises the loop.
  for (let i = 0; i < body.length; i++) c.visitStmt(body[i] as ast.stmt);
}

/** Compiles `body` checking it for errors but emitting no bytecode (`BEGIN_DO_NOT_EMIT_BYTECODE`). */
function visitStmtsNoEmit(c: Compiler, body: readonly ast.stmt[]): void {
  c.doNotEmit++;
  try {
    visitStmts(c, body);
  } finally {
    c.doNotEmit--;
  }
}

/**
 * Emits the code that leaves frame block `info` (`compiler_unwind_fblock`).
 *
 * @param preserveTos - keep the value on top of the stack (a return value) above the popped items
 */
export function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP':
      return;
    case 'FINALLY_END':
      info.exit = null;
      c.addOpI(Op.POP_FINALLY, preserveTos ? 1 : 0);
      if (preserveTos) c.addOp(Op.ROT_TWO);
      c.addOp(Op.POP_TOP);
      return;
    case 'FOR_LOOP':
      if (preserveTos) c.addOp(Op.ROT_TWO);
      c.addOp(Op.POP_TOP);
      return;
    case 'EXCEPT':
      c.addOp(Op.POP_BLOCK);
      return;
    case 'FINALLY_TRY':
      c.addOp(Op.POP_BLOCK);
      if (info.exit !== null) c.addOpJ(Op.CALL_FINALLY, info.exit, false);
      return;
    case 'FINALLY_TRY2':
      c.addOp(Op.POP_BLOCK);
      if (preserveTos) {
        c.addOp(Op.ROT_TWO);
        c.addOp(Op.POP_TOP);
        if (info.exit !== null) c.addOpJ(Op.CALL_FINALLY, info.exit, false);
      } else {
        if (info.exit !== null) c.addOpJ(Op.CALL_FINALLY, info.exit, false);
        c.addOp(Op.POP_TOP);
      }
      return;
    case 'WITH':
    case 'ASYNC_WITH':
      c.addOp(Op.POP_BLOCK);
      if (preserveTos) c.addOp(Op.ROT_TWO);
      c.addOp(Op.BEGIN_FINALLY);
      c.addOp(Op.WITH_CLEANUP_START);
      if (info.type === 'ASYNC_WITH') {
        c.addOp(Op.GET_AWAITABLE);
        c.loadConst(NONE);
        c.addOp(Op.YIELD_FROM);
      }
      c.addOp(Op.WITH_CLEANUP_FINISH);
      c.addOpI(Op.POP_FINALLY, 0);
      return;
    case 'HANDLER_CLEANUP':
      if (preserveTos) c.addOp(Op.ROT_FOUR);
      if (info.exit !== null) {
        c.addOp(Op.POP_BLOCK);
        c.addOp(Op.POP_EXCEPT);
        c.addOpJ(Op.CALL_FINALLY, info.exit, false);
      } else {
        c.addOp(Op.POP_EXCEPT);
      }
      return;
    default:
      unreachable(info.type);
  }
}

/** Compiles an `if` statement, dropping the code of a branch a constant test never takes. */
export function compileIf(c: Compiler, s: ast.If): void {
  const end = c.newBlock();
  const constant = constantTruth(s.test);
  if (constant === 0) {
    visitStmtsNoEmit(c, s.body);
    visitStmts(c, s.orelse);
  } else if (constant === 1) {
    visitStmts(c, s.body);
    visitStmtsNoEmit(c, s.orelse);
  } else {
    const next = s.orelse.length ? c.newBlock() : end;
    compileJumpIf(c, s.test, next, false);
    visitStmts(c, s.body);
    if (s.orelse.length) {
      c.addOpJ(Op.JUMP_FORWARD, end, false);
      c.useNextBlock(next);
      visitStmts(c, s.orelse);
    }
  }
  c.useNextBlock(end);
}

/** Compiles a `for` statement (`compiler_for`). */
export function compileFor(c: Compiler, s: ast.For): void {
  const start = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock('FOR_LOOP', start, end);
  c.visitExpr(s.iter);
  c.addOp(Op.GET_ITER);
  c.useNextBlock(start);
  c.addOpJ(Op.FOR_ITER, cleanup, false);
  c.visitExpr(s.target);
  visitStmts(c, s.body);
  c.addOpJ(Op.JUMP_ABSOLUTE, start, true);
  c.useNextBlock(cleanup);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** Compiles an `async for` statement (`compiler_async_for`). */
export function compileAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== 'async-function') c.error("'async for' outside async function");
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  c.visitExpr(s.iter);
  c.addOp(Op.GET_AITER);
  c.useNextBlock(start);
  c.pushFBlock('FOR_LOOP', start, end);
  c.addOpJ(Op.SETUP_FINALLY, except, false);
  c.addOp(Op.GET_ANEXT);
  c.loadConst(NONE);
  c.addOp(Op.YIELD_FROM);
  c.addOp(Op.POP_BLOCK);
  c.visitExpr(s.target);
  visitStmts(c, s.body);
  c.addOpJ(Op.JUMP_ABSOLUTE, start, true);
  c.popFBlock();
  c.useNextBlock(except);
  c.addOp(Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** Compiles a `while` statement (`compiler_while`). */
export function compileWhile(c: Compiler, s: ast.While): void {
  const constant = constantTruth(s.test);
  if (constant === 0) {
    c.doNotEmit++;
    try {
      c.pushFBlock('WHILE_LOOP', null, null);
      visitStmts(c, s.body);
      c.popFBlock();
    } finally {
      c.doNotEmit--;
    }
    visitStmts(c, s.orelse);
    return;
  }
  const loop = c.newBlock();
  const end = c.newBlock();
  const anchor = constant === -1 ? c.newBlock() : null;
  const orelse = s.orelse.length ? c.newBlock() : null;
  c.useNextBlock(loop);
  c.pushFBlock('WHILE_LOOP', loop, end);
  if (anchor !== null) compileJumpIf(c, s.test, anchor, false);
  visitStmts(c, s.body);
  c.addOpJ(Op.JUMP_ABSOLUTE, loop, true);
  if (anchor !== null) c.useNextBlock(anchor);
  c.popFBlock();
  if (orelse !== null) visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** Compiles a `return` statement (`compiler_return`). */
export function compileReturn(c: Compiler, s: ast.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function");
  if (s.value !== null && c.u.ste.coroutine && c.u.ste.generator) c.error("'return' with value in async generator");
  if (value !== null && preserveTos) c.visitExpr(value);
  const fblocks = c.u.fblocks;
  for (let depth = fblocks.length - 1; depth >= 0; depth--) unwindFBlock(c, fblocks[depth] as FBlock, preserveTos);
  if (s.value === null) c.loadConst(NONE);
  else if (!preserveTos) c.visitExpr(s.value);
  c.addOp(Op.RETURN_VALUE);
}

/** Compiles a `break` statement (`compiler_break`). */
export function compileBreak(c: Compiler): void {
  const fblocks = c.u.fblocks;
  for (let depth = fblocks.length - 1; depth >= 0; depth--) {
    const info = fblocks[depth] as FBlock;
    unwindFBlock(c, info, false);
    if (info.type === 'WHILE_LOOP' || info.type === 'FOR_LOOP') {
      if (info.exit !== null) c.addOpJ(Op.JUMP_ABSOLUTE, info.exit, true);
      return;
    }
  }
  c.error("'break' outside loop");
}

/** Compiles a `continue` statement (`compiler_continue`). */
export function compileContinue(c: Compiler): void {
  const fblocks = c.u.fblocks;
  for (let depth = fblocks.length - 1; depth >= 0; depth--) {
    const info = fblocks[depth] as FBlock;
    if (info.type === 'WHILE_LOOP' || info.type === 'FOR_LOOP') {
      if (info.block !== null) c.addOpJ(Op.JUMP_ABSOLUTE, info.block, true);
      return;
    }
    unwindFBlock(c, info, false);
  }
  c.error("'continue' not properly in loop");
}
