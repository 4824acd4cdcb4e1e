/**
 * The symbol table's first pass: a walk over the AST recording, per block, how each name is
 * bound or used, the global/nonlocal directives, parameters, and the generator / coroutine
 * facts, with the errors found on the way. Mirrors CPython 3.8 Python/symtable.c
 * `symtable_visit_*`, `symtable_add_def` and `symtable_handle_comprehension`.
 * @module
 */
import type * as ast from '../parser/ast.ts';
import { analyzeBlock } from './analyze.ts';
import { mangle } from './mangle.ts';
import { syntaxError } from './source-errors.ts';
import { fail } from '../source/diagnostic.ts';
import type { SourceInfo } from './source-errors.ts';
import { DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, SymtableEntry, USE } from './symtable-entry.ts';
import type { BlockKey, BlockType, Symtable } from './symtable-entry.ts';

/** symtable.c's scale of the interpreter's recursion limit and depth for the symbol table walk. */
const COMPILER_STACK_FRAME_SCALE = 3;

/** Builds and analyses the symbol table of one module (`struct symtable`). */
export class SymtableBuilder {
  private readonly src: SourceInfo;
  private readonly stack: SymtableEntry[] = [];
  private readonly blocks = new Map<BlockKey, SymtableEntry>();
  private cur!: SymtableEntry;
  private global!: SymtableEntry;
  private private_: string | null = null;
  /** `st->recursion_depth`: nesting of statements and expressions, scaled from the thread's depth. */
  private depth: number;
  /** `st->recursion_limit`. */
  private readonly depthLimit: number;

  constructor(src: SourceInfo) {
    this.src = src;
    // COMPILER_STACK_FRAME_SCALE: a compiler level is a third of an interpreter one.
    this.depth = (src.recursionDepth ?? 0) * COMPILER_STACK_FRAME_SCALE;
    this.depthLimit = (src.recursionLimit ?? 1000) * COMPILER_STACK_FRAME_SCALE;
  }

  /** Counts one level of nesting; past the limit, "maximum recursion depth exceeded during compilation". */
  private enterNested(): void {
    if (++this.depth > this.depthLimit) {
      fail({ type: 'RecursionError', msg: 'maximum recursion depth exceeded during compilation', filename: this.src.filename, lineno: null, offset: null, text: null });
    }
  }

  /** Runs both passes over `mod` (`PySymtable_BuildObject`). */
  build(mod: ast.Module | ast.Expression | ast.Interactive): Symtable {
    this.enterBlock('top', 'module', mod, 0, 0);
    const top = this.cur;
    if (mod._type === 'Expression') this.visitExpr(mod.body);
    else for (const s of mod.body) this.visitStmt(s);
    this.exitBlock();
    analyzeBlock(top, null, new Set(), new Set(), this.src);
    return { top, blocks: this.blocks };
  }

  private error(msg: string, lineno: number, offset: number): never {
    syntaxError(this.src, msg, lineno, offset);
  }

  private enterBlock(name: string, type: BlockType, key: BlockKey, lineno: number, col: number): void {
    const prev = this.stack.length > 0 ? this.cur : null;
    const ste = new SymtableEntry(name, type, lineno, col);
    if (prev !== null && (prev.nested || prev.type === 'function')) ste.nested = true;
    this.blocks.set(key, ste);
    this.stack.push(ste);
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    if (type === 'module') this.global = ste;
    if (prev !== null) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    const last = this.stack[this.stack.length - 1];
    if (last !== undefined) this.cur = last;
  }

  private lookup(name: string): number {
    return this.cur.getSymbol(mangle(this.private_, name));
  }

