/**
 * Turns an annotation expression back into source text, for `from __future__ import
 * annotations` (PEP 563). Mirrors CPython 3.8 Python/ast_unparse.c for the expression forms
 * annotations use.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import type * as ast from '../parser/ast.ts';

const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_BOR = 6;
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

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch < ' ' || ch === '\x7f') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** Python's `repr` of a finite float: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
export function floatRepr(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant = '', expText = '0'] = x.toExponential().split('e');
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) out = `0.${'0'.repeat(-exp - 1)}${digits}`;
    else if (digits.length <= exp + 1) out = `${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    else out = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  } else {
    const m = digits.length > 1 ? `${digits[0] ?? ''}.${digits.slice(1)}` : digits;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return neg ? `-${out}` : out;
}

function constantRepr(v: Constant): string {
  switch (v.kind) {
    case 'None':
      return 'None';
    case 'Ellipsis':
      return '...';
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'int':
      return v.value.toString();
    case 'float':
      return Number.isFinite(v.value) ? floatRepr(v.value) : '1e309';
    case 'complex':
      return v.real === 0 && !Object.is(v.real, -0) ? `${floatRepr(v.imag).replace(/\.0$/, '')}j` : `(${floatRepr(v.real)}+${floatRepr(v.imag)}j)`;
    case 'str':
      return strRepr(v.value);
    case 'bytes':
      return `b${strRepr(String.fromCharCode(...v.value))}`;
    case 'tuple':
      return v.items.length === 1 ? `(${constantRepr(v.items[0] as Constant)},)` : `(${v.items.map(constantRepr).join(', ')})`;
    case 'frozenset':
      return `frozenset({${v.items.map(constantRepr).join(', ')}})`;
    case 'code':
      return '<code>';
  }
}

function paren(text: string, inner: number, outer: number): string {
  return outer > inner ? `(${text})` : text;
}

function slice(s: ast.slice): string {
  switch (s._type) {
    case 'Index':
      return unparse(s.value, PR_TUPLE);
    case 'Slice': {
      let out = s.lower !== null ? unparse(s.lower, PR_TEST) : '';
      out += ':';
      if (s.upper !== null) out += unparse(s.upper, PR_TEST);
      if (s.step !== null) out += `:${unparse(s.step, PR_TEST)}`;
      return out;
    }
    case 'ExtSlice':
      return s.dims.map(slice).join(', ');
  }
}

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
    case 'IfExp':
      return paren(`${unparse(e.body, PR_TEST + 1)} if ${unparse(e.test, PR_TEST + 1)} else ${unparse(e.orelse, PR_TEST)}`, PR_TEST, level);
    case 'Compare':
      return paren(`${unparse(e.left, PR_CMP + 1)}${e.ops.map((op, i) => ` ${CMP[op]} ${unparse(e.comparators[i] as ast.expr, PR_CMP + 1)}`).join('')}`, PR_CMP, level);
    case 'Await':
      return paren(`await ${unparse(e.value, PR_ATOM)}`, PR_AWAIT, level);
    case 'Call': {
      const args = [...e.args.map((a) => unparse(a, PR_TEST)), ...e.keywords.map((k) => (k.arg === null ? `**${unparse(k.value, PR_TEST)}` : `${k.arg}=${unparse(k.value, PR_TEST)}`))];
      return `${unparse(e.func, PR_ATOM)}(${args.join(', ')})`;
    }
    case 'Constant':
      return e.value.kind === 'Ellipsis' ? '...' : constantRepr(e.value);
    case 'Attribute': {
      const v = unparse(e.value, PR_ATOM);
      const needsSpace = e.value._type === 'Constant' && e.value.value.kind === 'int';
      return `${v}${needsSpace ? ' ' : ''}.${e.attr}`;
    }
    case 'Subscript':
      return `${unparse(e.value, PR_ATOM)}[${slice(e.slice)}]`;
    case 'Starred':
      return `*${unparse(e.value, PR_BOR)}`;
    case 'Name':
      return e.id;
    case 'List':
      return `[${e.elts.map((x) => unparse(x, PR_TEST)).join(', ')}]`;
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(e.elts.length === 1 ? `${unparse(e.elts[0] as ast.expr, PR_TEST)},` : e.elts.map((x) => unparse(x, PR_TEST)).join(', '), PR_TUPLE, level);
    case 'Set':
      return `{${e.elts.map((x) => unparse(x, PR_TEST)).join(', ')}}`;
    case 'Dict':
      return `{${e.keys.map((k, i) => (k === null ? `**${unparse(e.values[i] as ast.expr, PR_BOR)}` : `${unparse(k, PR_TEST)}: ${unparse(e.values[i] as ast.expr, PR_TEST)}`)).join(', ')}}`;
    case 'Lambda':
      return paren(`lambda: ${unparse(e.body, PR_TEST)}`, PR_TEST, level);
    case 'NamedExpr':
    case 'DictComp':
    case 'FormattedValue':
    case 'GeneratorExp':
    case 'JoinedStr':
    case 'ListComp':
    case 'SetComp':
    case 'Yield':
    case 'YieldFrom':
      // TODO(#4): the rest of ast_unparse.c (never seen in annotations of the corpora).
      return `<${e._type}>`;
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
