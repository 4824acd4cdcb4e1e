/**
 * The symbol table's second pass: decides the scope of every name (local, global explicit or
 * implicit, free, cell), propagating free variables up and bindings down. Mirrors CPython 3.8
 * Python/symtable.c `analyze_block`, `analyze_name`, `analyze_cells`, `drop_class_free` and
 * `update_symbols`.
 * @module
 */
import { syntaxError } from './source-errors.ts';
import type { SourceInfo } from './source-errors.ts';
import { CELL, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, SCOPE_OFFSET } from './symtable-entry.ts';
import type { SymtableEntry } from './symtable-entry.ts';

function errorAtDirective(ste: SymtableEntry, name: string, msg: string, src: SourceInfo): never {
  for (const [n, lineno, col] of ste.directives) {
    if (n === name) syntaxError(src, msg, lineno, col + 1);
  }
  syntaxError(src, msg, ste.lineno, ste.colOffset + 1);
}

function analyzeName(ste: SymtableEntry, scopes: Map<string, number>, name: string, flags: number, bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>, src: SourceInfo): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, src);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level', src);
    if (!bound.has(name)) errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, src);
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound !== null && bound.has(name)) {
    scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

/**
 * Decides the scope of every name of `ste` and its children.
 *
 * @param bound - names bound in enclosing function scopes, null at module level
 * @param free - receives the free names of `ste` and its children
 * @param global - names declared global in enclosing scopes
 * @see CPython 3.8 Python/symtable.c analyze_block
 */
export function analyzeBlock(ste: SymtableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>, src: SourceInfo): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();
  // What the children inherit (`newbound`, `newglobal`) is built only for a scope that has some.
  const hasChildren = ste.children.length > 0;
  if (ste.type === 'class' && hasChildren) {
    for (const n of global) newglobal.add(n);
    if (bound !== null) for (const n of bound) newbound.add(n);
  }
  // forEach, not destructuring for-of: no entry array per symbol (this runs cold, once per scope).
  ste.symbols.forEach((flags, name) => {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, src);
  });
  if (hasChildren && ste.type !== 'class') {
    if (ste.type === 'function') for (const n of local) newbound.add(n);
    if (bound !== null) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else if (hasChildren) {
    newbound.add('__class__');
  }
  const allfree = new Set<string>();
  for (const child of ste.children) {
    // `newfree` is still empty here: each child's free names start from nothing.
    const tempFree = new Set<string>();
    analyzeBlock(child, new Set(newbound), tempFree, new Set(newglobal), src);
    for (const n of tempFree) allfree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allfree) newfree.add(n);
  if (ste.type === 'function') {
    scopes.forEach((scope, name) => {
      if (scope === LOCAL && newfree.has(name)) {
        scopes.set(name, CELL);
        newfree.delete(name);
      }
    });
  } else if (ste.type === 'class') {
    if (newfree.delete('__class__')) ste.needsClassClosure = true;
  }
  updateSymbols(ste.symbols, scopes, bound, newfree, ste.type === 'class');
  for (const n of newfree) free.add(n);
}

function updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null, free: Set<string>, isClass: boolean): void {
  symbols.forEach((flags, name) => {
    symbols.set(name, flags | ((scopes.get(name) ?? 0) << SCOPE_OFFSET));
  });
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (isClass && v & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}
