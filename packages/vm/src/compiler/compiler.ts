/**
 * The compiler's shared state and its primitive operations: the unit stack, emitting
 * instructions, constants and names, blocks, name resolution and errors. The code generators in
 * compile-*.ts build on these. Mirrors CPython 3.8 Python/compile.c `struct compiler`,
 * `compiler_addop*`, `compiler_nameop` and `compiler_error`.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import type { Constant } from '../bytecode/constant.ts';
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import { fail, type CompileWarning } from '../source/diagnostic.ts';
import { mangle } from '../symtable/mangle.ts';
import { sourceLine } from '../symtable/source-errors.ts';
import { CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL } from '../symtable/symtable-entry.ts';
import type { BlockKey, Symtable } from '../symtable/symtable-entry.ts';
import { InternalError } from '../internal/assert.ts';
import { ConstCache } from './merge-consts.ts';
import { moduleIdentifiers } from './intern-strings.ts';
import type { BasicBlock } from './flow-graph.ts';
import { CompilerUnit } from './compiler-unit.ts';
import type { FBlock, FBlockType, ScopeType } from './compiler-unit.ts';

/** The number of statically nested blocks CPython allows (`CO_MAXBLOCKS`). */
const CO_MAXBLOCKS = 20;

/** `from __future__ import annotations` (`CO_FUTURE_ANNOTATIONS`). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** `from __future__ import barry_as_FLUFL` (`CO_FUTURE_BARRY_AS_BDFL`). */
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;

export type { CompileWarning } from '../source/diagnostic.ts';

/** An expression context as the code generator uses it (the AST's plus the augmented ones). */
export type Ctx = ast.expr_context;

/** The opcode of a name operation for its context (a function, not a closure: no allocation per name). */
function byContext(ctx: Ctx, load: number, store: number, del: number): number {
  if (ctx === 'Load') return load;
  if (ctx === 'Store') return store;
  if (ctx === 'Del') return del;
  throw new InternalError(`invalid context ${ctx} for a name`);
}

/**
 * The state of one compilation (`struct compiler`).
 *
 * @see CPython 3.8 Python/compile.c struct compiler
 */
export class Compiler {
  readonly filename: string;
  readonly source: string;
  readonly symtable: Symtable;
  /** Future features in effect (`c_future->ff_features`). */
  readonly features: number;
  /** The line of the last `from __future__` import (`ff_lineno`), or -1. */
  readonly futureLineno: number;
  readonly optimize: number;
  /** The module, for {@link Compiler.identifiers}. */
  module: ast.Module | ast.Expression | ast.Interactive | null = null;
  /** Compiling for the interactive prompt: expression statements print (`c_interactive`). */
  interactive = false;
  /** `PyCF_ALLOW_TOP_LEVEL_AWAIT` was given (see {@link Compiler.isTopLevelAwait}). */
  allowTopLevelAwait = false;
  private identifierSet: ReadonlySet<string> | null = null;
  private readonly stack: CompilerUnit[] = [];
  u!: CompilerUnit;
  /** Counts nested `if 0:`-style regions whose code is checked but not emitted. */
  doNotEmit = 0;
  /** Equal constants across the whole compilation (`c_const_cache`). */
  readonly constCache = new ConstCache();
  /** Receives compile-time warnings; null ignores them. */
  onWarning: ((w: CompileWarning) => 'error' | undefined) | null = null;
  /** Compiles one expression (wired up by compile.ts to break the import cycle). */
  visitExpr!: (e: ast.expr) => void;
  /** Compiles one statement (wired up by compile.ts). */
  visitStmt!: (s: ast.stmt) => void;
  /** Assembles the current unit (wired up by compile.ts). */
  assemble!: (addNone: boolean) => CodeObject;

  /**
   * `IS_TOP_LEVEL_AWAIT(c)`: top-level await is allowed and the current unit is the module's, where
   * `await`, `async for`, `async with` and asynchronous comprehensions then compile.
   */
  isTopLevelAwait(): boolean {
    return this.allowTopLevelAwait && this.u.ste.type === 'module';
  }

