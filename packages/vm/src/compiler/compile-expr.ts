/**
 * Code generation for expressions: names, constants, operators, containers, subscripts and
 * slices, f-strings, `yield`/`await`, with line-number bookkeeping per expression. Mirrors CPython
 * 3.8 Python/compile.c `compiler_visit_expr` and the helpers it calls.
 * @module
 */
import { NONE } from '../bytecode/constant.ts';
import type { Constant } from '../bytecode/constant.ts';
import { Op } from '../bytecode/opcodes.ts';
import type * as ast from '../parser/ast.ts';
import { unreachable } from '../internal/assert.ts';
import { compileCall } from './compile-call.ts';
import { compileCompareChain } from './compile-compare-chain.ts';
import { compileComprehension } from './compile-comprehension.ts';
import { compileLambda } from './compile-function.ts';
import { compileJumpIf } from './compile-jump-if.ts';
import { checkCompare, checkIndex, checkSubscripter } from './compile-warnings.ts';
import type { Compiler, Ctx } from './compiler.ts';
import { binaryOp, cmpOp, unaryOp } from './operators.ts';

/**
 * Compiles `e`, giving its first instruction `e`'s line when that line is new.
 *
 * @see CPython 3.8 Python/compile.c compiler_visit_expr
 */
export function compileExpr(c: Compiler, e: ast.expr): void {
  const u = c.u;
  const oldLineno = u.lineno;
  const oldCol = u.colOffset;
  if (e.lineno !== u.lineno) {
    u.lineno = e.lineno;
    u.linenoSet = false;
  }
  u.colOffset = e.col_offset;
  compileExpr1(c, e);
  if (oldLineno !== c.u.lineno) {
    c.u.lineno = oldLineno;
    c.u.linenoSet = false;
  }
  c.u.colOffset = oldCol;
}

function compileExpr1(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    // The commonest kinds first: V8 tests the cases in order.
    case 'Name':
      c.nameOp(e.id, e.ctx);
      return;
    case 'Attribute':
      compileAttribute(c, e);
      return;
    case 'Constant':
      c.loadConst(e.value);
      return;
    case 'Call':
      compileCall(c, e);
      return;
    case 'NamedExpr':
      c.visitExpr(e.value);
      c.addOp(Op.DUP_TOP);
      c.visitExpr(e.target);
      return;
    case 'BoolOp': {
      const jumpi = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
      const end = c.newBlock();
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) {
        c.visitExpr(e.values[i] as ast.expr);
        c.addOpJ(jumpi, end, true);
      }
      c.visitExpr(e.values[n] as ast.expr);
      c.useNextBlock(end);
      return;
    }
    case 'BinOp':
      c.visitExpr(e.left);
      c.visitExpr(e.right);
      c.addOp(binaryOp(e.op));
      return;
    case 'UnaryOp':
      c.visitExpr(e.operand);
      c.addOp(unaryOp(e.op));
      return;
    case 'Lambda':
      compileLambda(c, e);
      return;
    case 'IfExp': {
      const end = c.newBlock();
      const next = c.newBlock();
      compileJumpIf(c, e.test, next, false);
      c.visitExpr(e.body);
      c.addOpJ(Op.JUMP_FORWARD, end, false);
      c.useNextBlock(next);
      c.visitExpr(e.orelse);
      c.useNextBlock(end);
      return;
    }
    case 'Dict':
      compileDict(c, e);
      return;
    case 'Set':
      starunpackHelper(c, e.elts, Op.BUILD_SET, Op.BUILD_SET, Op.BUILD_SET_UNPACK);
      return;
    case 'GeneratorExp':
      compileComprehension(c, e, 'genexpr', '<genexpr>', e.generators, e.elt, null);
      return;
    case 'ListComp':
      compileComprehension(c, e, 'listcomp', '<listcomp>', e.generators, e.elt, null);
      return;
    case 'SetComp':
      compileComprehension(c, e, 'setcomp', '<setcomp>', e.generators, e.elt, null);
      return;
    case 'DictComp':
      compileComprehension(c, e, 'dictcomp', '<dictcomp>', e.generators, e.key, e.value);
      return;
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      if (e.value !== null) c.visitExpr(e.value);
      else c.loadConst(NONE);
      c.addOp(Op.YIELD_VALUE);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      if (c.u.scopeType === 'async-function') c.error("'yield from' inside async function");
      c.visitExpr(e.value);
      c.addOp(Op.GET_YIELD_FROM_ITER);
      c.loadConst(NONE);
      c.addOp(Op.YIELD_FROM);
      return;
    case 'Await':
      if (!c.isTopLevelAwait()) {
        if (c.u.ste.type !== 'function') c.error("'await' outside function");
        if (c.u.scopeType !== 'async-function' && c.u.scopeType !== 'comprehension') c.error("'await' outside async function");
      }
      c.visitExpr(e.value);
      c.addOp(Op.GET_AWAITABLE);
      c.loadConst(NONE);
      c.addOp(Op.YIELD_FROM);
      return;
    case 'Compare':
      compileCompare(c, e);
      return;
    case 'JoinedStr':
      for (const v of e.values) c.visitExpr(v);
      if (e.values.length !== 1) c.addOpI(Op.BUILD_STRING, e.values.length);
      return;
    case 'FormattedValue':
      compileFormattedValue(c, e);
      return;
    case 'Subscript':
      compileSubscript(c, e);
      return;
    case 'Starred':
      if (e.ctx === 'Store') c.error('starred assignment target must be in a list or tuple');
      c.error("can't use starred expression here");
      return;
    case 'List':
      if (e.ctx === 'Store') assignmentHelper(c, e.elts);
      else if (e.ctx === 'Load') starunpackHelper(c, e.elts, Op.BUILD_LIST, Op.BUILD_TUPLE, Op.BUILD_LIST_UNPACK);
      else for (const x of e.elts) c.visitExpr(x);
      return;
    case 'Tuple':
      if (e.ctx === 'Store') assignmentHelper(c, e.elts);
      else if (e.ctx === 'Load') starunpackHelper(c, e.elts, Op.BUILD_TUPLE, Op.BUILD_TUPLE, Op.BUILD_TUPLE_UNPACK);
      else for (const x of e.elts) c.visitExpr(x);
      return;
    default:
      unreachable(e);
  }
}

