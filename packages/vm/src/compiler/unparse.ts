/**
 * Turns an annotation expression back into source text, for `from __future__ import
 * annotations` (PEP 563). Mirrors CPython 3.8 Python/ast_unparse.c, every expression form.
 * @module
 */
import type * as ast from '../parser/ast.ts';
import { constantRepr } from '../repr/constant-repr.ts';
import { strRepr } from '../repr/str-repr.ts';

// Priority levels (ast_unparse.c's enum).
const PR_TUPLE = 0;
const PR_TEST = 1; // 'if'-'else', 'lambda'
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOP: Record<ast.operator, [string, number]> = {
  Add: ['+', PR_ARITH],
  Sub: ['-', PR_ARITH],
  Mult: ['*', PR_TERM],
  MatMult: ['@', PR_TERM],
  Div: ['/', PR_TERM],
  Mod: ['%', PR_TERM],
  FloorDiv: ['//', PR_TERM],
  LShift: ['<<', PR_SHIFT],
  RShift: ['>>', PR_SHIFT],
  BitOr: ['|', PR_BOR],
  BitXor: ['^', PR_BXOR],
  BitAnd: ['&', PR_BAND],
  Pow: ['**', PR_POWER],
};
const CMP: Record<ast.cmpop, string> = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in' };

function paren(text: string, inner: number, outer: number): string {
  return outer > inner ? `(${text})` : text;
}

/** `append_ast_arg`. */
function arg(a: ast.arg): string {
  return a.annotation === null ? a.arg : `${a.arg}: ${unparse(a.annotation, PR_TEST)}`;
}

/** `append_ast_args`: positional-only, positional, `*args` or bare `*`, keyword-only, `**kwargs`. */
function args(a: ast.arguments): string {
  const out: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  positional.forEach((p, i) => {
    const di = i - positional.length + a.defaults.length;
    const dflt = a.defaults[di];
    out.push(dflt === undefined ? arg(p) : `${arg(p)}=${unparse(dflt, PR_TEST)}`);
    if (a.posonlyargs.length > 0 && i + 1 === a.posonlyargs.length) out.push('/');
  });
  if (a.vararg !== null || a.kwonlyargs.length > 0) out.push(a.vararg === null ? '*' : `*${arg(a.vararg)}`);
  a.kwonlyargs.forEach((k, i) => {
    const dflt = a.kw_defaults[i - a.kwonlyargs.length + a.kw_defaults.length];
    out.push(dflt === undefined || dflt === null ? arg(k) : `${arg(k)}=${unparse(dflt, PR_TEST)}`);
  });
  if (a.kwarg !== null) out.push(`**${arg(a.kwarg)}`);
  return out.join(', ');
}

/** `append_ast_comprehensions`. */
function comprehensions(gens: readonly ast.comprehension[]): string {
  let out = '';
  for (const g of gens) {
    out += `${g.is_async ? ' async for ' : ' for '}${unparse(g.target, PR_TUPLE)} in ${unparse(g.iter, PR_TEST + 1)}`;
    for (const cond of g.ifs) out += ` if ${unparse(cond, PR_TEST + 1)}`;
  }
  return out;
}

/** `append_fstring_element`: literal text has its braces doubled. */
function fstringElement(e: ast.expr, isFormatSpec: boolean): string {
  if (e._type === 'JoinedStr') return joinedStr(e, isFormatSpec);
  if (e._type === 'FormattedValue') return formattedValue(e);
  // The parser puts only str constants between an f-string's replacement fields.
  if (e._type === 'Constant' && e.value.kind === 'str') return e.value.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
  return unparse(e, PR_TEST);
}

/** `append_joinedstr`: the body in one pair of quotes (a format spec is bare). */
function joinedStr(e: ast.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : `f${strRepr(body)}`;
}

/** `append_formattedvalue`. */
function formattedValue(e: ast.FormattedValue): string {
  // Grammar allows PR_TUPLE, but above PR_TEST parenthesizes a lambda with its ':'.
  const value = unparse(e.value, PR_TEST + 1);
  let out = value.startsWith('{') ? `{ ${value}` : `{${value}`;
  if (e.conversion > 0) out += `!${String.fromCharCode(e.conversion)}`;
  if (e.format_spec !== null) out += `:${fstringElement(e.format_spec, true)}`;
  return `${out}}`;
}

/** `append_ast_slice`. */
function slice(s: ast.slice): string {
  switch (s._type) {
    case 'Index': {
      // A tuple holding a starred item keeps its parentheses.
      const starred = s.value._type === 'Tuple' && s.value.elts.some((x) => x._type === 'Starred');
      return unparse(s.value, starred ? PR_TUPLE + 1 : PR_TUPLE);
    }
    case 'Slice': {
      let out = s.lower !== null ? unparse(s.lower, PR_TEST) : '';
      out += ':';
      if (s.upper !== null) out += unparse(s.upper, PR_TEST);
      if (s.step !== null) out += `:${unparse(s.step, PR_TEST)}`;
      return out;
    }
    case 'ExtSlice':
      return s.dims.map(slice).join(', ') + (s.dims.length === 1 ? ',' : '');
  }
}

