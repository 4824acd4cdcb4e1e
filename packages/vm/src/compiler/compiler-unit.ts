/**
 * The state of the code unit being compiled (a module, class body, function, lambda or
 * comprehension): its constants, names, variables, blocks and frame blocks. Mirrors CPython 3.8
 * Python/compile.c `struct compiler_unit` and `compiler_enter_scope`.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import { CELL, FREE, DEF_FREE_CLASS, SCOPE_MASK, SCOPE_OFFSET } from '../symtable/symtable-entry.ts';
import type { SymtableEntry } from '../symtable/symtable-entry.ts';
import { BasicBlock } from './flow-graph.ts';

/** The kind of code unit (`COMPILER_SCOPE_*`). */
export type ScopeType = 'module' | 'class' | 'function' | 'async-function' | 'lambda' | 'comprehension';

/** The frame-block kinds `break`, `continue` and `return` unwind through (`enum fblocktype`). */
export type FBlockType = 'WHILE_LOOP' | 'FOR_LOOP' | 'EXCEPT' | 'FINALLY_TRY' | 'FINALLY_TRY2' | 'FINALLY_END' | 'WITH' | 'ASYNC_WITH' | 'HANDLER_CLEANUP';

/** One entry of the frame-block stack (`struct fblockinfo`). */
export interface FBlock {
  readonly type: FBlockType;
  readonly block: BasicBlock | null;
  exit: BasicBlock | null;
}

/** An insertion-ordered name → index table, like the dicts CPython keeps per unit. */
export class IndexTable {
  /** Key → index. */
  readonly map = new Map<string, number>();

  /** The index of `key`, added at the end when new (`compiler_add_o`). */
  add(key: string): number {
    const found = this.map.get(key);
    if (found !== undefined) return found;
    const index = this.map.size;
    this.map.set(key, index);
    return index;
  }

  /** The number of keys. */
  get size(): number {
    return this.map.size;
  }

  /** The keys in index order. */
  keys(): string[] {
    return [...this.map.keys()];
  }
}

/** Names of `symbols` whose scope is `scope` or that carry `flag`, sorted, numbered from `offset` (`dictbytype`). */
function dictByType(symbols: ReadonlyMap<string, number>, scope: number, flag: number, offset: number): IndexTable {
  const table = new IndexTable();
  // Filtering before sorting keeps CPython's order (sorted over all keys) and sorts far less.
  const picked: string[] = [];
  // forEach, not destructuring for-of: no entry array per symbol.
  symbols.forEach((v, k) => {
    if (((v >> SCOPE_OFFSET) & SCOPE_MASK) === scope || v & flag) picked.push(k);
  });
  if (picked.length > 1) picked.sort(comparePyStr);
  let i = offset;
  for (const k of picked) table.map.set(k, i++);
  return table;
}

/** Compares strings by code point, as Python's `str` ordering does. */
export function comparePyStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * A code unit under compilation (`struct compiler_unit`).
 *
 * @see CPython 3.8 Python/compile.c compiler_unit, compiler_enter_scope
 */
export class CompilerUnit {
  readonly ste: SymtableEntry;
  readonly name: string;
  qualname: string;
  readonly scopeType: ScopeType;
  readonly constKeys = new Map<string, number>();
  /** The co_consts index of each string constant, by value (strings need no built key). */
  readonly strConsts = new Map<string, number>();
  readonly consts: Constant[] = [];
  readonly names = new IndexTable();
  readonly varnames = new IndexTable();
  readonly cellvars: IndexTable;
  readonly freevars: IndexTable;
  privateName: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly blocks: BasicBlock[] = [];
  curblock: BasicBlock;
  firstlineno: number;
  lineno = 0;
  colOffset = 0;
  linenoSet = false;
  readonly fblocks: FBlock[] = [];

  constructor(ste: SymtableEntry, name: string, scopeType: ScopeType, firstlineno: number) {
    this.ste = ste;
    this.name = name;
    this.qualname = name;
    this.scopeType = scopeType;
    this.firstlineno = firstlineno;
    for (const v of ste.varnames) this.varnames.add(v);
    this.cellvars = dictByType(ste.symbols, CELL, 0, 0);
    if (ste.needsClassClosure) this.cellvars.map.set('__class__', 0);
    this.freevars = dictByType(ste.symbols, FREE, DEF_FREE_CLASS, this.cellvars.size);
    this.curblock = this.newBlock();
  }

  /** A fresh block, not yet linked into the fall-through chain (`compiler_new_block`). */
  newBlock(): BasicBlock {
    const b = new BasicBlock();
    this.blocks.push(b);
    return b;
  }
}
