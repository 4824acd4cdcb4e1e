/**
 * Code generation for calls: method calls (LOAD_METHOD/CALL_METHOD), positional and keyword
 * calls, and `*args`/`**kwargs` unpacking (CALL_FUNCTION_EX). Also used by class definitions.
 * Mirrors CPython 3.8 Python/compile.c `compiler_call`, `maybe_optimize_method_call`,
 * `compiler_call_helper` and `compiler_subkwargs`.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import { checkCaller } from './compile-warnings.ts';
import type { Compiler } from './compiler.ts';

function str(value: string): Constant {
  return { kind: 'str', value };
}

/**
 * Compiles a call expression.
 *
 * @see CPython 3.8 Python/compile.c compiler_call
 */
export function compileCall(c: Compiler, e: ast.Call): void {
  const meth = e.func;
  if (meth._type === 'Attribute' && meth.ctx === 'Load' && e.keywords.length === 0 && !e.args.some((a) => a._type === 'Starred')) {
    c.visitExpr(meth.value);
    c.addOpName(Op.LOAD_METHOD, meth.attr);
    const args = e.args;
    for (let i = 0; i < args.length; i++) c.visitExpr(args[i] as ast.expr);
    c.addOpI(Op.CALL_METHOD, args.length);
    return;
  }
  checkCaller(c, e.func);
  c.visitExpr(e.func);
  compileCallHelper(c, 0, e.args, e.keywords);
}

function compileSubkwargs(c: Compiler, keywords: readonly ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  if (n > 1) {
    const keys: Constant[] = [];
    for (let i = begin; i < end; i++) {
      const kw = keywords[i] as ast.keyword;
      c.visitExpr(kw.value);
      keys.push(str(kw.arg ?? ''));
    }
    c.loadConst({ kind: 'tuple', items: keys });
    c.addOpI(Op.BUILD_CONST_KEY_MAP, n);
  } else {
    for (let i = begin; i < end; i++) {
      const kw = keywords[i] as ast.keyword;
      c.loadConst(str(kw.arg ?? ''));
      c.visitExpr(kw.value);
    }
    c.addOpI(Op.BUILD_MAP, n);
  }
}

/**
 * Compiles the arguments of a call whose first `n` positional arguments are already pushed, and
 * the call itself.
 *
 * @see CPython 3.8 Python/compile.c compiler_call_helper
 */
export function compileCallHelper(c: Compiler, n: number, args: readonly ast.expr[], keywords: readonly ast.keyword[]): void {
  const nelts = args.length;
  const nkwelts = keywords.length;
  const mustDictUnpack = keywords.some((k) => k.arg === null);
  let nsubargs = 0;
  let nsubkwargs = 0;
  let nseen = n;
  for (const elt of args) {
    if (elt._type === 'Starred') {
      if (nseen) {
        c.addOpI(Op.BUILD_TUPLE, nseen);
        nseen = 0;
        nsubargs++;
      }
      c.visitExpr(elt.value);
      nsubargs++;
    } else {
      c.visitExpr(elt);
      nseen++;
    }
  }
  if (nsubargs || mustDictUnpack) {
    if (nseen) {
      c.addOpI(Op.BUILD_TUPLE, nseen);
      nsubargs++;
    }
    if (nsubargs > 1) c.addOpI(Op.BUILD_TUPLE_UNPACK_WITH_CALL, nsubargs);
    else if (nsubargs === 0) c.addOpI(Op.BUILD_TUPLE, 0);
    nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i] as ast.keyword;
      if (kw.arg === null) {
        if (nseen) {
          compileSubkwargs(c, keywords, i - nseen, i);
          nsubkwargs++;
          nseen = 0;
        }
        c.visitExpr(kw.value);
        nsubkwargs++;
      } else {
        nseen++;
      }
    }
    if (nseen) {
      compileSubkwargs(c, keywords, nkwelts - nseen, nkwelts);
      nsubkwargs++;
    }
    if (nsubkwargs > 1) c.addOpI(Op.BUILD_MAP_UNPACK_WITH_CALL, nsubkwargs);
    c.addOpI(Op.CALL_FUNCTION_EX, nsubkwargs > 0 ? 1 : 0);
    return;
  }
  if (nkwelts) {
    for (const kw of keywords) c.visitExpr(kw.value);
    c.loadConst({ kind: 'tuple', items: keywords.map((k) => str(k.arg ?? '')) });
    c.addOpI(Op.CALL_FUNCTION_KW, n + nelts + nkwelts);
    return;
  }
  c.addOpI(Op.CALL_FUNCTION, n + nelts);
}