/** `append_ast_call`: a lone generator expression argument keeps only its own parentheses. */
function call(e: ast.Call): string {
  const func = unparse(e.func, PR_ATOM);
  const only = e.args[0];
  if (e.args.length === 1 && e.keywords.length === 0 && only?._type === 'GeneratorExp') return func + unparse(only, PR_TEST);
  const parts = [...e.args.map((a) => unparse(a, PR_TEST)), ...e.keywords.map((k) => (k.arg === null ? `**${unparse(k.value, PR_TEST)}` : `${k.arg}=${unparse(k.value, PR_TEST)}`))];
  return `${func}(${parts.join(', ')})`;
}

/** `append_ast_expr`. */
function unparse(e: ast.expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      return paren(e.values.map((v) => unparse(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '), pr, level);
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === 'Pow';
      return paren(`${unparse(e.left, rassoc ? pr + 1 : pr)} ${op} ${unparse(e.right, rassoc ? pr : pr + 1)}`, pr, level);
    }
    case 'UnaryOp': {
      const op = e.op === 'Not' ? 'not ' : e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-';
      const pr = e.op === 'Not' ? PR_NOT : PR_FACTOR;
      return paren(`${op}${unparse(e.operand, pr)}`, pr, level);
    }
    case 'Lambda': {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      return paren(`${positional > 0 ? 'lambda ' : 'lambda'}${args(e.args)}: ${unparse(e.body, PR_TEST)}`, PR_TEST, level);
    }
    case 'IfExp':
      return paren(`${unparse(e.body, PR_TEST + 1)} if ${unparse(e.test, PR_TEST + 1)} else ${unparse(e.orelse, PR_TEST)}`, PR_TEST, level);
    case 'Dict':
      return `{${e.keys.map((k, i) => (k === null ? `**${unparse(e.values[i] as ast.expr, PR_EXPR)}` : `${unparse(k, PR_TEST)}: ${unparse(e.values[i] as ast.expr, PR_TEST)}`)).join(', ')}}`;
    case 'Set':
      return `{${e.elts.map((x) => unparse(x, PR_TEST)).join(', ')}}`;
    case 'GeneratorExp':
      return `(${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case 'ListComp':
      return `[${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${unparse(e.key, PR_TEST)}: ${unparse(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'Yield':
      return e.value === null ? '(yield)' : `(yield ${unparse(e.value, PR_TEST)})`;
    case 'YieldFrom':
      return `(yield from ${unparse(e.value, PR_TEST)})`;
    case 'Await':
      return paren(`await ${unparse(e.value, PR_ATOM)}`, PR_AWAIT, level);
    case 'Compare':
      return paren(`${unparse(e.left, PR_CMP + 1)}${e.ops.map((op, i) => ` ${CMP[op]} ${unparse(e.comparators[i] as ast.expr, PR_CMP + 1)}`).join('')}`, PR_CMP, level);
    case 'Call':
      return call(e);
    case 'Constant':
      return e.value.kind === 'Ellipsis' ? '...' : constantRepr(e.value);
    case 'JoinedStr':
      return joinedStr(e, false);
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      // Integers need a space for the attribute access to be unambiguous.
      const isInt = e.value._type === 'Constant' && e.value.value.kind === 'int';
      return `${unparse(e.value, PR_ATOM)}${isInt ? ' .' : '.'}${e.attr}`;
    }
    case 'Subscript':
      return `${unparse(e.value, PR_ATOM)}[${slice(e.slice)}]`;
    case 'Starred':
      return `*${unparse(e.value, PR_EXPR)}`;
    case 'Name':
      return e.id;
    case 'List':
      return `[${e.elts.map((x) => unparse(x, PR_TEST)).join(', ')}]`;
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const items = e.elts.map((x) => unparse(x, PR_TEST)).join(', ');
      return paren(e.elts.length === 1 ? `${items},` : items, PR_TUPLE, level);
    }
    case 'NamedExpr':
      return paren(`${unparse(e.target, PR_ATOM)}:=${unparse(e.value, PR_ATOM)}`, PR_TUPLE, level);
  }
}

/**
 * The source text of annotation `e`.
 *
 * @see CPython 3.8 Python/ast_unparse.c _PyAST_ExprAsUnicode
 */
export function exprAsUnicode(e: ast.expr): string {
  return unparse(e, PR_TEST);
}
