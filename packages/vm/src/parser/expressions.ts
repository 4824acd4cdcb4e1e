/**
 * Expressions: the `test` family by precedence climbing, atoms, trailers, calls, subscripts,
 * displays, comprehensions, lambda and yield, building AST nodes with CPython's positions as the
 * CST gives them. Mirrors CPython 3.8 Grammar/Grammar (`test` … `atom`, `trailer`, `arglist`,
 * `testlist_comp`, `dictorsetmaker`, `comp_for`) and Python/ast.c `ast_for_expr`,
 * `ast_for_atom`, `ast_for_trailer`, `ast_for_call` and the comprehension builders.
 * @module
 */
import type {
  Call, Starred, arguments as Arguments, cmpop, comprehension, expr, slice, unaryop,
} from './ast.ts';
import {
  BINARY_OP, BINARY_PRECEDENCE, COLON, COLONEQUAL, COMMA, COMPARE_OP, DOT, DOUBLESTAR, ELLIPSIS,
  K_ASYNC, K_AWAIT, K_ELSE, K_FALSE, K_FOR, K_FROM, K_IF, K_IN, K_IS, K_LAMBDA, K_NONE, K_NOT, K_OR, K_AND,
  K_TRUE, K_YIELD, LBRACE, LPAR, LSQB, MINUS, NAME, NUMBER, PLUS, RBRACE, RPAR, RSQB, STAR, STRING, TILDE,
} from '../tokenizer/token-kind.ts';
import { intLiteralLimitMessage, parseNumber } from '../tokenizer/number-literal.ts';
import { normalizeIdentifier } from '../tokenizer/identifier.ts';
import type { Parser } from './parser-state.ts';
import { STARTS_EXPR_OR_STAR, STARTS_TEST, STARTS_TEST_OR_STAR } from './first-sets.ts';
import { makeConstant, makeName, makeTuple } from './node-helpers.ts';
import { exprName, setContext } from './targets.ts';
import type { CallParsers } from './calls.ts';
import { parseCallArguments } from './calls.ts';
import { parseStrings } from './strings.ts';
import { parseParameters } from './arguments.ts';

/** The current NAME token as an identifier (NFKC-normalised). */
export function identifier(p: Parser): string {
  return normalizeIdentifier(p.value());
}

/** namedexpr_test: test [':=' test] */
export function parseNamedExprTest(p: Parser): expr {
  const sl = p.line, sc = p.col;
  p.push(1);
  const target = parseTest(p);
  if (p.type !== COLONEQUAL) {
    p.depth -= 1;
    return target;
  }
  p.next();
  const value = parseTest(p);
  p.depth -= 1;
  return makeNamedExpr(p, target, value, sl, sc);
}

