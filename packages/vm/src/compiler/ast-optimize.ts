/**
 * The AST optimiser run before code generation: constant folding and the other rewrites of
 * CPython 3.8 Python/ast_opt.c. The tree is walked in CPython's order (children first, then the
 * node itself) and rebuilt where something changed; untouched subtrees are shared.
 * @module
 */
import type {
  Compare,
  ExceptHandler,
  Module,
  arg,
  arguments as Arguments,
  cmpop,
  comprehension,
  expr,
  keyword,
  mod,
  slice,
  stmt,
  withitem,
} from '../parser/ast.ts';
import { unreachable } from '../internal/assert.ts';
import { foldBinary, foldSubscript, foldUnary } from './ast-opt-fold.ts';
import { foldIter, foldTuple, makeConst } from './ast-opt-iter.ts';

/**
 * Folds constants in `module` as CPython 3.8's `_PyAST_Optimize` does, returning the new tree.
 *
 * @param module - the parsed module (not modified)
 * @param optimizeLevel - the resolved `-O` level (0, 1 or 2): `__debug__` folds to
 *   `optimizeLevel == 0`
 * @see CPython 3.8 Python/ast_opt.c _PyAST_Optimize
 */
export function optimizeAst(module: Module, optimizeLevel: number): Module {
  return new AstOptimizer(optimizeLevel).module(module);
}

/**
 * Folds constants in any `mod` (module, interactive input, expression, function type).
 *
 * @see CPython 3.8 Python/ast_opt.c astfold_mod
 */
export function optimizeMod(node: mod, optimizeLevel: number): mod {
  const opt = new AstOptimizer(optimizeLevel);
  switch (node._type) {
    case 'Module':
      return opt.module(node);
    case 'Interactive': {
      const body = opt.stmts(node.body);
      return body === node.body ? node : { ...node, body };
    }
    case 'Expression': {
      const body = opt.expr(node.body);
      return body === node.body ? node : { ...node, body };
    }
    case 'FunctionType':
      return node;
    default:
      return unreachable(node);
  }
}

/** Maps `fn` over `items`, returning `items` itself when no item changed. */
function mapSame<T>(items: readonly T[], fn: (item: T) => T): readonly T[] {
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const next = fn(item);
    if (out === null && next !== item) out = items.slice(0, i);
    if (out !== null) out.push(next);
  }
  return out ?? items;
}

/** Whether some value of `next` differs from the same key of `node`. */
function changed<T extends object>(node: T, next: Partial<T>): boolean {
  // for-in, not Object.keys: no array per visited node.
  for (const key in next) if (next[key] !== node[key]) return true;
  return false;
}

/** `node` with `key` set to `value`, or `node` itself when it already holds it (no garbage). */
function update1<T extends object, K extends keyof T>(node: T, key: K, value: T[K]): T {
  return value === node[key] ? node : { ...node, [key]: value };
}

/** `node` with two keys set, or `node` itself when it already holds both values (no garbage). */
function update2<T extends object, K1 extends keyof T, K2 extends keyof T>(node: T, k1: K1, v1: T[K1], k2: K2, v2: T[K2]): T {
  return v1 === node[k1] && v2 === node[k2] ? node : { ...node, [k1]: v1, [k2]: v2 };
}

/** `node` with three keys set, or `node` itself when it already holds all three values. */
function update3<T extends object, K1 extends keyof T, K2 extends keyof T, K3 extends keyof T>(
  node: T, k1: K1, v1: T[K1], k2: K2, v2: T[K2], k3: K3, v3: T[K3],
): T {
  return v1 === node[k1] && v2 === node[k2] && v3 === node[k3] ? node : { ...node, [k1]: v1, [k2]: v2, [k3]: v3 };
}