  private addDef(name: string, flag: number, ste: SymtableEntry = this.cur): void {
    const mangled = mangle(this.private_, name);
    const old = ste.symbols.get(mangled);
    let val: number;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) {
        this.error(`duplicate argument '${name}' in function definition`, ste.lineno, ste.colOffset + 1);
      }
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, ste.lineno, ste.colOffset + 1);
      }
      val |= DEF_COMP_ITER;
    }
    // A name met again with flags it already has (a second use, say) keeps its entry as it is.
    if (val !== old) ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.symbols.set(mangled, flag | (this.global.symbols.get(mangled) ?? 0));
    }
  }

  private recordDirective(name: string, lineno: number, col: number): void {
    this.cur.directives.push([mangle(this.private_, name), lineno, col]);
  }

  // The lists of every node are walked by index: a for-of costs an iterator step per item until
  // V8 optimises the loop, and most of this code runs only a few times per compilation.
  private visitStmts(body: readonly ast.stmt[]): void {
    for (let i = 0; i < body.length; i++) this.visitStmt(body[i] as ast.stmt);
  }

  private visitExprs(list: readonly (ast.expr | null)[]): void {
    for (let i = 0; i < list.length; i++) {
      const e = list[i] ?? null;
      if (e !== null) this.visitExpr(e);
    }
  }

  /** `symtable_visit_stmt`, one recursion level. */
  private visitStmt(s: ast.stmt): void {
    this.enterNested();
    this.visitStmtKind(s);
    this.depth--;
  }

  private visitStmtKind(s: ast.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitAnnotations(s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'function', s, s.lineno, s.col_offset);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'class', s, s.lineno, s.col_offset);
        const saved = this.private_;
        this.private_ = s.name;
        this.visitStmts(s.body);
        this.private_ = saved;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const name = s.target.id;
          const cur = this.lookup(name);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.global && s.simple) {
            const msg = cur & DEF_GLOBAL ? `annotated name '${name}' can't be global` : `annotated name '${name}' can't be nonlocal`;
            this.error(msg, s.lineno, s.col_offset + 1);
          }
          if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL);
          else if (s.value !== null) this.addDef(name, DEF_LOCAL);
        } else {
          this.visitExpr(s.target);
        }
        this.visitExpr(s.annotation);
        if (s.value !== null) this.visitExpr(s.value);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Raise':
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal':
        this.visitDirective(s);
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
  }

  private visitDirective(s: ast.Global | ast.Nonlocal): void {
    const isGlobal = s._type === 'Global';
    const word = isGlobal ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
        else msg = `name '${name}' is assigned to before ${word} declaration`;
        this.error(msg, s.lineno, s.col_offset + 1);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
      this.recordDirective(name, s.lineno, s.col_offset);
    }
  }

  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT);
    } else if (this.cur.type !== 'module') {
      this.error('import * only allowed at module level', this.cur.lineno, this.cur.colOffset + 1);
    }
  }

  private visitAnnotations(a: ast.arguments, returns: ast.expr | null): void {
    for (const p of a.posonlyargs) if (p.annotation !== null) this.visitExpr(p.annotation);
    for (const p of a.args) if (p.annotation !== null) this.visitExpr(p.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation !== null) this.visitExpr(p.annotation);
    if (returns !== null) this.visitExpr(returns);
  }

  private visitArguments(a: ast.arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM);
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM);
      this.cur.varkeywords = true;
    }
  }

  private visitSlice(s: ast.slice): void {
    switch (s._type) {
      case 'Slice':
        this.visitExprs([s.lower, s.upper, s.step]);
        break;
      case 'ExtSlice':
        for (const d of s.dims) this.visitSlice(d);
        break;
      case 'Index':
        this.visitExpr(s.value);
        break;
    }
  }

  /** `symtable_visit_expr`, one recursion level. */
  private visitExpr(e: ast.expr): void {
    this.enterNested();
    this.visitExprKind(e);
    this.depth--;
  }

  private visitExprKind(e: ast.expr): void {
    switch (e._type) {
      // The commonest kinds first: V8 tests the cases in order.
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL);
        // A use of `super` counts as a use of `__class__`.
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE);
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Constant':
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'NamedExpr':
        this.handleNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, e.lineno, e.col_offset);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
        if (e.value !== null) this.visitExpr(e.value);
        this.cur.generator = true;
        break;
      case 'YieldFrom':
        this.visitExpr(e.value);
        this.cur.generator = true;
        break;
      case 'Await':
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitSlice(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private handleNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      this.error('assignment expression cannot be used in a comprehension iterable expression', e.lineno, e.col_offset);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  private extendNamedExprScope(target: ast.expr): void {
    if (target._type !== 'Name') return;
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste === undefined) break;
      if (ste.comprehension) {
        if (ste.getSymbol(name) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target.lineno, target.col_offset);
        }
        continue;
      }
      if (ste.type === 'function') {
        this.addDef(name, ste.getSymbol(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL);
        this.recordDirective(name, target.lineno, target.col_offset);
        this.addDef(name, DEF_LOCAL, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL);
        this.recordDirective(name, target.lineno, target.col_offset);
        this.addDef(name, DEF_GLOBAL, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', target.lineno, target.col_offset);
    }
  }

  private handleComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    scopeName: string,
    generators: readonly ast.comprehension[],
    elt: ast.expr,
    value: ast.expr | null,
  ): void {
    const outermost = generators[0];
    if (outermost === undefined) return;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, e.lineno, e.col_offset);
    if (outermost.is_async) this.cur.coroutine = true;
    this.cur.comprehension = true;
    this.addDef('.0', DEF_PARAM);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i];
      if (lc === undefined) continue;
      this.cur.compIterTarget = true;
      this.visitExpr(lc.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(lc.iter);
      this.cur.compIterExpr--;
      this.visitExprs(lc.ifs);
      if (lc.is_async) this.cur.coroutine = true;
    }
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    if (this.cur.generator) {
      const what = e._type === 'ListComp' ? 'list comprehension' : e._type === 'SetComp' ? 'set comprehension' : e._type === 'DictComp' ? 'dict comprehension' : 'generator expression';
      this.error(`'yield' inside ${what}`, this.cur.lineno, this.cur.colOffset + 1);
    }
    this.cur.generator = e._type === 'GeneratorExp';
    this.exitBlock();
  }
}