function makeNamedExpr(p: Parser, target: expr, value: expr, sl: number, sc: number): expr {
  if (target._type !== 'Name') p.astError(sl, sc, `cannot use assignment expressions with ${exprName(target) ?? ''}`);
  const t = target._type === 'Name' ? setContext(p, target, 'Store', sl, sc) : target;
  return { _type: 'NamedExpr', target: t, value, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

/** test: or_test ['if' or_test 'else' test] | lambdef */
export function parseTest(p: Parser): expr {
  p.push(1);
  const e = parseTestInner(p);
  p.depth -= 1;
  return e;
}

function parseTestInner(p: Parser): expr {
  if (p.type === K_LAMBDA) return parseLambda(p, false);
  const sl = p.line, sc = p.col;
  const body = parseOrTest(p);
  if (p.type !== K_IF) return body;
  p.next();
  const test = parseOrTest(p);
  p.expect(K_ELSE);
  const orelse = parseTest(p);
  return { _type: 'IfExp', test, body, orelse, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

/** test_nocond: or_test | lambdef_nocond */
function parseTestNoCond(p: Parser): expr {
  p.push(1);
  const e = p.type === K_LAMBDA ? parseLambda(p, true) : parseOrTest(p);
  p.depth -= 1;
  return e;
}

function parseLambda(p: Parser, noCond: boolean): expr {
  const sl = p.line, sc = p.col;
  p.next();
  p.push(1);
  const args: Arguments = p.type === COLON ? EMPTY_ARGS : parseParameters(p, false, parseTest);
  p.expect(COLON);
  const body = noCond ? parseTestNoCond(p) : parseTest(p);
  p.depth -= 1;
  return { _type: 'Lambda', args, body, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

const EMPTY_ARGS: Arguments = {
  _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [],
};

/** or_test: and_test ('or' and_test)* */
export function parseOrTest(p: Parser): expr {
  const sl = p.line, sc = p.col;
  p.push(1);
  const first = parseAndTest(p);
  if (p.type !== K_OR) {
    p.depth -= 1;
    return first;
  }
  const values = [first];
  while (p.eat(K_OR)) values.push(parseAndTest(p));
  p.depth -= 1;
  return { _type: 'BoolOp', op: 'Or', values, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parseAndTest(p: Parser): expr {
  const sl = p.line, sc = p.col;
  p.push(1);
  const first = parseNotTest(p);
  if (p.type !== K_AND) {
    p.depth -= 1;
    return first;
  }
  const values = [first];
  while (p.eat(K_AND)) values.push(parseNotTest(p));
  p.depth -= 1;
  return { _type: 'BoolOp', op: 'And', values, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parseNotTest(p: Parser): expr {
  p.push(1);
  if (p.type !== K_NOT) {
    const e = parseComparison(p);
    p.depth -= 1;
    return e;
  }
  const sl = p.line, sc = p.col;
  p.next();
  const operand = parseNotTest(p);
  p.depth -= 1;
  return { _type: 'UnaryOp', op: 'Not', operand, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parseComparison(p: Parser): expr {
  const sl = p.line, sc = p.col;
  p.push(1);
  const left = parseExpr(p);
  let op = COMPARE_OP[p.type] ?? null;
  if (op === null) {
    p.depth -= 1;
    return left;
  }
  const ops: cmpop[] = [];
  const comparators: expr[] = [];
  while (op !== null) {
    if (p.type === K_NOT) {
      p.next();
      p.expect(K_IN);
    } else if (p.type === K_IS) {
      p.next();
      if (p.eat(K_NOT)) op = 'IsNot';
    } else p.next();
    ops.push(op);
    comparators.push(parseExpr(p));
    op = COMPARE_OP[p.type] ?? null;
  }
  p.depth -= 1;
  return { _type: 'Compare', left, ops, comparators, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

/** star_expr: '*' expr */
export function parseStarExpr(p: Parser): Starred {
  const sl = p.line, sc = p.col;
  p.next();
  p.push(1);
  const value = parseExpr(p);
  p.depth -= 1;
  return { _type: 'Starred', value, ctx: 'Load', lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

/**
 * expr: the binary operators `|` … `//`, by precedence climbing. pgen holds the six rules from
 * `expr` down to `term` open around every operand (an operator pops the rules below its own and
 * pushes them again for the right operand), so they count as six entries throughout.
 */
export function parseExpr(p: Parser): expr {
  p.push(6);
  const e = parseBinary(p, 1);
  p.depth -= 6;
  return e;
}

function parseBinary(p: Parser, minPrec: number): expr {
  const sl = p.line, sc = p.col;
  let left = parseFactor(p);
  for (;;) {
    const prec = BINARY_PRECEDENCE[p.type] ?? 0;
    if (prec < minPrec) return left;
    const op = BINARY_OP[p.type];
    if (op == null) return left;
    p.next();
    const right = parseBinary(p, prec + 1);
    left = { _type: 'BinOp', left, op, right, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  }
}

function parseFactor(p: Parser): expr {
  let op: unaryop;
  p.push(1);
  if (p.type === MINUS) op = 'USub';
  else if (p.type === PLUS) op = 'UAdd';
  else if (p.type === TILDE) op = 'Invert';
  else {
    const e = parsePower(p);
    p.depth -= 1;
    return e;
  }
  const sl = p.line, sc = p.col;
  p.next();
  const operand = parseFactor(p);
  p.depth -= 1;
  return { _type: 'UnaryOp', op, operand, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parsePower(p: Parser): expr {
  const sl = p.line, sc = p.col;
  p.push(1);
  const base = parseAtomExpr(p);
  if (p.type !== DOUBLESTAR) {
    p.depth -= 1;
    return base;
  }
  p.next();
  const right = parseFactor(p);
  p.depth -= 1;
  return { _type: 'BinOp', left: base, op: 'Pow', right, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parseAtomExpr(p: Parser): expr {
  const al = p.line, ac = p.col;
  p.push(1);
  const isAwait = p.eat(K_AWAIT);
  const sl = p.line, sc = p.col;
  let e = parseAtom(p);
  for (;;) {
    if (p.type === LPAR) e = parseCall(p, e, sl, sc);
    else if (p.type === LSQB) e = parseSubscript(p, e, sl, sc);
    else if (p.type === DOT) {
      p.next();
      if (p.type !== NAME) p.unexpected();
      const attr = identifier(p);
      p.next();
      e = { _type: 'Attribute', value: e, attr, ctx: 'Load', lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    } else break;
  }
  p.depth -= 1;
  if (!isAwait) return e;
  return { _type: 'Await', value: e, lineno: al, col_offset: ac, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parseAtom(p: Parser): expr {
  p.push(1);
  const e = parseAtomInner(p);
  p.depth -= 1;
  return e;
}

function parseAtomInner(p: Parser): expr {
  const sl = p.line, sc = p.col;
  switch (p.type) {
    case NAME: {
      const id = identifier(p);
      p.next();
      return makeName(id, 'Load', sl, sc, p.endLine, p.endCol);
    }
    case NUMBER: {
      const text = p.value();
      const value = parseNumber(text);
      if (value.kind === 'int') {
        const tooLong = intLiteralLimitMessage(text, p.intMaxStrDigits);
        if (tooLong !== null) p.astError(sl, sc, tooLong);
      }
      p.next();
      return makeConstant(value, null, sl, sc, p.endLine, p.endCol);
    }
    case STRING:
      return parseStrings(p);
    case ELLIPSIS:
      p.next();
      return makeConstant({ kind: 'Ellipsis' }, null, sl, sc, p.endLine, p.endCol);
    case K_NONE:
      p.next();
      return makeConstant({ kind: 'None' }, null, sl, sc, p.endLine, p.endCol);
    case K_TRUE:
    case K_FALSE: {
      const value = p.type === K_TRUE;
      p.next();
      return makeConstant({ kind: 'bool', value }, null, sl, sc, p.endLine, p.endCol);
    }
    case LPAR:
      return parseParenthesized(p);
    case LSQB: {
      p.next();
      if (p.eat(RSQB)) return { _type: 'List', elts: [], ctx: 'Load', lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
      // testlist_comp
      p.push(1);
      const first = p.type === STAR ? parseStarExpr(p) : parseNamedExprTest(p);
      if (p.type === K_FOR || p.type === K_ASYNC) {
        checkCompElement(p, first);
        const generators = parseCompFor(p);
        p.depth -= 1;
        p.expect(RSQB);
        return { _type: 'ListComp', elt: first, generators, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
      }
      const elts = [first];
      parseMoreElements(p, elts, true);
      p.depth -= 1;
      p.expect(RSQB);
      return { _type: 'List', elts, ctx: 'Load', lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    }
    case LBRACE:
      return parseBraces(p);
    default:
      return p.unexpected();
  }
}

function checkCompElement(p: Parser, elt: expr): void {
  if (elt._type === 'Starred') p.astError(elt.lineno, elt.col_offset, 'iterable unpacking cannot be used in comprehension');
}

/** Parses `(',' (namedexpr_test|star_expr))* [',']` after a first element. */
function parseMoreElements(p: Parser, elts: expr[], named: boolean): void {
  while (p.type === COMMA) {
    p.next();
    if (STARTS_TEST_OR_STAR[p.type] === 0) break;
    elts.push(p.type === STAR ? parseStarExpr(p) : named ? parseNamedExprTest(p) : parseTest(p));
  }
}

function parseParenthesized(p: Parser): expr {
  const sl = p.line, sc = p.col;
  p.next();
  if (p.eat(RPAR)) return makeTuple([], 'Load', sl, sc, p.endLine, p.endCol);
  if (p.type === K_YIELD) {
    const y = parseYield(p);
    p.expect(RPAR);
    return y;
  }
  // testlist_comp
  p.push(1);
  const first = p.type === STAR ? parseStarExpr(p) : parseNamedExprTest(p);
  if (p.type === K_FOR || p.type === K_ASYNC) {
    checkCompElement(p, first);
    const generators = parseCompFor(p);
    p.depth -= 1;
    p.expect(RPAR);
    return { _type: 'GeneratorExp', elt: first, generators, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  }
  if (p.type !== COMMA) {
    p.depth -= 1;
    p.expect(RPAR);
    return first;
  }
  const elts = [first];
  parseMoreElements(p, elts, true);
  p.depth -= 1;
  p.expect(RPAR);
  return makeTuple(elts, 'Load', sl, sc, p.endLine, p.endCol);
}

function parseBraces(p: Parser): expr {
  // dictorsetmaker
  p.push(1);
  const e = parseBracesInner(p);
  p.depth -= 1;
  return e;
}

function parseBracesInner(p: Parser): expr {
  const sl = p.line, sc = p.col;
  p.next();
  if (p.eat(RBRACE)) return { _type: 'Dict', keys: [], values: [], lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  // dictorsetmaker
  let firstKey: expr | null;
  let firstValue: expr;
  if (p.type === DOUBLESTAR) {
    p.next();
    firstKey = null;
    firstValue = parseExpr(p);
  } else if (p.type === STAR) {
    return parseSetRest(p, parseStarExpr(p), sl, sc);
  } else {
    const t = parseTest(p);
    if (p.type !== COLON) return parseSetRest(p, t, sl, sc);
    p.next();
    firstKey = t;
    firstValue = parseTest(p);
  }
  if (p.type === K_FOR || p.type === K_ASYNC) {
    if (firstKey === null) p.astError(sl, sc, 'dict unpacking cannot be used in dict comprehension');
    const generators = parseCompFor(p);
    p.expect(RBRACE);
    if (firstKey === null) {
      return { _type: 'Dict', keys: [], values: [], lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    }
    return { _type: 'DictComp', key: firstKey, value: firstValue, generators, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  }
  const keys: (expr | null)[] = [firstKey];
  const values: expr[] = [firstValue];
  while (p.eat(COMMA)) {
    if (p.type === DOUBLESTAR) {
      p.next();
      keys.push(null);
      values.push(parseExpr(p));
    } else if (STARTS_TEST[p.type] === 1) {
      keys.push(parseTest(p));
      p.expect(COLON);
      values.push(parseTest(p));
    } else break;
  }
  p.expect(RBRACE);
  return { _type: 'Dict', keys, values, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parseSetRest(p: Parser, first: expr, sl: number, sc: number): expr {
  if (p.type === K_FOR || p.type === K_ASYNC) {
    checkCompElement(p, first);
    const generators = parseCompFor(p);
    p.expect(RBRACE);
    return { _type: 'SetComp', elt: first, generators, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  }
  const elts = [first];
  parseMoreElements(p, elts, false);
  p.expect(RBRACE);
  return { _type: 'Set', elts, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

/** comp_for: [ASYNC] 'for' exprlist 'in' or_test [comp_iter], with its `if`s. */
export function parseCompFor(p: Parser): comprehension[] {
  const out: comprehension[] = [];
  // Each clause nests in the one before (comp_iter): comp_for, sync_comp_for, then comp_iter and
  // comp_if for each `if`.
  const depth = p.depth;
  while (p.type === K_FOR || p.type === K_ASYNC) {
    p.push(2);
    const isAsync = p.eat(K_ASYNC) ? 1 : 0;
    p.expect(K_FOR);
    const target = parseExprList(p, 'Store');
    p.expect(K_IN);
    const iter = parseOrTest(p);
    const ifs: expr[] = [];
    while (p.type === K_IF) {
      p.push(2);
      p.next();
      ifs.push(parseTestNoCond(p));
    }
    out.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    if (p.type === K_FOR || p.type === K_ASYNC) p.push(1);
  }
  p.depth = depth;
  return out;
}

/**
 * exprlist: (expr|star_expr) (',' (expr|star_expr))* [','] as a target in `ctx`.
 * @returns The single target, or a Tuple spanning the list.
 */
export function parseExprList(p: Parser, ctx: 'Store' | 'Del'): expr {
  const sl = p.line, sc = p.col;
  const elts: expr[] = [];
  let commas = false;
  p.push(1);
  for (;;) {
    const el = p.line, ec = p.col;
    const e = p.type === STAR ? parseStarExpr(p) : parseExpr(p);
    elts.push(setContext(p, e, ctx, el, ec));
    if (p.type !== COMMA) break;
    commas = true;
    p.next();
    if (STARTS_EXPR_OR_STAR[p.type] === 0) break;
  }
  p.depth -= 1;
  if (!commas) return elts[0] ?? p.unexpected();
  return makeTuple(elts, ctx, sl, sc, p.endLine, p.endCol);
}

/**
 * testlist / testlist_star_expr / exprlist-like lists in Load context: one element, or a Tuple
 * spanning them (trailing comma included).
 * @param star - Whether `*expr` elements are allowed.
 */
export function parseTestList(p: Parser, star: boolean): expr {
  const sl = p.line, sc = p.col;
  p.push(1);
  const first = star && p.type === STAR ? parseStarExpr(p) : parseTest(p);
  if (p.type !== COMMA) {
    p.depth -= 1;
    return first;
  }
  const elts = [first];
  const starts = star ? STARTS_TEST_OR_STAR : STARTS_TEST;
  while (p.type === COMMA) {
    p.next();
    if (starts[p.type] === 0) break;
    elts.push(star && p.type === STAR ? parseStarExpr(p) : parseTest(p));
  }
  p.depth -= 1;
  return makeTuple(elts, 'Load', sl, sc, p.endLine, p.endCol);
}

/** yield_expr: 'yield' ['from' test | testlist_star_expr] */
export function parseYield(p: Parser): expr {
  const sl = p.line, sc = p.col;
  p.next();
  // yield_expr, yield_arg
  p.push(2);
  if (p.eat(K_FROM)) {
    const value = parseTest(p);
    p.depth -= 2;
    return { _type: 'YieldFrom', value, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  }
  const value = STARTS_TEST_OR_STAR[p.type] === 1 ? parseTestList(p, true) : null;
  p.depth -= 2;
  return { _type: 'Yield', value, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parseSubscript(p: Parser, value: expr, sl: number, sc: number): expr {
  p.next();
  // trailer, subscriptlist
  p.push(2);
  const ll = p.line, lc = p.col;
  const dims: slice[] = [];
  let commas = false;
  for (;;) {
    dims.push(parseSliceItem(p));
    if (p.type !== COMMA) break;
    commas = true;
    p.next();
    if (STARTS_TEST[p.type] === 0 && p.type !== COLON) break;
  }
  const listEndLine = p.endLine, listEndCol = p.endCol;
  p.depth -= 2;
  p.expect(RSQB);
  let sl2: slice;
  const only = dims[0];
  if (!commas && only !== undefined) sl2 = only;
  else if (dims.every((d) => d._type === 'Index')) {
    const elts = dims.map((d) => (d as { value: expr }).value);
    sl2 = { _type: 'Index', value: makeTuple(elts, 'Load', ll, lc, listEndLine, listEndCol) };
  } else sl2 = { _type: 'ExtSlice', dims };
  return { _type: 'Subscript', value, slice: sl2, ctx: 'Load', lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parseSliceItem(p: Parser): slice {
  let lower: expr | null = null;
  p.push(1);
  if (p.type !== COLON) {
    const t = parseTest(p);
    if (p.type !== COLON) {
      p.depth -= 1;
      return { _type: 'Index', value: t };
    }
    lower = t;
  }
  p.next();
  let upper: expr | null = null;
  let step: expr | null = null;
  if (STARTS_TEST[p.type] === 1) upper = parseTest(p);
  if (p.eat(COLON) && STARTS_TEST[p.type] === 1) {
    // sliceop
    p.push(1);
    step = parseTest(p);
    p.depth -= 1;
  }
  p.depth -= 1;
  return { _type: 'Slice', lower, upper, step };
}

/**
 * A call's argument list (the current token is `(`): see {@link parseCallArguments}.
 * @param p - The parser.
 * @param func - The callee.
 * @param sl - Start line of the call.
 * @param sc - Start column of the call.
 * @param allowGen - Whether a lone generator argument is allowed (not in class bases).
 */
export function parseCall(p: Parser, func: expr, sl: number, sc: number, allowGen = true): Call {
  return parseCallArguments(p, func, sl, sc, allowGen, CALL_PARSERS);
}

const CALL_PARSERS: CallParsers = { parseTest, parseCompFor, makeNamedExpr, checkCompElement };