/** `node` with four keys set, or `node` itself when it already holds all four values. */
function update4<T extends object, K1 extends keyof T, K2 extends keyof T, K3 extends keyof T, K4 extends keyof T>(
  node: T, k1: K1, v1: T[K1], k2: K2, v2: T[K2], k3: K3, v3: T[K3], k4: K4, v4: T[K4],
): T {
  return v1 === node[k1] && v2 === node[k2] && v3 === node[k3] && v4 === node[k4] ? node : { ...node, [k1]: v1, [k2]: v2, [k3]: v3, [k4]: v4 };
}

/** `node` with `next` applied, or `node` itself when nothing changed. */
function update<T extends object>(node: T, next: Partial<T>): T {
  return changed(node, next) ? { ...node, ...next } : node;
}

/** The docstring of a body: its first statement as a str constant expression. */
function hasDocString(body: readonly stmt[]): boolean {
  const first = body[0];
  return first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && first.value.value.kind === 'str';
}

const NEGATED: Partial<Record<cmpop, cmpop>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };

/** One walk over a tree with a fixed optimisation level. */
class AstOptimizer {
  private readonly optimize: number;
  // The callbacks of mapSame, made once per walk rather than once per list.
  private readonly stmtFn = (s: stmt): stmt => this.stmt(s);
  private readonly exprFn = (e: expr): expr => this.expr(e);
  private readonly optExprFn = (e: expr | null): expr | null => (e === null ? null : this.expr(e));
  private readonly keywordFn = (k: keyword): keyword => this.keyword(k);
  private readonly comprehensionFn = (g: comprehension): comprehension => this.comprehension(g);
  private readonly sliceFn = (d: slice): slice => this.slice(d);
  private readonly argFn = (a: arg): arg => this.arg(a);
  private readonly withitemFn = (w: withitem): withitem => this.withitem(w);
  private readonly excepthandlerFn = (h: ExceptHandler): ExceptHandler => this.excepthandler(h);

  constructor(optimize: number) {
    this.optimize = optimize;
  }

  module(node: Module): Module {
    return update1(node, 'body', this.body(node.body));
  }

  /**
   * A body whose first statement may become a docstring by folding keeps it a plain expression
   * statement, by wrapping the string in a JoinedStr (CPython's `astfold_body`).
   */
  body(stmts: readonly stmt[]): readonly stmt[] {
    const hadDoc = hasDocString(stmts);
    const out = this.stmts(stmts);
    const first = out[0];
    if (hadDoc || first === undefined || !hasDocString(out) || first._type !== 'Expr') return out;
    const { lineno, col_offset, end_lineno, end_col_offset } = first;
    const value: expr = { _type: 'JoinedStr', values: [first.value], lineno, col_offset, end_lineno, end_col_offset };
    return [{ ...first, value }, ...out.slice(1)];
  }

  stmts(stmts: readonly stmt[]): readonly stmt[] {
    return mapSame(stmts, this.stmtFn);
  }

  exprs(exprs: readonly expr[]): readonly expr[] {
    return mapSame(exprs, this.exprFn);
  }

  optExpr(e: expr | null): expr | null {
    return e === null ? null : this.expr(e);
  }