function starunpackHelper(c: Compiler, elts: readonly ast.expr[], singleOp: number, innerOp: number, outerOp: number): void {
  let nsubitems = 0;
  let nseen = 0;
  for (const elt of elts) {
    if (elt._type === 'Starred') {
      if (nseen) {
        c.addOpI(innerOp, nseen);
        nseen = 0;
        nsubitems++;
      }
      c.visitExpr(elt.value);
      nsubitems++;
    } else {
      c.visitExpr(elt);
      nseen++;
    }
  }
  if (nsubitems) {
    if (nseen) {
      c.addOpI(innerOp, nseen);
      nsubitems++;
    }
    c.addOpI(outerOp, nsubitems);
  } else {
    c.addOpI(singleOp, nseen);
  }
}

function assignmentHelper(c: Compiler, elts: readonly ast.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  const targets: ast.expr[] = [...elts];
  for (let i = 0; i < n; i++) {
    const elt = targets[i] as ast.expr;
    if (elt._type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error('too many expressions in star-unpacking assignment');
      c.addOpI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
      targets[i] = elt.value;
    } else if (elt._type === 'Starred') {
      c.error('two starred expressions in assignment');
    }
  }
  if (!seenStar) c.addOpI(Op.UNPACK_SEQUENCE, n);
  for (const t of targets) c.visitExpr(t);
}

function compileSubdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  let allConst = n > 1;
  if (allConst) {
    for (let i = begin; i < end; i++) {
      const k = e.keys[i];
      if (k === null || k === undefined || k._type !== 'Constant') allConst = false;
    }
  }
  if (allConst) {
    const keys: Constant[] = [];
    for (let i = begin; i < end; i++) {
      c.visitExpr(e.values[i] as ast.expr);
      keys.push((e.keys[i] as ast.Constant).value);
    }
    c.loadConst({ kind: 'tuple', items: keys });
    c.addOpI(Op.BUILD_CONST_KEY_MAP, n);
  } else {
    for (let i = begin; i < end; i++) {
      c.visitExpr(e.keys[i] as ast.expr);
      c.visitExpr(e.values[i] as ast.expr);
    }
    c.addOpI(Op.BUILD_MAP, n);
  }
}

