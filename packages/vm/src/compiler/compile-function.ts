/**
 * Code generation for function, lambda and class definitions: defaults, keyword-only defaults,
 * annotations, closures, decorators, docstrings and the class body with its `__class__` cell.
 * Mirrors CPython 3.8 Python/compile.c `compiler_function`, `compiler_lambda`, `compiler_class`,
 * `compiler_make_closure`, `compiler_default_arguments` and `compiler_visit_annotations`.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import { NONE } from '../bytecode/constant.ts';
import type { Constant } from '../bytecode/constant.ts';
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import { InternalError } from '../internal/assert.ts';
import { mangle } from '../symtable/mangle.ts';
import { CELL } from '../symtable/symtable-entry.ts';
import { compileBody, getDocString } from './compile-body.ts';
import { compileCallHelper } from './compile-call.ts';
import { CO_FUTURE_ANNOTATIONS } from './compiler.ts';
import type { Compiler } from './compiler.ts';
import { exprAsUnicode } from './unparse.ts';

function str(value: string): Constant {
  return { kind: 'str', value };
}

/**
 * Pushes a function object for `co`, with its closure cells when it has free variables
 * (`compiler_make_closure`).
 *
 * @see CPython 3.8 Python/compile.c compiler_make_closure
 */
export function makeClosure(c: Compiler, co: CodeObject, flags: number, qualname: string): void {
  const free = co.freevars.length;
  if (free) {
    for (const name of co.freevars) {
      const reftype = c.u.scopeType === 'class' && name === '__class__' ? CELL : c.u.ste.getScope(name);
      const arg = reftype === CELL ? c.u.cellvars.map.get(name) : c.u.freevars.map.get(name);
      if (arg === undefined) throw new InternalError(`lookup ${name} in ${c.u.name}: no closure cell`);
      c.addOpI(Op.LOAD_CLOSURE, arg);
    }
    flags |= 0x08;
    c.addOpI(Op.BUILD_TUPLE, free);
  }
  c.loadConst({ kind: 'code', code: co });
  c.loadConst(str(qualname));
  c.addOpI(Op.MAKE_FUNCTION, flags);
}

function compileKwonlyDefaults(c: Compiler, kwonlyargs: readonly ast.arg[], kwDefaults: readonly (ast.expr | null)[]): boolean {
  const keys: Constant[] = [];
  for (let i = 0; i < kwonlyargs.length; i++) {
    const def = kwDefaults[i];
    if (def !== null && def !== undefined) {
      keys.push(str(mangle(c.u.privateName, (kwonlyargs[i] as ast.arg).arg)));
      c.visitExpr(def);
    }
  }
  if (keys.length === 0) return false;
  c.loadConst({ kind: 'tuple', items: keys });
  c.addOpI(Op.BUILD_CONST_KEY_MAP, keys.length);
  return true;
}

/** Pushes the defaults of `args` and returns the MAKE_FUNCTION flags for them (`compiler_default_arguments`). */
function compileDefaultArguments(c: Compiler, args: ast.arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) c.visitExpr(d);
    c.addOpI(Op.BUILD_TUPLE, args.defaults.length);
    flags |= 0x01;
  }
  if (args.kwonlyargs.length > 0 && compileKwonlyDefaults(c, args.kwonlyargs, args.kw_defaults)) flags |= 0x02;
  return flags;
}

function visitArgAnnotation(c: Compiler, id: string, annotation: ast.expr | null, names: Constant[]): void {
  if (annotation === null) return;
  if (c.features & CO_FUTURE_ANNOTATIONS) c.loadConst(str(exprAsUnicode(annotation)));
  else c.visitExpr(annotation);
  names.push(str(mangle(c.u.privateName, id)));
}

