/**
 * Module and class bodies: `SETUP_ANNOTATIONS` when the body annotates variables, and the
 * docstring stored as `__doc__`. Mirrors CPython 3.8 Python/compile.c `compiler_body` and
 * `find_ann`, and Python/ast.c `_PyAST_GetDocString`.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import type { Compiler } from './compiler.ts';

/**
 * The docstring of a body: its first statement when that is a string constant expression.
 *
 * @see CPython 3.8 Python/ast.c _PyAST_GetDocString
 */
export function getDocString(body: readonly ast.stmt[]): string | null {
  const st = body[0];
  if (st?._type !== 'Expr') return null;
  const e = st.value;
  return e._type === 'Constant' && e.value.kind === 'str' ? e.value.value : null;
}

/** Whether `stmts` annotate a variable anywhere outside nested scopes (`find_ann`). */
export function findAnn(stmts: readonly ast.stmt[]): boolean {
  for (const st of stmts) {
    const t = st._type;
    if (t === 'AnnAssign') return true;
    if (t === 'For' || t === 'AsyncFor' || t === 'While' || t === 'If') {
      if (findAnn(st.body) || findAnn(st.orelse)) return true;
    } else if (t === 'With' || t === 'AsyncWith') {
      if (findAnn(st.body)) return true;
    } else if (t === 'Try') {
      if (st.handlers.some((h) => findAnn(h.body))) return true;
      if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
    }
  }
  return false;
}

/**
 * Compiles the statements of a module or class body.
 *
 * @see CPython 3.8 Python/compile.c compiler_body
 */
export function compileBody(c: Compiler, stmts: readonly ast.stmt[]): void {
  const first = stmts[0];
  if (c.u.scopeType === 'module' && !c.u.lineno && first !== undefined) c.u.lineno = first.lineno;
  if (findAnn(stmts)) c.addOp(Op.SETUP_ANNOTATIONS);
  if (first === undefined) return;
  let i = 0;
  if (c.optimize < 2 && getDocString(stmts) !== null && first._type === 'Expr') {
    i = 1;
    c.visitExpr(first.value);
    c.nameOp('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) c.visitStmt(stmts[i] as ast.stmt);
}
