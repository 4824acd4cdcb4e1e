/**
 * Code generation for statements: the dispatch with its per-statement line numbers, and the
 * simple statements (assignments, `del`, `raise`, `assert`, imports, expression statements).
 * Mirrors CPython 3.8 Python/compile.c `compiler_visit_stmt` and the helpers it calls.
 * @module
 */
import { NONE } from '../bytecode/constant.ts';
import type { Constant } from '../bytecode/constant.ts';
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import { mangle } from '../symtable/mangle.ts';
import { unreachable } from '../internal/assert.ts';
import { compileAsyncFor, compileBreak, compileContinue, compileFor, compileIf, compileReturn, compileWhile } from './compile-control.ts';
import { compileClass, compileFunction } from './compile-function.ts';
import { compileJumpIf } from './compile-jump-if.ts';
import { compileAsyncWith, compileTry, compileWith } from './compile-try.ts';
import { CO_FUTURE_ANNOTATIONS } from './compiler.ts';
import type { Compiler } from './compiler.ts';
import { inplaceOp } from './operators.ts';
import { exprAsUnicode } from './unparse.ts';

/**
 * Compiles `s`, giving its first instruction the statement's line.
 *
 * @see CPython 3.8 Python/compile.c compiler_visit_stmt
 */
export function compileStmt(c: Compiler, s: ast.stmt): void {
  c.u.lineno = s.lineno;
  c.u.colOffset = s.col_offset;
  c.u.linenoSet = false;
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      compileFunction(c, s);
      return;
    case 'ClassDef':
      compileClass(c, s);
      return;
    case 'Return':
      compileReturn(c, s);
      return;
    case 'Delete':
      for (const t of s.targets) c.visitExpr(t);
      return;
    case 'Assign': {
      const n = s.targets.length;
      c.visitExpr(s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addOp(Op.DUP_TOP);
        c.visitExpr(s.targets[i] as ast.expr);
      }
      return;
    }
    case 'AugAssign':
      compileAugAssign(c, s);
      return;
    case 'AnnAssign':
      compileAnnAssign(c, s);
      return;
    case 'For':
      compileFor(c, s);
      return;
    case 'While':
      compileWhile(c, s);
      return;
    case 'If':
      compileIf(c, s);
      return;
    case 'Raise': {
      let n = 0;
      if (s.exc !== null) {
        c.visitExpr(s.exc);
        n++;
        if (s.cause !== null) {
          c.visitExpr(s.cause);
          n++;
        }
      }
      c.addOpI(Op.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      compileTry(c, s);
      return;
    case 'Assert':
      compileAssert(c, s);
      return;
    case 'Import':
      compileImport(c, s);
      return;
    case 'ImportFrom':
      compileFromImport(c, s);
      return;
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
      return;
    case 'Expr':
      if (c.interactive && c.nestLevel <= 1) {
        c.visitExpr(s.value);
        c.addOp(Op.PRINT_EXPR);
        return;
      }
      // A constant expression statement (a docstring, `...`) compiles to nothing.
      if (s.value._type === 'Constant') return;
      c.visitExpr(s.value);
      c.addOp(Op.POP_TOP);
      return;
    case 'Break':
      compileBreak(c);
      return;
    case 'Continue':
      compileContinue(c);
      return;
    case 'With':
      compileWith(c, s, 0);
      return;
    case 'AsyncWith':
      compileAsyncWith(c, s, 0);
      return;
    case 'AsyncFor':
      compileAsyncFor(c, s);
      return;
    default:
      unreachable(s);
  }
}

function compileAugAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  if (e._type === 'Attribute' || e._type === 'Subscript') {
    c.visitExpr({ ...e, ctx: 'AugLoad' });
    c.visitExpr(s.value);
    c.addOp(inplaceOp(s.op));
    c.visitExpr({ ...e, ctx: 'AugStore' });
  } else if (e._type === 'Name') {
    c.nameOp(e.id, 'Load');
    c.visitExpr(s.value);
    c.addOp(inplaceOp(s.op));
    c.nameOp(e.id, 'Store');
  } else {
    c.error('illegal expression for augmented assignment');
  }
}