  expr(node: expr): expr {
    switch (node._type) {
      // The commonest kinds first: V8 tests the cases in order.
      case 'Name':
        return node.id === '__debug__' ? makeConst(node, { kind: 'bool', value: this.optimize === 0 }) : node;
      case 'Constant':
        return node;
      case 'Attribute':
        return update1(node, 'value', this.expr(node.value));
      case 'Call':
        return update3(node, 'func', this.expr(node.func), 'args', this.exprs(node.args), 'keywords', mapSame(node.keywords, this.keywordFn));
      case 'BoolOp':
        return update1(node, 'values', this.exprs(node.values));
      case 'NamedExpr':
        return node;
      case 'BinOp': {
        const next = update2(node, 'left', this.expr(node.left), 'right', this.expr(node.right));
        if (next.left._type !== 'Constant' || next.right._type !== 'Constant') return next;
        const value = foldBinary(next.op, next.left.value, next.right.value);
        return value === null ? next : makeConst(next, value);
      }
      case 'UnaryOp': {
        const next = update1(node, 'operand', this.expr(node.operand));
        return this.foldUnaryOp(next);
      }
      case 'Lambda':
        return update2(node, 'args', this.arguments(node.args), 'body', this.expr(node.body));
      case 'IfExp':
        return update3(node, 'test', this.expr(node.test), 'body', this.expr(node.body), 'orelse', this.expr(node.orelse));
      case 'Dict':
        return update2(node, 'keys', mapSame(node.keys, this.optExprFn), 'values', this.exprs(node.values));
      case 'Set':
        return update1(node, 'elts', this.exprs(node.elts));
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return update2(node, 'elt', this.expr(node.elt), 'generators', mapSame(node.generators, this.comprehensionFn));
      case 'DictComp':
        return update3(node, 'key', this.expr(node.key), 'value', this.expr(node.value), 'generators', mapSame(node.generators, this.comprehensionFn));
      case 'Await':
      case 'YieldFrom':
        return update1(node, 'value', this.expr(node.value));
      case 'Yield':
        return update1(node, 'value', this.optExpr(node.value));
      case 'Compare': {
        const next = update2(node, 'left', this.expr(node.left), 'comparators', this.exprs(node.comparators));
        return this.foldCompare(next);
      }
      case 'FormattedValue':
        return update2(node, 'value', this.expr(node.value), 'format_spec', this.optExpr(node.format_spec));
      case 'JoinedStr':
        return update1(node, 'values', this.exprs(node.values));
      case 'Subscript': {
        const next = update2(node, 'value', this.expr(node.value), 'slice', this.slice(node.slice));
        const { value, slice: index } = next;
        if (next.ctx !== 'Load' || value._type !== 'Constant' || index._type !== 'Index' || index.value._type !== 'Constant') return next;
        const folded = foldSubscript(value.value, index.value.value);
        return folded === null ? next : makeConst(next, folded);
      }
      case 'Starred':
        return update1(node, 'value', this.expr(node.value));
      case 'List':
        return update1(node, 'elts', this.exprs(node.elts));
      case 'Tuple':
        return foldTuple(update1(node, 'elts', this.exprs(node.elts)));
      default:
        return unreachable(node);
    }
  }

  /**
   * Folds a unary operator on a constant, or `not` on a single `is`/`is not`/`in`/`not in`
   * comparison into the opposite comparison (CPython's `fold_unaryop`).
   */
  private foldUnaryOp(node: Extract<expr, { _type: 'UnaryOp' }>): expr {
    const operand = node.operand;
    if (operand._type !== 'Constant') {
      if (node.op === 'Not' && operand._type === 'Compare' && operand.ops.length === 1) {
        const negated = NEGATED[operand.ops[0] as cmpop];
        if (negated !== undefined) return { ...operand, ops: [negated] };
      }
      return node;
    }
    const value = foldUnary(node.op, operand.value);
    return value === null ? node : makeConst(node, value);
  }

  /** Rewrites the right operand of a trailing `in` / `not in` (CPython's `fold_compare`). */
  private foldCompare(node: Compare): Compare {
    const i = node.ops.length - 1;
    const op = node.ops[i];
    const last = node.comparators[i];
    if ((op !== 'In' && op !== 'NotIn') || last === undefined) return node;
    const folded = foldIter(last);
    if (folded === last) return node;
    const comparators = [...node.comparators];
    comparators[i] = folded;
    return { ...node, comparators };
  }

  slice(node: slice): slice {
    switch (node._type) {
      case 'Slice':
        return update3(node, 'lower', this.optExpr(node.lower), 'upper', this.optExpr(node.upper), 'step', this.optExpr(node.step));
      case 'ExtSlice':
        return update1(node, 'dims', mapSame(node.dims, this.sliceFn));
      case 'Index':
        return update1(node, 'value', this.expr(node.value));
      default:
        return unreachable(node);
    }
  }

