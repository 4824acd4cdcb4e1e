/**
 * Token kinds with precomputed flags, acorn style: every operator and keyword has its own small
 * integer kind so the parser compares numbers, and tables indexed by kind give binary
 * precedence, augmented-assignment operators and comparison operators. Mirrors CPython 3.8
 * Include/token.h and Parser/token.c (`PyToken_OneChar` / `TwoChars` / `ThreeChars`).
 * @module
 */
import type { cmpop, operator } from '../parser/ast.ts';

/** End of input. */
export const ENDMARKER: number = 0;
/** An identifier that is not a keyword. */
export const NAME: number = 1;
/** A number literal. */
export const NUMBER: number = 2;
/** A string or bytes literal, prefix and quotes included. */
export const STRING: number = 3;
/** End of a logical line. */
export const NEWLINE: number = 4;
/** Indentation increased. */
export const INDENT: number = 5;
/** Indentation decreased. */
export const DEDENT: number = 6;
/** A character that is no token (CPython's generic `OP` for e.g. `$`, `?`, `!`). */
export const ERRORTOKEN: number = 7;

/** Operator spellings in kind order, starting at {@link FIRST_OP}. */
export const OPERATORS = [
  '(', ')', '[', ']', ':', ',', ';', '+', '-', '*', '/', '|', '&', '<', '>', '=', '.', '%', '{', '}',
  '==', '!=', '<=', '>=', '~', '^', '<<', '>>', '**', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
  '<<=', '>>=', '**=', '//', '//=', '@', '@=', '->', '...', ':=', '<>',
] as const;
/** Kind of the first operator. */
export const FIRST_OP: number = 8;

/** Keyword spellings in kind order, starting at {@link FIRST_KEYWORD}. */
export const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
] as const;
/** Kind of the first keyword. */
export const FIRST_KEYWORD = FIRST_OP + OPERATORS.length;

/** The kind of an operator spelling. */
export function opKind(op: (typeof OPERATORS)[number]): number {
  return FIRST_OP + OPERATORS.indexOf(op);
}
/** The kind of a keyword spelling. */
export function kwKind(kw: (typeof KEYWORDS)[number]): number {
  return FIRST_KEYWORD + KEYWORDS.indexOf(kw);
}

/** Operator kinds, named as CPython 3.8 Include/token.h names them (`LTGT` is `<>`). */
export const LPAR = opKind('('), RPAR = opKind(')'), LSQB = opKind('['), RSQB = opKind(']');
export const COLON = opKind(':'), COMMA = opKind(','), SEMI = opKind(';'), PLUS = opKind('+');
export const MINUS = opKind('-'), STAR = opKind('*'), SLASH = opKind('/'), VBAR = opKind('|');
export const AMPER = opKind('&'), LESS = opKind('<'), GREATER = opKind('>'), EQUAL = opKind('=');
export const DOT = opKind('.'), PERCENT = opKind('%'), LBRACE = opKind('{'), RBRACE = opKind('}');
export const EQEQUAL = opKind('=='), NOTEQUAL = opKind('!='), LESSEQUAL = opKind('<=');
export const GREATEREQUAL = opKind('>='), TILDE = opKind('~'), CIRCUMFLEX = opKind('^');
export const LEFTSHIFT = opKind('<<'), RIGHTSHIFT = opKind('>>'), DOUBLESTAR = opKind('**');
export const DOUBLESLASH = opKind('//'), AT = opKind('@'), RARROW = opKind('->');
export const ELLIPSIS = opKind('...'), COLONEQUAL = opKind(':='), LTGT = opKind('<>');

/** Keyword kinds (`K_` + the keyword). */
export const K_FALSE = kwKind('False'), K_NONE = kwKind('None'), K_TRUE = kwKind('True');
export const K_AND = kwKind('and'), K_AS = kwKind('as'), K_ASSERT = kwKind('assert');
export const K_ASYNC = kwKind('async'), K_AWAIT = kwKind('await'), K_BREAK = kwKind('break');
export const K_CLASS = kwKind('class'), K_CONTINUE = kwKind('continue'), K_DEF = kwKind('def');
export const K_DEL = kwKind('del'), K_ELIF = kwKind('elif'), K_ELSE = kwKind('else');
export const K_EXCEPT = kwKind('except'), K_FINALLY = kwKind('finally'), K_FOR = kwKind('for');
export const K_FROM = kwKind('from'), K_GLOBAL = kwKind('global'), K_IF = kwKind('if');
export const K_IMPORT = kwKind('import'), K_IN = kwKind('in'), K_IS = kwKind('is');
export const K_LAMBDA = kwKind('lambda'), K_NONLOCAL = kwKind('nonlocal'), K_NOT = kwKind('not');
export const K_OR = kwKind('or'), K_PASS = kwKind('pass'), K_RAISE = kwKind('raise');
export const K_RETURN = kwKind('return'), K_TRY = kwKind('try'), K_WHILE = kwKind('while');
export const K_WITH = kwKind('with'), K_YIELD = kwKind('yield');

/** Number of token kinds. */
export const KIND_COUNT = FIRST_KEYWORD + KEYWORDS.length;

/** The binary operator (and its precedence level 1..6, loosest first) each kind spells, if any. */
export const BINARY_OP: readonly (operator | null)[] = buildTable<operator>({
  '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '<<': 'LShift', '>>': 'RShift', '+': 'Add', '-': 'Sub',
  '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '//': 'FloorDiv',
});
/** Precedence of binary operators: `|` 1, `^` 2, `&` 3, shifts 4, `+ -` 5, `* @ / % //` 6. */
export const BINARY_PRECEDENCE: readonly number[] = buildTable<number>({
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '@': 6, '/': 6, '%': 6, '//': 6,
}).map((p) => p ?? 0);
/** The operator of each augmented assignment kind (`+=` → Add), else null. */
export const AUGASSIGN_OP: readonly (operator | null)[] = buildTable<operator>({
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
});
/** The comparison each single-token comparison kind spells (`in`, `is` included), else null. */
export const COMPARE_OP: readonly (cmpop | null)[] = (() => {
  const t = buildTable<cmpop>({ '<': 'Lt', '>': 'Gt', '==': 'Eq', '>=': 'GtE', '<=': 'LtE', '!=': 'NotEq', '<>': 'NotEq' });
  const out = [...t];
  out[K_IN] = 'In';
  out[K_IS] = 'Is';
  out[K_NOT] = 'NotIn';
  return out;
})();

function buildTable<T>(entries: Record<string, T>): (T | null)[] {
  const out: (T | null)[] = new Array<T | null>(KIND_COUNT).fill(null);
  for (const [op, value] of Object.entries(entries)) out[FIRST_OP + (OPERATORS as readonly string[]).indexOf(op)] = value;
  return out;
}

/** The spelling of a kind, for debugging and tests. */
export function kindName(kind: number): string {
  const names = ['ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'ERRORTOKEN'];
  if (kind < FIRST_OP) return names[kind] ?? '?';
  if (kind < FIRST_KEYWORD) return OPERATORS[kind - FIRST_OP] ?? '?';
  return KEYWORDS[kind - FIRST_KEYWORD] ?? '?';
}
