/**
 * The symbol table: one entry per module, class, function, lambda and comprehension, with the
 * scope of every name (local, global explicit/implicit, free, cell) and the generator / coroutine
 * facts the code flags come from. Mirrors CPython 3.8 Python/symtable.c `PySymtable_BuildObject`.
 * @module
 */
import type * as ast from '../parser/ast.ts';
import type { SourceInfo } from './source-errors.ts';
import type { Symtable } from './symtable-entry.ts';
import { SymtableBuilder } from './symtable-builder.ts';

/**
 * Builds the symbol table of `module` and analyses every name's scope.
 *
 * @param mod - the (optimised) module, expression (`eval`) or interactive statement (`single`)
 * @param src - the file name and source text, for the errors
 * @returns the analysed table
 * @see CPython 3.8 Python/symtable.c PySymtable_BuildObject
 */
export function buildSymtable(mod: ast.Module | ast.Expression | ast.Interactive, src: SourceInfo): Symtable {
  const builder = new SymtableBuilder(src);
  return builder.build(mod);
}