function compileAnnotations(c: Compiler, args: ast.arguments, returns: ast.expr | null): boolean {
  const names: Constant[] = [];
  for (const a of args.args) visitArgAnnotation(c, a.arg, a.annotation, names);
  for (const a of args.posonlyargs) visitArgAnnotation(c, a.arg, a.annotation, names);
  if (args.vararg?.annotation) visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation, names);
  for (const a of args.kwonlyargs) visitArgAnnotation(c, a.arg, a.annotation, names);
  if (args.kwarg?.annotation) visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation, names);
  visitArgAnnotation(c, 'return', returns, names);
  if (names.length === 0) return false;
  c.loadConst({ kind: 'tuple', items: names });
  c.addOpI(Op.BUILD_CONST_KEY_MAP, names.length);
  return true;
}

/**
 * Compiles a `def` or `async def` statement.
 *
 * @see CPython 3.8 Python/compile.c compiler_function
 */
export function compileFunction(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  const isAsync = s._type === 'AsyncFunctionDef';
  const decos = s.decorator_list;
  for (const d of decos) c.visitExpr(d);
  const firstlineno = decos[0]?.lineno ?? s.lineno;
  let funcflags = compileDefaultArguments(c, s.args);
  if (compileAnnotations(c, s.args, s.returns)) funcflags |= 0x04;
  c.enterScope(s.name, isAsync ? 'async-function' : 'function', s, firstlineno);
  const docstring = c.optimize < 2 ? getDocString(s.body) : null;
  c.addConst(docstring !== null ? str(docstring) : NONE);
  c.u.argcount = s.args.args.length;
  c.u.posonlyargcount = s.args.posonlyargs.length;
  c.u.kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = 0; i < s.body.length; i++) c.visitStmt(s.body[i] as ast.stmt);
  const co = c.assemble(true);
  const qualname = c.u.qualname;
  c.exitScope();
  makeClosure(c, co, funcflags, qualname);
  for (let i = 0; i < decos.length; i++) c.addOpI(Op.CALL_FUNCTION, 1);
  c.nameOp(s.name, 'Store');
}

/**
 * Compiles a lambda expression.
 *
 * @see CPython 3.8 Python/compile.c compiler_lambda
 */
export function compileLambda(c: Compiler, e: ast.Lambda): void {
  const funcflags = compileDefaultArguments(c, e.args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  // None is the first constant, so a lambda can't have a docstring.
  c.addConst(NONE);
  c.u.argcount = e.args.args.length;
  c.u.posonlyargcount = e.args.posonlyargs.length;
  c.u.kwonlyargcount = e.args.kwonlyargs.length;
  c.visitExpr(e.body);
  let co: CodeObject;
  if (c.u.ste.generator) {
    co = c.assemble(false);
  } else {
    c.addOp(Op.RETURN_VALUE);
    co = c.assemble(true);
  }
  const qualname = c.u.qualname;
  c.exitScope();
  makeClosure(c, co, funcflags, qualname);
}

/**
 * Compiles a `class` statement: the body as a function run by `__build_class__`.
 *
 * @see CPython 3.8 Python/compile.c compiler_class
 */
export function compileClass(c: Compiler, s: ast.ClassDef): void {
  const decos = s.decorator_list;
  for (const d of decos) c.visitExpr(d);
  const firstlineno = decos[0]?.lineno ?? s.lineno;
  c.enterScope(s.name, 'class', s, firstlineno);
  c.u.privateName = s.name;
  c.nameOp('__name__', 'Load');
  c.nameOp('__module__', 'Store');
  c.loadConst(str(c.u.qualname));
  c.nameOp('__qualname__', 'Store');
  compileBody(c, s.body);
  if (c.u.ste.needsClassClosure) {
    const i = c.u.cellvars.map.get('__class__');
    if (i === undefined) throw new InternalError('no __class__ cell');
    c.addOpI(Op.LOAD_CLOSURE, i);
    c.addOp(Op.DUP_TOP);
    c.nameOp('__classcell__', 'Store');
  } else {
    c.loadConst(NONE);
  }
  c.addOp(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  c.addOp(Op.LOAD_BUILD_CLASS);
  makeClosure(c, co, 0, co.name);
  c.loadConst(str(s.name));
  compileCallHelper(c, 2, s.bases, s.keywords);
  for (let i = 0; i < decos.length; i++) c.addOpI(Op.CALL_FUNCTION, 1);
  c.nameOp(s.name, 'Store');
}