function compileDict(c: Compiler, e: ast.Dict): void {
  const n = e.values.length;
  let containers = 0;
  let elements = 0;
  let isUnpacking = false;
  for (let i = 0; i < n; i++) {
    isUnpacking = e.keys[i] === null;
    if (elements === 0xffff || (elements && isUnpacking)) {
      compileSubdict(c, e, i - elements, i);
      containers++;
      elements = 0;
    }
    if (isUnpacking) {
      c.visitExpr(e.values[i] as ast.expr);
      containers++;
    } else {
      elements++;
    }
  }
  if (elements || containers === 0) {
    compileSubdict(c, e, n - elements, n);
    containers++;
  }
  if (containers > 1 || isUnpacking) c.addOpI(Op.BUILD_MAP_UNPACK, containers);
}

function compileCompare(c: Compiler, e: ast.Compare): void {
  checkCompare(c, e);
  c.visitExpr(e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    c.visitExpr(e.comparators[0] as ast.expr);
    c.addOpI(Op.COMPARE_OP, cmpOp(e.ops[0] as ast.cmpop));
    return;
  }
  const cleanup = c.newBlock();
  compileCompareChain(c, e, Op.JUMP_IF_FALSE_OR_POP, cleanup);
  const end = c.newBlock();
  c.addOpJ(Op.JUMP_FORWARD, end, false);
  c.useNextBlock(cleanup);
  c.addOp(Op.ROT_TWO);
  c.addOp(Op.POP_TOP);
  c.useNextBlock(end);
}

function compileFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  c.visitExpr(e.value);
  const conv = e.conversion;
  let oparg = conv === 115 ? 1 : conv === 114 ? 2 : conv === 97 ? 3 : 0;
  if (e.format_spec !== null) {
    c.visitExpr(e.format_spec);
    oparg |= 4;
  }
  c.addOpI(Op.FORMAT_VALUE, oparg);
}

function compileAttribute(c: Compiler, e: ast.Attribute): void {
  if (e.ctx !== 'AugStore') c.visitExpr(e.value);
  switch (e.ctx) {
    case 'AugLoad':
      c.addOp(Op.DUP_TOP);
      c.addOpName(Op.LOAD_ATTR, e.attr);
      return;
    case 'Load':
      c.addOpName(Op.LOAD_ATTR, e.attr);
      return;
    case 'AugStore':
      c.addOp(Op.ROT_TWO);
      c.addOpName(Op.STORE_ATTR, e.attr);
      return;
    case 'Store':
      c.addOpName(Op.STORE_ATTR, e.attr);
      return;
    case 'Del':
      c.addOpName(Op.DELETE_ATTR, e.attr);
      return;
    case 'Param':
      c.error('param invalid in attribute expression');
  }
}

function compileSubscript(c: Compiler, e: ast.Subscript): void {
  if (e.ctx === 'Load') {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  if (e.ctx !== 'AugStore') c.visitExpr(e.value);
  compileSlice(c, e.slice, e.ctx);
}

function compileSliceParts(c: Compiler, s: ast.Slice): void {
  let n = 2;
  if (s.lower !== null) c.visitExpr(s.lower);
  else c.loadConst(NONE);
  if (s.upper !== null) c.visitExpr(s.upper);
  else c.loadConst(NONE);
  if (s.step !== null) {
    n++;
    c.visitExpr(s.step);
  }
  c.addOpI(Op.BUILD_SLICE, n);
}

function compileSlice(c: Compiler, s: ast.slice, ctx: Ctx): void {
  if (ctx !== 'AugStore') {
    switch (s._type) {
      case 'Index':
        c.visitExpr(s.value);
        break;
      case 'Slice':
        compileSliceParts(c, s);
        break;
      case 'ExtSlice':
        for (const d of s.dims) {
          if (d._type === 'Slice') compileSliceParts(c, d);
          else if (d._type === 'Index') c.visitExpr(d.value);
          else c.error('extended slice invalid in nested slice');
        }
        c.addOpI(Op.BUILD_TUPLE, s.dims.length);
        break;
    }
  }
  switch (ctx) {
    case 'AugLoad':
      c.addOp(Op.DUP_TOP_TWO);
      c.addOp(Op.BINARY_SUBSCR);
      return;
    case 'Load':
      c.addOp(Op.BINARY_SUBSCR);
      return;
    case 'AugStore':
      c.addOp(Op.ROT_THREE);
      c.addOp(Op.STORE_SUBSCR);
      return;
    case 'Store':
      c.addOp(Op.STORE_SUBSCR);
      return;
    case 'Del':
      c.addOp(Op.DELETE_SUBSCR);
      return;
    case 'Param':
      c.error('param invalid in subscript expression');
  }
}