function checkAnnExpr(c: Compiler, e: ast.expr): void {
  c.visitExpr(e);
  c.addOp(Op.POP_TOP);
}

function checkAnnSlice(c: Compiler, sl: ast.slice): void {
  if (sl._type === 'Index') {
    checkAnnExpr(c, sl.value);
  } else if (sl._type === 'Slice') {
    if (sl.lower !== null) checkAnnExpr(c, sl.lower);
    if (sl.upper !== null) checkAnnExpr(c, sl.upper);
    if (sl.step !== null) checkAnnExpr(c, sl.step);
  }
}

function checkAnnSubscr(c: Compiler, sl: ast.slice): void {
  if (sl._type === 'ExtSlice') for (const d of sl.dims) checkAnnSlice(c, d);
  else checkAnnSlice(c, sl);
}

function compileAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const targ = s.target;
  if (s.value !== null) {
    c.visitExpr(s.value);
    c.visitExpr(targ);
  }
  const moduleOrClass = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  if (targ._type === 'Name') {
    if (s.simple && moduleOrClass) {
      if (c.features & CO_FUTURE_ANNOTATIONS) c.loadConst({ kind: 'str', value: exprAsUnicode(s.annotation) });
      else c.visitExpr(s.annotation);
      c.addOpName(Op.LOAD_NAME, '__annotations__');
      c.loadConst({ kind: 'str', value: mangle(c.u.privateName, targ.id) });
      c.addOp(Op.STORE_SUBSCR);
    }
  } else if (targ._type === 'Attribute') {
    if (s.value === null) checkAnnExpr(c, targ.value);
  } else if (targ._type === 'Subscript') {
    if (s.value === null) {
      checkAnnExpr(c, targ.value);
      checkAnnSubscr(c, targ.slice);
    }
  } else {
    c.error('invalid node type for annotated assignment');
  }
  if (!s.simple && moduleOrClass) checkAnnExpr(c, s.annotation);
}

function compileAssert(c: Compiler, s: ast.Assert): void {
  if (c.optimize) return;
  if (s.test._type === 'Tuple' && s.test.elts.length > 0) c.warn('assertion is always true, perhaps remove parentheses?');
  const end = c.newBlock();
  compileJumpIf(c, s.test, end, true);
  c.addOpNameRaw(Op.LOAD_GLOBAL, 'AssertionError');
  if (s.msg !== null) {
    c.visitExpr(s.msg);
    c.addOpI(Op.CALL_FUNCTION, 1);
  }
  c.addOpI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

function compileImportAs(c: Compiler, name: string, asname: string): void {
  const parts = name.split('.');
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.addOpNameRaw(Op.IMPORT_FROM, parts[i] as string);
      if (i === parts.length - 1) break;
      c.addOp(Op.ROT_TWO);
      c.addOp(Op.POP_TOP);
    }
    c.nameOp(asname, 'Store');
    c.addOp(Op.POP_TOP);
    return;
  }
  c.nameOp(asname, 'Store');
}

function compileImport(c: Compiler, s: ast.Import): void {
  for (const alias of s.names) {
    c.loadConst({ kind: 'int', value: 0n });
    c.loadConst(NONE);
    c.addOpName(Op.IMPORT_NAME, alias.name);
    if (alias.asname !== null) {
      compileImportAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameOp(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

function compileFromImport(c: Compiler, s: ast.ImportFrom): void {
  c.loadConst({ kind: 'int', value: BigInt(s.level) });
  const names: Constant[] = s.names.map((a) => ({ kind: 'str', value: a.name }));
  if (s.lineno > c.futureLineno && s.module === '__future__') {
    c.error('from __future__ imports must occur at the beginning of the file');
  }
  c.loadConst({ kind: 'tuple', items: names });
  c.addOpName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i] as ast.alias;
    if (i === 0 && alias.name.startsWith('*')) {
      c.addOp(Op.IMPORT_STAR);
      return;
    }
    c.addOpName(Op.IMPORT_FROM, alias.name);
    c.nameOp(alias.asname ?? alias.name, 'Store');
  }
  c.addOp(Op.POP_TOP);
}
