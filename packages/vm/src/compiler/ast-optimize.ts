/**
 * The AST optimiser run before code generation: constant folding and the other rewrites of
 * CPython 3.8 Python/ast_opt.c.
 * @module
 */
import type { Module } from '../parser/ast.ts';

/**
 * Folds constants in `module` as CPython 3.8's `_PyAST_Optimize` does, returning the new tree.
 *
 * @param module - the parsed module (not modified)
 * @param _optimizeLevel - `-O` level: 0 keeps `__debug__` true and asserts
 * @see CPython 3.8 Python/ast_opt.c _PyAST_Optimize
 */
export function optimizeAst(module: Module, _optimizeLevel: number): Module {
  // TODO(#4): constant folding (stub: the tree is returned unchanged).
  return module;
}
