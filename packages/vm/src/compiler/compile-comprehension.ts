/**
 * Code generation for list, set and dict comprehensions and generator expressions: a nested
 * function called at once with the outermost iterator, sync and async loops inside it. Mirrors
 * CPython 3.8 Python/compile.c `compiler_comprehension` and
 * `compiler_{sync,async}_comprehension_generator`.
 * @module
 */
import { NONE } from '../bytecode/constant.ts';
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import { compileJumpIf } from './compile-jump-if.ts';
import { makeClosure } from './compile-function.ts';
import type { Compiler } from './compiler.ts';

/** The four kinds of comprehension (`COMP_*`). */
export type ComprehensionKind = 'genexpr' | 'listcomp' | 'setcomp' | 'dictcomp';

function emitElement(c: Compiler, kind: ComprehensionKind, elt: ast.expr, val: ast.expr | null, depth: number): void {
  c.visitExpr(elt);
  switch (kind) {
    case 'genexpr':
      c.addOp(Op.YIELD_VALUE);
      c.addOp(Op.POP_TOP);
      return;
    case 'listcomp':
      c.addOpI(Op.LIST_APPEND, depth + 1);
      return;
    case 'setcomp':
      c.addOpI(Op.SET_ADD, depth + 1);
      return;
    case 'dictcomp':
      if (val !== null) c.visitExpr(val);
      c.addOpI(Op.MAP_ADD, depth + 1);
      return;
  }
}

function compileGenerator(c: Compiler, generators: readonly ast.comprehension[], genIndex: number, elt: ast.expr, val: ast.expr | null, kind: ComprehensionKind): void {
  const gen = generators[genIndex] as ast.comprehension;
  if (gen.is_async) compileAsyncGenerator(c, generators, genIndex, elt, val, kind);
  else compileSyncGenerator(c, generators, genIndex, elt, val, kind);
}

function compileSyncGenerator(c: Compiler, generators: readonly ast.comprehension[], genIndex: number, elt: ast.expr, val: ast.expr | null, kind: ComprehensionKind): void {
  const start = c.newBlock();
  const skip = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = generators[genIndex] as ast.comprehension;
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addOpI(Op.LOAD_FAST, 0);
  } else {
    c.visitExpr(gen.iter);
    c.addOp(Op.GET_ITER);
  }
  c.useNextBlock(start);
  c.addOpJ(Op.FOR_ITER, anchor, false);
  c.nextBlock();
  c.visitExpr(gen.target);
  for (const e of gen.ifs) {
    compileJumpIf(c, e, ifCleanup, false);
    c.nextBlock();
  }
  genIndex++;
  if (genIndex < generators.length) compileGenerator(c, generators, genIndex, elt, val, kind);
  if (genIndex >= generators.length) {
    emitElement(c, kind, elt, val, genIndex);
    c.useNextBlock(skip);
  }
  c.useNextBlock(ifCleanup);
  c.addOpJ(Op.JUMP_ABSOLUTE, start, true);
  c.useNextBlock(anchor);
}

function compileAsyncGenerator(c: Compiler, generators: readonly ast.comprehension[], genIndex: number, elt: ast.expr, val: ast.expr | null, kind: ComprehensionKind): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = generators[genIndex] as ast.comprehension;
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addOpI(Op.LOAD_FAST, 0);
  } else {
    c.visitExpr(gen.iter);
    c.addOp(Op.GET_AITER);
  }
  c.useNextBlock(start);
  c.addOpJ(Op.SETUP_FINALLY, except, false);
  c.addOp(Op.GET_ANEXT);
  c.loadConst(NONE);
  c.addOp(Op.YIELD_FROM);
  c.addOp(Op.POP_BLOCK);
  c.visitExpr(gen.target);
  for (const e of gen.ifs) {
    compileJumpIf(c, e, ifCleanup, false);
    c.nextBlock();
  }
  genIndex++;
  if (genIndex < generators.length) compileGenerator(c, generators, genIndex, elt, val, kind);
  if (genIndex >= generators.length) emitElement(c, kind, elt, val, genIndex);
  c.useNextBlock(ifCleanup);
  c.addOpJ(Op.JUMP_ABSOLUTE, start, true);
  c.useNextBlock(except);
  c.addOp(Op.END_ASYNC_FOR);
}

/**
 * Compiles a comprehension or generator expression.
 *
 * @see CPython 3.8 Python/compile.c compiler_comprehension
 */
export function compileComprehension(
  c: Compiler,
  e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
  kind: ComprehensionKind,
  name: string,
  generators: readonly ast.comprehension[],
  elt: ast.expr,
  val: ast.expr | null,
): void {
  const topLevelAwait = c.isTopLevelAwait();
  const isAsyncFunction = c.u.ste.coroutine;
  const outermost = generators[0] as ast.comprehension;
  c.enterScope(name, 'comprehension', e, e.lineno);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && !isAsyncFunction && kind !== 'genexpr' && !topLevelAwait) {
    c.error('asynchronous comprehension outside of an asynchronous function');
  }
  if (kind !== 'genexpr') c.addOpI(kind === 'listcomp' ? Op.BUILD_LIST : kind === 'setcomp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  compileGenerator(c, generators, 0, elt, val, kind);
  if (kind !== 'genexpr') c.addOp(Op.RETURN_VALUE);
  const co = c.assemble(true);
  const qualname = c.u.qualname;
  c.exitScope();
  if (topLevelAwait && isAsyncGenerator) c.u.ste.coroutine = true;
  makeClosure(c, co, 0, qualname);
  c.visitExpr(outermost.iter);
  c.addOp(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.addOpI(Op.CALL_FUNCTION, 1);
  if (isAsyncGenerator && kind !== 'genexpr') {
    c.addOp(Op.GET_AWAITABLE);
    c.loadConst(NONE);
    c.addOp(Op.YIELD_FROM);
  }
}
