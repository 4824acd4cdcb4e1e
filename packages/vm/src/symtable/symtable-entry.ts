/**
 * A symbol table entry and the flag bits of its symbols: one block (module, class, function,
 * lambda or comprehension) with every name's flags and scope, and the generator / coroutine facts.
 * Mirrors CPython 3.8 Include/symtable.h.
 * @module
 */
import type * as ast from '../parser/ast.ts';

// Symbol flag bits of CPython 3.8 Include/symtable.h.
/** Declared `global` in this block. */
export const DEF_GLOBAL = 1;
/** Bound in this block (assignment, def, class, for target...). */
export const DEF_LOCAL = 2;
/** A parameter of this block. */
export const DEF_PARAM = 4;
/** Declared `nonlocal` in this block. */
export const DEF_NONLOCAL = 8;
/** Read in this block. */
export const USE = 16;
/** Used in this block but bound in an enclosing one. */
export const DEF_FREE = 32;
/** Free in a method and also bound or global in the class. */
export const DEF_FREE_CLASS = 64;
/** Bound by an import. */
export const DEF_IMPORT = 128;
/** Annotated in this block. */
export const DEF_ANNOT = 256;
/** An iteration variable of a comprehension. */
export const DEF_COMP_ITER = 512;
/** Any binding flag. */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
/** Where the scope sits in a symbol's flags. */
export const SCOPE_OFFSET = 11;
/** The scope bits after shifting by SCOPE_OFFSET. */
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

// The scopes a name can have (`PyST_GetScope`).
/** A local name of a function (fast), or of a module or class (by name). */
export const LOCAL = 1;
/** Declared `global`. */
export const GLOBAL_EXPLICIT = 2;
/** Not bound in any enclosing function: a global or builtin. */
export const GLOBAL_IMPLICIT = 3;
/** Bound in an enclosing function: read through a cell. */
export const FREE = 4;
/** Bound here and used by an enclosed function: kept in a cell. */
export const CELL = 5;

/** The kind of block a symbol table entry describes (`_Py_block_ty`). */
export type BlockType = 'function' | 'class' | 'module';

/** The AST node a block was made for: the key the compiler looks entries up by. */
export type BlockKey = ast.Module | ast.Expression | ast.Interactive | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

/**
 * One block's symbols and facts (`PySTEntryObject`).
 *
 * @see CPython 3.8 Include/symtable.h _symtable_entry
 */
export class SymtableEntry {
  /** The block's name: `top`, the function or class name, `lambda`, `listcomp`... */
  readonly name: string;
  /** What kind of block this is (`ste_type`). */
  readonly type: BlockType;
  /** Where the block's statement or expression starts (`ste_lineno`, `ste_col_offset`). */
  readonly lineno: number;
  readonly colOffset: number;
  /** Name → flags, in first-seen order; after analysis the scope sits at SCOPE_OFFSET. */
  readonly symbols = new Map<string, number>();
  /** Parameters in declaration order. */
  readonly varnames: string[] = [];
  /** Nested blocks in source order (`ste_children`). */
  readonly children: SymtableEntry[] = [];
  /** `global`/`nonlocal` directives as (name, line, column), for error positions. */
  readonly directives: [string, number, number][] = [];
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension = false;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(name: string, type: BlockType, lineno: number, colOffset: number) {
    this.name = name;
    this.type = type;
    this.lineno = lineno;
    this.colOffset = colOffset;
  }

  /** The flags of `name` (already mangled), 0 when unknown (`_PyST_GetSymbol`). */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The scope of `name` (`PyST_GetScope`). */
  getScope(name: string): number {
    return (this.getSymbol(name) >> SCOPE_OFFSET) & SCOPE_MASK;
  }
}

/** The whole table: the top entry and the entry of every block by its AST node. */
export interface Symtable {
  /** The module's entry. */
  readonly top: SymtableEntry;
  /** Every entry by the AST node it was made for. */
  readonly blocks: ReadonlyMap<BlockKey, SymtableEntry>;
}