  keyword(node: keyword): keyword {
    return update1(node, 'value', this.expr(node.value));
  }

  comprehension(node: comprehension): comprehension {
    const next = update3(node, 'target', this.expr(node.target), 'iter', this.expr(node.iter), 'ifs', this.exprs(node.ifs));
    return update1(next, 'iter', foldIter(next.iter));
  }

  arguments(node: Arguments): Arguments {
    return update(node, {
      posonlyargs: mapSame(node.posonlyargs, this.argFn),
      args: mapSame(node.args, this.argFn),
      vararg: node.vararg === null ? null : this.arg(node.vararg),
      kwonlyargs: mapSame(node.kwonlyargs, this.argFn),
      kw_defaults: mapSame(node.kw_defaults, this.optExprFn),
      kwarg: node.kwarg === null ? null : this.arg(node.kwarg),
      defaults: this.exprs(node.defaults),
    });
  }

  arg(node: arg): arg {
    return update1(node, 'annotation', this.optExpr(node.annotation));
  }

  withitem(node: withitem): withitem {
    return update2(node, 'context_expr', this.expr(node.context_expr), 'optional_vars', this.optExpr(node.optional_vars));
  }

  excepthandler(node: ExceptHandler): ExceptHandler {
    return update2(node, 'type', this.optExpr(node.type), 'body', this.stmts(node.body));
  }

  stmt(node: stmt): stmt {
    switch (node._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return update4(node, 'args', this.arguments(node.args), 'body', this.body(node.body), 'decorator_list', this.exprs(node.decorator_list), 'returns', this.optExpr(node.returns));
      case 'ClassDef':
        return update4(node, 'bases', this.exprs(node.bases), 'keywords', mapSame(node.keywords, this.keywordFn), 'body', this.body(node.body), 'decorator_list', this.exprs(node.decorator_list));
      case 'Return':
        return update1(node, 'value', this.optExpr(node.value));
      case 'Delete':
        return update1(node, 'targets', this.exprs(node.targets));
      case 'Assign':
        return update2(node, 'targets', this.exprs(node.targets), 'value', this.expr(node.value));
      case 'AugAssign':
        return update2(node, 'target', this.expr(node.target), 'value', this.expr(node.value));
      case 'AnnAssign':
        return update3(node, 'target', this.expr(node.target), 'annotation', this.expr(node.annotation), 'value', this.optExpr(node.value));
      case 'For': {
        const next = update4(node, 'target', this.expr(node.target), 'iter', this.expr(node.iter), 'body', this.stmts(node.body), 'orelse', this.stmts(node.orelse));
        return update1(next, 'iter', foldIter(next.iter));
      }
      case 'AsyncFor':
        return update4(node, 'target', this.expr(node.target), 'iter', this.expr(node.iter), 'body', this.stmts(node.body), 'orelse', this.stmts(node.orelse));
      case 'While':
      case 'If':
        return update3(node, 'test', this.expr(node.test), 'body', this.stmts(node.body), 'orelse', this.stmts(node.orelse));
      case 'With':
      case 'AsyncWith':
        return update2(node, 'items', mapSame(node.items, this.withitemFn), 'body', this.stmts(node.body));
      case 'Raise':
        return update2(node, 'exc', this.optExpr(node.exc), 'cause', this.optExpr(node.cause));
      case 'Try':
        return update4(node, 'body', this.stmts(node.body), 'handlers', mapSame(node.handlers, this.excepthandlerFn), 'orelse', this.stmts(node.orelse), 'finalbody', this.stmts(node.finalbody));
      case 'Assert':
        return update2(node, 'test', this.expr(node.test), 'msg', this.optExpr(node.msg));
      case 'Expr':
        return update1(node, 'value', this.expr(node.value));
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
      case 'Break':
      case 'Continue':
        return node;
      default:
        return unreachable(node);
    }
  }
}
