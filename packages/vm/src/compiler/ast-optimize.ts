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
  for (const key of Object.keys(next) as (keyof T)[]) if (next[key] !== node[key]) return true;
  return false;
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

  constructor(optimize: number) {
    this.optimize = optimize;
  }

  module(node: Module): Module {
    return update(node, { body: this.body(node.body) });
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
    return mapSame(stmts, (s) => this.stmt(s));
  }

  exprs(exprs: readonly expr[]): readonly expr[] {
    return mapSame(exprs, (e) => this.expr(e));
  }

  optExpr(e: expr | null): expr | null {
    return e === null ? null : this.expr(e);
  }

  expr(node: expr): expr {
    switch (node._type) {
      case 'BoolOp':
        return update(node, { values: this.exprs(node.values) });
      case 'NamedExpr':
        return node;
      case 'BinOp': {
        const next = update(node, { left: this.expr(node.left), right: this.expr(node.right) });
        if (next.left._type !== 'Constant' || next.right._type !== 'Constant') return next;
        const value = foldBinary(next.op, next.left.value, next.right.value);
        return value === null ? next : makeConst(next, value);
      }
      case 'UnaryOp': {
        const next = update(node, { operand: this.expr(node.operand) });
        return this.foldUnaryOp(next);
      }
      case 'Lambda':
        return update(node, { args: this.arguments(node.args), body: this.expr(node.body) });
      case 'IfExp':
        return update(node, { test: this.expr(node.test), body: this.expr(node.body), orelse: this.expr(node.orelse) });
      case 'Dict':
        return update(node, { keys: mapSame(node.keys, (k) => this.optExpr(k)), values: this.exprs(node.values) });
      case 'Set':
        return update(node, { elts: this.exprs(node.elts) });
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return update(node, { elt: this.expr(node.elt), generators: mapSame(node.generators, (g) => this.comprehension(g)) });
      case 'DictComp':
        return update(node, {
          key: this.expr(node.key),
          value: this.expr(node.value),
          generators: mapSame(node.generators, (g) => this.comprehension(g)),
        });
      case 'Await':
      case 'YieldFrom':
        return update(node, { value: this.expr(node.value) });
      case 'Yield':
        return update(node, { value: this.optExpr(node.value) });
      case 'Compare': {
        const next = update(node, { left: this.expr(node.left), comparators: this.exprs(node.comparators) });
        return this.foldCompare(next);
      }
      case 'Call':
        return update(node, {
          func: this.expr(node.func),
          args: this.exprs(node.args),
          keywords: mapSame(node.keywords, (k) => this.keyword(k)),
        });
      case 'FormattedValue':
        return update(node, { value: this.expr(node.value), format_spec: this.optExpr(node.format_spec) });
      case 'JoinedStr':
        return update(node, { values: this.exprs(node.values) });
      case 'Attribute':
        return update(node, { value: this.expr(node.value) });
      case 'Subscript': {
        const next = update(node, { value: this.expr(node.value), slice: this.slice(node.slice) });
        const { value, slice: index } = next;
        if (next.ctx !== 'Load' || value._type !== 'Constant' || index._type !== 'Index' || index.value._type !== 'Constant') return next;
        const folded = foldSubscript(value.value, index.value.value);
        return folded === null ? next : makeConst(next, folded);
      }
      case 'Starred':
        return update(node, { value: this.expr(node.value) });
      case 'List':
        return update(node, { elts: this.exprs(node.elts) });
      case 'Tuple':
        return foldTuple(update(node, { elts: this.exprs(node.elts) }));
      case 'Name':
        return node.id === '__debug__' ? makeConst(node, { kind: 'bool', value: this.optimize === 0 }) : node;
      case 'Constant':
        return node;
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
        return update(node, { lower: this.optExpr(node.lower), upper: this.optExpr(node.upper), step: this.optExpr(node.step) });
      case 'ExtSlice':
        return update(node, { dims: mapSame(node.dims, (d) => this.slice(d)) });
      case 'Index':
        return update(node, { value: this.expr(node.value) });
      default:
        return unreachable(node);
    }
  }

  keyword(node: keyword): keyword {
    return update(node, { value: this.expr(node.value) });
  }

  comprehension(node: comprehension): comprehension {
    const next = update(node, { target: this.expr(node.target), iter: this.expr(node.iter), ifs: this.exprs(node.ifs) });
    return update(next, { iter: foldIter(next.iter) });
  }

  arguments(node: Arguments): Arguments {
    return update(node, {
      posonlyargs: mapSame(node.posonlyargs, (a) => this.arg(a)),
      args: mapSame(node.args, (a) => this.arg(a)),
      vararg: node.vararg === null ? null : this.arg(node.vararg),
      kwonlyargs: mapSame(node.kwonlyargs, (a) => this.arg(a)),
      kw_defaults: mapSame(node.kw_defaults, (d) => this.optExpr(d)),
      kwarg: node.kwarg === null ? null : this.arg(node.kwarg),
      defaults: this.exprs(node.defaults),
    });
  }

  arg(node: arg): arg {
    return update(node, { annotation: this.optExpr(node.annotation) });
  }

  withitem(node: withitem): withitem {
    return update(node, { context_expr: this.expr(node.context_expr), optional_vars: this.optExpr(node.optional_vars) });
  }

  excepthandler(node: ExceptHandler): ExceptHandler {
    return update(node, { type: this.optExpr(node.type), body: this.stmts(node.body) });
  }

  stmt(node: stmt): stmt {
    switch (node._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return update(node, {
          args: this.arguments(node.args),
          body: this.body(node.body),
          decorator_list: this.exprs(node.decorator_list),
          returns: this.optExpr(node.returns),
        });
      case 'ClassDef':
        return update(node, {
          bases: this.exprs(node.bases),
          keywords: mapSame(node.keywords, (k) => this.keyword(k)),
          body: this.body(node.body),
          decorator_list: this.exprs(node.decorator_list),
        });
      case 'Return':
        return update(node, { value: this.optExpr(node.value) });
      case 'Delete':
        return update(node, { targets: this.exprs(node.targets) });
      case 'Assign':
        return update(node, { targets: this.exprs(node.targets), value: this.expr(node.value) });
      case 'AugAssign':
        return update(node, { target: this.expr(node.target), value: this.expr(node.value) });
      case 'AnnAssign':
        return update(node, { target: this.expr(node.target), annotation: this.expr(node.annotation), value: this.optExpr(node.value) });
      case 'For': {
        const next = update(node, {
          target: this.expr(node.target),
          iter: this.expr(node.iter),
          body: this.stmts(node.body),
          orelse: this.stmts(node.orelse),
        });
        return update(next, { iter: foldIter(next.iter) });
      }
      case 'AsyncFor':
        return update(node, {
          target: this.expr(node.target),
          iter: this.expr(node.iter),
          body: this.stmts(node.body),
          orelse: this.stmts(node.orelse),
        });
      case 'While':
      case 'If':
        return update(node, { test: this.expr(node.test), body: this.stmts(node.body), orelse: this.stmts(node.orelse) });
      case 'With':
      case 'AsyncWith':
        return update(node, { items: mapSame(node.items, (w) => this.withitem(w)), body: this.stmts(node.body) });
      case 'Raise':
        return update(node, { exc: this.optExpr(node.exc), cause: this.optExpr(node.cause) });
      case 'Try':
        return update(node, {
          body: this.stmts(node.body),
          handlers: mapSame(node.handlers, (h) => this.excepthandler(h)),
          orelse: this.stmts(node.orelse),
          finalbody: this.stmts(node.finalbody),
        });
      case 'Assert':
        return update(node, { test: this.expr(node.test), msg: this.optExpr(node.msg) });
      case 'Expr':
        return update(node, { value: this.expr(node.value) });
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
