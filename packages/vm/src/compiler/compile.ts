/**
 * The compiler's entry points: future features, AST optimisation, the symbol table, then code
 * generation for the module and every nested scope, for `exec`, `eval` and `single` modes.
 * Mirrors CPython 3.8 Python/compile.c `PyAST_CompileObject` and `compiler_mod`.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import { Op } from '../bytecode/opcodes.ts';
import type { Expression, Interactive, Module, Pass, stmt } from '../parser/ast.ts';
import { buildSymtable } from '../symtable/symtable.ts';
import { optimizeAst } from './ast-optimize.ts';
import { assemble } from './assemble.ts';
import { compileBody, findAnn } from './compile-body.ts';
import { compileExpr } from './compile-expr.ts';
import { compileStmt } from './compile-stmt.ts';
import { Compiler } from './compiler.ts';
import type { CompileWarning } from './compiler.ts';
import { parseFuture } from './future.ts';

/** Options of {@link compileModule}, {@link compileExpression} and {@link compileInteractive}. */
export interface CompileOptions {
  /** The file name recorded in every code object and in errors (`co_filename`). */
  readonly filename: string;
  /** The source text, for the `text` of compile errors. */
  readonly source: string;
  /**
   * Future features in effect before the source's own `from __future__` imports (`cf_flags &
   * PyCF_MASK`: `compile()`'s flags and what it inherits from its caller's code).
   */
  readonly futureFlags?: number;
  /**
   * `PyCF_ALLOW_TOP_LEVEL_AWAIT`: `await`, `async for`, `async with` and asynchronous
   * comprehensions are allowed at module level, and a module using them is a coroutine's code.
   */
  readonly allowTopLevelAwait?: boolean;
  /** `-O` level: 0 keeps asserts and docstrings, 1 drops asserts, 2 drops docstrings too. */
  readonly optimizeLevel?: number;
  /**
   * Receives the SyntaxWarnings CPython's compiler issues (`"is" with a literal`, ...), in order.
   * Returning `'error'` turns the warning into a SyntaxError, as `-W error` does.
   */
  readonly onWarning?: (warning: CompileWarning) => 'error' | undefined;
  /** The interpreter's recursion depth when compiling starts (`compile()`, `exec`, `eval`): 0 by default. */
  readonly recursionDepth?: number;
  /** The recursion limit then (default 1000); the symbol table walk may nest 3 times as deep. */
  readonly recursionLimit?: number;
}

const PASS: Pass = { _type: 'Pass', lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };

/**
 * Runs the AST optimiser on an expression or interactive statements by wrapping them in a module
 * behind a `pass`, so that its docstring rule cannot apply (CPython folds these modes directly).
 */
function optimizeWrapped(body: readonly stmt[], optimize: number): stmt[] {
  const wrapped: Module = { _type: 'Module', body: [PASS, ...body], type_ignores: [] };
  return optimizeAst(wrapped, optimize).body.slice(1);
}

function compileMod(mod: Module | Expression | Interactive, options: CompileOptions): CodeObject {
  const { filename, source } = options;
  const optimize = options.optimizeLevel ?? 0;
  const parsed = mod._type === 'Expression' ? { features: 0, lineno: -1 } : parseFuture(mod, filename, source);
  // `PyAST_CompileObject`: the caller's flags are merged into the future features.
  const future = { features: parsed.features | (options.futureFlags ?? 0), lineno: parsed.lineno };
  let optimized: Module | Expression | Interactive;
  if (mod._type === 'Module') {
    optimized = optimizeAst(mod, optimize);
  } else if (mod._type === 'Interactive') {
    optimized = { _type: 'Interactive', body: optimizeWrapped(mod.body, optimize) };
  } else {
    const [st] = optimizeWrapped([{ _type: 'Expr', value: mod.body, lineno: mod.body.lineno, col_offset: mod.body.col_offset, end_lineno: mod.body.end_lineno, end_col_offset: mod.body.end_col_offset }], optimize);
    optimized = { _type: 'Expression', body: st?._type === 'Expr' ? st.value : mod.body };
  }
  const symtable = buildSymtable(optimized, { filename, source, recursionDepth: options.recursionDepth ?? 0, recursionLimit: options.recursionLimit ?? 1000 });
  const c = new Compiler(filename, source, symtable, future.features, future.lineno, optimize);
  c.module = mod;
  c.onWarning = options.onWarning ?? null;
  c.allowTopLevelAwait = options.allowTopLevelAwait ?? false;
  c.visitExpr = (e) => {
    compileExpr(c, e);
  };
  c.visitStmt = (s) => {
    compileStmt(c, s);
  };
  c.assemble = (addNone) => assemble(c, addNone);
  c.enterScope('<module>', 'module', optimized, 0);
  let addNone = true;
  if (optimized._type === 'Module') {
    compileBody(c, optimized.body);
  } else if (optimized._type === 'Interactive') {
    if (findAnn(optimized.body)) c.addOp(Op.SETUP_ANNOTATIONS);
    c.interactive = true;
    for (const s of optimized.body) c.visitStmt(s);
  } else {
    c.visitExpr(optimized.body);
    addNone = false;
  }
  const co = c.assemble(addNone);
  c.exitScope();
  return co;
}

/**
 * Compiles a parsed module to its code object, as CPython 3.8's `compile(source, filename,
 * 'exec')` does.
 *
 * @remarks
 * Symbol-table and code-generation errors are thrown as a `CompileFailure` carrying the
 * SyntaxError CPython would raise, with its message, line, offset and source line.
 * @param module - the module's AST
 * @param options - file name, source text and optimisation level
 * @returns the module code object, with nested code objects in its constants
 * @example
 * ```ts
 * import { compileModule } from './compile.ts';
 * declare const tree: import('../parser/ast.ts').Module;
 * const code = compileModule(tree, { filename: 'demo.py', source: 'x = 1\n' });
 * ```
 * @see CPython 3.8 Python/compile.c PyAST_CompileObject
 */
export function compileModule(module: Module, options: CompileOptions): CodeObject {
  return compileMod(module, options);
}

/**
 * Compiles an expression as `compile(source, filename, 'eval')` does: its code returns the
 * expression's value.
 *
 * @see CPython 3.8 Python/compile.c compiler_mod
 */
export function compileExpression(expression: Expression, options: CompileOptions): CodeObject {
  return compileMod(expression, options);
}

/**
 * Compiles statements as `compile(source, filename, 'single')` does for the interactive prompt:
 * top-level expression statements print their value (PRINT_EXPR).
 *
 * @see CPython 3.8 Python/compile.c compiler_mod
 */
export function compileInteractive(interactive: Interactive, options: CompileOptions): CodeObject {
  return compileMod(interactive, options);
}
