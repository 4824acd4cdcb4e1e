/**
 * Code generation for `try`/`except`/`else`/`finally`, `with` and `async with`, on CPython 3.8's
 * SETUP_FINALLY / BEGIN_FINALLY / CALL_FINALLY / END_FINALLY protocol. Mirrors CPython 3.8
 * Python/compile.c `compiler_try_finally`, `compiler_try_except`, `compiler_with` and
 * `compiler_async_with`.
 * @module
 */
import { NONE } from '../bytecode/constant.ts';
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import type { Compiler } from './compiler.ts';
import { CMP_EXC_MATCH } from './operators.ts';

function visitStmts(c: Compiler, body: readonly ast.stmt[]): void {
  for (const s of body) c.visitStmt(s);
}

/**
 * Compiles a `try` statement.
 *
 * @see CPython 3.8 Python/compile.c compiler_try
 */
export function compileTry(c: Compiler, s: ast.Try): void {
  if (s.finalbody.length) compileTryFinally(c, s);
  else compileTryExcept(c, s);
}

function compileTryFinally(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const start = c.u.curblock;
  // The finally block goes first, to learn whether break/continue/return appear in it.
  c.useNextBlock(end);
  c.pushFBlock('FINALLY_END', end, end);
  visitStmts(c, s.finalbody);
  c.addOp(Op.END_FINALLY);
  const top = c.u.fblocks[c.u.fblocks.length - 1];
  const breakFinally = top?.exit === null;
  if (breakFinally) c.addOp(Op.POP_TOP);
  c.popFBlock();
  const newcurblock = c.u.curblock;
  c.u.curblock = start;
  start.next = null;
  c.u.linenoSet = false;
  c.u.lineno = s.lineno;
  c.u.colOffset = s.col_offset;
  if (breakFinally) c.loadConst(NONE);
  c.addOpJ(Op.SETUP_FINALLY, end, false);
  c.useNextBlock(body);
  c.pushFBlock(breakFinally ? 'FINALLY_TRY2' : 'FINALLY_TRY', body, end);
  if (s.handlers.length) compileTryExcept(c, s);
  else visitStmts(c, s.body);
  c.addOp(Op.POP_BLOCK);
  c.addOp(Op.BEGIN_FINALLY);
  c.popFBlock();
  c.u.curblock.next = end;
  c.u.curblock = newcurblock;
}

function compileTryExcept(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  c.addOpJ(Op.SETUP_FINALLY, except, false);
  c.useNextBlock(body);
  c.pushFBlock('EXCEPT', body, null);
  visitStmts(c, s.body);
  c.addOp(Op.POP_BLOCK);
  c.popFBlock();
  c.addOpJ(Op.JUMP_FORWARD, orelse, false);
  const n = s.handlers.length;
  c.useNextBlock(except);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i] as ast.ExceptHandler;
    if (handler.type === null && i < n - 1) c.error("default 'except:' must be last");
    c.u.linenoSet = false;
    c.u.lineno = handler.lineno;
    c.u.colOffset = handler.col_offset;
    except = c.newBlock();
    if (handler.type !== null) {
      c.addOp(Op.DUP_TOP);
      c.visitExpr(handler.type);
      c.addOpI(Op.COMPARE_OP, CMP_EXC_MATCH);
      c.addOpJ(Op.POP_JUMP_IF_FALSE, except, true);
    }
    c.addOp(Op.POP_TOP);
    if (handler.name !== null) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameOp(handler.name, 'Store');
      c.addOp(Op.POP_TOP);
      c.addOpJ(Op.SETUP_FINALLY, cleanupEnd, false);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, cleanupEnd);
      visitStmts(c, handler.body);
      c.addOp(Op.POP_BLOCK);
      c.addOp(Op.BEGIN_FINALLY);
      c.popFBlock();
      c.useNextBlock(cleanupEnd);
      c.pushFBlock('FINALLY_END', cleanupEnd, null);
      c.loadConst(NONE);
      c.nameOp(handler.name, 'Store');
      c.nameOp(handler.name, 'Del');
      c.addOp(Op.END_FINALLY);
      c.addOp(Op.POP_EXCEPT);
      c.popFBlock();
    } else {
      const cleanupBody = c.newBlock();
      c.addOp(Op.POP_TOP);
      c.addOp(Op.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null);
      visitStmts(c, handler.body);
      c.addOp(Op.POP_EXCEPT);
      c.popFBlock();
    }
    c.addOpJ(Op.JUMP_FORWARD, end, false);
    c.useNextBlock(except);
  }
  c.addOp(Op.END_FINALLY);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/**
 * Compiles item `pos` of a `with` statement and, nested inside it, the rest.
 *
 * @see CPython 3.8 Python/compile.c compiler_with
 */
export function compileWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos] as ast.withitem;
  const block = c.newBlock();
  const final = c.newBlock();
  c.visitExpr(item.context_expr);
  c.addOpJ(Op.SETUP_WITH, final, false);
  c.useNextBlock(block);
  c.pushFBlock('WITH', block, final);
  if (item.optional_vars !== null) c.visitExpr(item.optional_vars);
  else c.addOp(Op.POP_TOP);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos + 1);
  c.addOp(Op.POP_BLOCK);
  c.addOp(Op.BEGIN_FINALLY);
  c.popFBlock();
  c.useNextBlock(final);
  c.pushFBlock('FINALLY_END', final, null);
  c.addOp(Op.WITH_CLEANUP_START);
  c.addOp(Op.WITH_CLEANUP_FINISH);
  c.addOp(Op.END_FINALLY);
  c.popFBlock();
}

/**
 * Compiles item `pos` of an `async with` statement and, nested inside it, the rest.
 *
 * @see CPython 3.8 Python/compile.c compiler_async_with
 */
export function compileAsyncWith(c: Compiler, s: ast.AsyncWith, pos: number): void {
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== 'async-function') c.error("'async with' outside async function");
  const item = s.items[pos] as ast.withitem;
  const block = c.newBlock();
  const final = c.newBlock();
  c.visitExpr(item.context_expr);
  c.addOp(Op.BEFORE_ASYNC_WITH);
  c.addOp(Op.GET_AWAITABLE);
  c.loadConst(NONE);
  c.addOp(Op.YIELD_FROM);
  c.addOpJ(Op.SETUP_ASYNC_WITH, final, false);
  c.useNextBlock(block);
  c.pushFBlock('ASYNC_WITH', block, final);
  if (item.optional_vars !== null) c.visitExpr(item.optional_vars);
  else c.addOp(Op.POP_TOP);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos + 1);
  c.addOp(Op.POP_BLOCK);
  c.addOp(Op.BEGIN_FINALLY);
  c.popFBlock();
  c.useNextBlock(final);
  c.pushFBlock('FINALLY_END', final, null);
  c.addOp(Op.WITH_CLEANUP_START);
  c.addOp(Op.GET_AWAITABLE);
  c.loadConst(NONE);
  c.addOp(Op.YIELD_FROM);
  c.addOp(Op.WITH_CLEANUP_FINISH);
  c.addOp(Op.END_FINALLY);
  c.popFBlock();
}