  constructor(filename: string, source: string, symtable: Symtable, features: number, futureLineno: number, optimize: number) {
    this.filename = filename;
    this.source = source;
    this.symtable = symtable;
    this.features = features;
    this.futureLineno = futureLineno;
    this.optimize = optimize;
  }

  /** The module's identifiers, interned by CPython's parser (see intern-strings.ts); computed on first use. */
  get identifiers(): ReadonlySet<string> {
    this.identifierSet ??= this.module === null ? new Set() : moduleIdentifiers(this.module);
    return this.identifierSet;
  }

  /** Enters a new code unit for `key` (`compiler_enter_scope`). */
  enterScope(name: string, scopeType: ScopeType, key: BlockKey, lineno: number): void {
    const ste = this.symtable.blocks.get(key);
    if (ste === undefined) throw new InternalError(`no symtable entry for ${name}`);
    const u = new CompilerUnit(ste, name, scopeType, lineno);
    if (this.stack.length > 0) {
      u.privateName = this.u.privateName;
    }
    this.stack.push(u);
    this.u = u;
    if (scopeType !== 'module') this.setQualname();
  }

  /** Leaves the current unit (`compiler_exit_scope`). */
  exitScope(): void {
    this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) this.u = parent;
  }

  /** The number of open units (`c_nestlevel`). */
  get nestLevel(): number {
    return this.stack.length;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 2) {
      const parent = this.stack[this.stack.length - 2];
      if (parent === undefined) throw new InternalError('no parent unit');
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async-function' || u.scopeType === 'class') {
        const scope = parent.ste.getScope(mangle(parent.privateName, u.name));
        if (scope === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        const pt = parent.scopeType;
        base = pt === 'function' || pt === 'async-function' || pt === 'lambda' ? `${parent.qualname}.<locals>` : parent.qualname;
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  // -- blocks

  /** A fresh block of the current unit (`compiler_new_block`). */
  newBlock(): BasicBlock {
    return this.u.newBlock();
  }

  /** Starts a new block that the current one falls through to (`compiler_next_block`). */
  nextBlock(): BasicBlock {
    const b = this.u.newBlock();
    this.u.curblock.next = b;
    this.u.curblock = b;
    return b;
  }

  /** Makes `b` the current block, falling through from the old one (`compiler_use_next_block`). */
  useNextBlock(b: BasicBlock): void {
    this.u.curblock.next = b;
    this.u.curblock = b;
  }

  // -- instructions

  private emit(opcode: number, oparg: number, target: BasicBlock | null, jump: 'abs' | 'rel' | null): void {
    const b = this.u.curblock;
    let lineno = 0;
    if (!this.u.linenoSet) {
      this.u.linenoSet = true;
      lineno = this.u.lineno;
    }
    b.instrs.push({ opcode, oparg, target, jump, lineno });
  }

  /** Adds an argument-less instruction (`compiler_addop`). */
  addOp(opcode: number): void {
    if (this.doNotEmit) return;
    if (opcode === Op.RETURN_VALUE) this.u.curblock.isReturn = true;
    this.emit(opcode, 0, null, null);
  }

  /** Adds an instruction with an integer argument (`compiler_addop_i`). */
  addOpI(opcode: number, oparg: number): void {
    if (this.doNotEmit) return;
    this.emit(opcode, oparg, null, null);
  }

  /** Adds a jump to `target` (`compiler_addop_j`). */
  addOpJ(opcode: number, target: BasicBlock, absolute: boolean): void {
    if (this.doNotEmit) return;
    this.emit(opcode, 0, target, absolute ? 'abs' : 'rel');
  }

  /** Adds a constant to co_consts and returns its index (`compiler_add_const`). */
  addConst(c: Constant): number {
    if (this.doNotEmit) return 0;
    const u = this.u;
    if (c.kind === 'str') {
      // Same slot as keying would give: a string's key is its value, and no other kind's key is.
      const known = u.strConsts.get(c.value);
      if (known !== undefined) return known;
      const at = u.consts.length;
      u.strConsts.set(c.value, at);
      u.consts.push(c);
      return at;
    }
    const { key, value } = this.constCache.merge(c);
    const found = u.constKeys.get(key);
    if (found !== undefined) return found;
    const index = u.consts.length;
    u.constKeys.set(key, index);
    u.consts.push(value);
    return index;
  }

  /** Adds LOAD_CONST of `c` (`compiler_addop_load_const`). */
  loadConst(c: Constant): void {
    if (this.doNotEmit) return;
    this.addOpI(Op.LOAD_CONST, this.addConst(c));
  }

  /** Adds an instruction whose argument is the (mangled) name `name` in co_names (`compiler_addop_name`). */
  addOpName(opcode: number, name: string): void {
    if (this.doNotEmit) return;
    this.addOpI(opcode, this.u.names.add(mangle(this.u.privateName, name)));
  }

  /** Adds an instruction whose argument is `name` in co_names, unmangled (`ADDOP_O ... names`). */
  addOpNameRaw(opcode: number, name: string): void {
    if (this.doNotEmit) return;
    this.addOpI(opcode, this.u.names.add(name));
  }

  // -- names

  /** Loads, stores or deletes `name` with the opcode its scope calls for (`compiler_nameop`). */
  nameOp(name: string, ctx: Ctx): void {
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.getScope(mangled);
    const isFunction = u.ste.type === 'function';
    let optype: 'fast' | 'global' | 'deref' | 'name' = 'name';
    let table = u.names;
    switch (scope) {
      case FREE:
        table = u.freevars;
        optype = 'deref';
        break;
      case CELL:
        table = u.cellvars;
        optype = 'deref';
        break;
      case LOCAL:
        if (isFunction) optype = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (isFunction) optype = 'global';
        break;
      case GLOBAL_EXPLICIT:
        optype = 'global';
        break;
      default:
        break;
    }
    switch (optype) {
      case 'deref': {
        const op = byContext(ctx, u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF);
        // The deref index counts cells first; freevars already carry that offset.
        this.addOpI(op, table.add(mangled));
        return;
      }
      case 'fast':
        if (this.doNotEmit) return;
        this.addOpI(byContext(ctx, Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), u.varnames.add(mangled));
        return;
      case 'global':
        this.addOpI(byContext(ctx, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), table.add(mangled));
        return;
      case 'name':
        this.addOpI(byContext(ctx, Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), table.add(mangled));
        return;
    }
  }

  // -- frame blocks

  /** Enters a frame block that `break`, `continue` and `return` must unwind (`compiler_push_fblock`). */
  pushFBlock(type: FBlockType, block: BasicBlock | null, exit: BasicBlock | null): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) {
      // DEVIATION(cpython): CPython raises this one without a location (lineno None); a
      // Diagnostic line is a number, so 0 stands for "none".
      fail({ type: 'SyntaxError', msg: 'too many statically nested blocks', filename: this.filename, lineno: null, offset: null, text: null });
    }
    this.u.fblocks.push({ type, block, exit });
  }

  /** Leaves the innermost frame block (`compiler_pop_fblock`). */
  popFBlock(): FBlock {
    const f = this.u.fblocks.pop();
    if (f === undefined) throw new InternalError('frame block stack underflow');
    return f;
  }

  // -- errors and warnings

  /**
   * Issues a SyntaxWarning at the current line (`compiler_warn`); when the handler turns it into
   * an error, throws it as a SyntaxError at the current position instead.
   */
  warn(msg: string): void {
    if (this.onWarning === null) return;
    const action = this.onWarning({ category: 'SyntaxWarning', msg, filename: this.filename, lineno: this.u.lineno });
    if (action === 'error') this.error(msg);
  }


  /** Throws a SyntaxError at the current line and column (`compiler_error`). */
  error(msg: string): never {
    const lineno = this.u.lineno;
    fail({ type: 'SyntaxError', msg, filename: this.filename, lineno, offset: this.u.colOffset + 1, text: sourceLine(this.source, lineno), textFromFile: true });
  }
}
