/**
 * Simple statements: one logical line of `;`-separated small statements (expression statements,
 * assignments of every kind, del, pass, flow control, import, global/nonlocal, assert).
 * Mirrors CPython 3.8 Grammar/Grammar `simple_stmt`/`small_stmt` and Python/ast.c
 * `ast_for_expr_stmt`, `ast_for_del_stmt`, `ast_for_flow_stmt`, `ast_for_import_stmt` and
 * friends.
 * @module
 */
import type { alias, expr, stmt } from './ast.ts';
import {
  AUGASSIGN_OP, COLON, COMMA, DOT, ELLIPSIS, EQUAL, K_AS, K_ASSERT, K_BREAK, K_CONTINUE, K_DEL, K_FROM,
  K_GLOBAL, K_IMPORT, K_NONLOCAL, K_PASS, K_RAISE, K_RETURN, K_YIELD, LPAR, NAME, NEWLINE, RPAR, SEMI, STAR,
} from '../tokenizer/token-kind.ts';
import type { Parser } from './parser-state.ts';
import {
  identifier, parseExpr, parseStarExpr, parseTest, parseTestList, parseYield,
} from './expressions.ts';
import { STARTS_EXPR_OR_STAR, STARTS_TEST, STARTS_TEST_OR_STAR } from './first-sets.ts';
import { forbiddenName, setContext } from './targets.ts';
import { normalizeIdentifier } from '../tokenizer/identifier.ts';

/**
 * simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE
 * @param p - The parser, at the first token of the line.
 * @returns The statements of the line.
 */
export function parseSimpleStatement(p: Parser): stmt[] {
  const out: stmt[] = [];
  // simple_stmt, small_stmt
  p.push(2);
  for (;;) {
    out.push(parseSmallStatement(p));
    if (p.type !== SEMI) break;
    p.next();
    if (p.type === NEWLINE) break;
  }
  p.depth -= 2;
  p.expect(NEWLINE);
  return out;
}

// The rule of each kind of small statement (expr_stmt, flow_stmt with return_stmt, ...).
function parseSmallStatement(p: Parser): stmt {
  const rules = p.type === K_RETURN || p.type === K_RAISE ? 2 : 1;
  p.push(rules);
  const s = parseSmallStatementInner(p);
  p.depth -= rules;
  return s;
}

function parseSmallStatementInner(p: Parser): stmt {
  const sl = p.line, sc = p.col;
  switch (p.type) {
    case K_PASS:
      p.next();
      return { _type: 'Pass', lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    case K_BREAK:
      p.next();
      return { _type: 'Break', lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    case K_CONTINUE:
      p.next();
      return { _type: 'Continue', lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    case K_RETURN: {
      p.next();
      const value = STARTS_TEST_OR_STAR[p.type] === 1 ? parseTestList(p, true) : null;
      return { _type: 'Return', value, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    }
    case K_RAISE: {
      p.next();
      let exc: expr | null = null;
      let cause: expr | null = null;
      if (STARTS_TEST[p.type] === 1) {
        exc = parseTest(p);
        if (p.eat(K_FROM)) cause = parseTest(p);
      }
      return { _type: 'Raise', exc, cause, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    }
    case K_DEL: {
      p.next();
      const targets: expr[] = [];
      for (;;) {
        const el = p.line, ec = p.col;
        const e = p.type === STAR ? parseStarExpr(p) : parseExpr(p);
        targets.push(setContext(p, e, 'Del', el, ec));
        if (p.type !== COMMA) break;
        p.next();
        if (STARTS_EXPR_OR_STAR[p.type] === 0) break;
      }
      return { _type: 'Delete', targets, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    }
    case K_GLOBAL:
    case K_NONLOCAL: {
      const isGlobal = p.type === K_GLOBAL;
      p.next();
      const names: string[] = [];
      for (;;) {
        if (p.type !== NAME) p.unexpected();
        names.push(identifier(p));
        p.next();
        if (!p.eat(COMMA)) break;
      }
      return isGlobal
        ? { _type: 'Global', names, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol }
        : { _type: 'Nonlocal', names, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    }
    case K_ASSERT: {
      p.next();
      const test = parseTest(p);
      const msg = p.eat(COMMA) ? parseTest(p) : null;
      return { _type: 'Assert', test, msg, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
    }
    case K_IMPORT:
      return parseImport(p);
    case K_FROM:
      return parseImportFrom(p);
    default:
      return parseExprStatement(p);
  }
}

// dotted_name as an alias name: a single NAME is an identifier (normalised); CPython joins the
// raw spellings of a longer name (alias_for_import_name).
function parseDottedName(p: Parser): string {
  if (p.type !== NAME) p.unexpected();
  const first = p.value();
  p.next();
  if (p.type !== DOT) return normalizeIdentifier(first);
  let name = first;
  while (p.type === DOT) {
    p.next();
    if (p.type !== NAME) p.unexpected();
    name += '.' + p.value();
    p.next();
  }
  return name;
}

// The NAME after `as`, which is bound.
function parseAsName(p: Parser): string {
  if (p.type !== NAME) p.unexpected();
  const sl = p.line, sc = p.col;
  const asname = identifier(p);
  p.next();
  forbiddenName(p, asname, sl, sc, false);
  return asname;
}

function parseImport(p: Parser): stmt {
  const sl = p.line, sc = p.col;
  p.next();
  const names: alias[] = [];
  for (;;) {
    // A lone name without `as` is bound, so it is checked; a dotted one binds its first part.
    const nl = p.line, nc = p.col;
    const name = parseDottedName(p);
    const asname = p.eat(K_AS) ? parseAsName(p) : null;
    if (asname === null && !name.includes('.')) forbiddenName(p, name, nl, nc, false);
    names.push({ _type: 'alias', name, asname });
    if (!p.eat(COMMA)) break;
  }
  return { _type: 'Import', names, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

function parseImportFrom(p: Parser): stmt {
  const sl = p.line, sc = p.col;
  p.next();
  let level = 0;
  for (;;) {
    if (p.type === DOT) level += 1;
    else if (p.type === ELLIPSIS) level += 3;
    else break;
    p.next();
  }
  let module: string | null = null;
  if (level === 0 || p.type === NAME) module = parseDottedName(p);
  p.expect(K_IMPORT);
  const names: alias[] = [];
  if (p.type === STAR) {
    p.next();
    names.push({ _type: 'alias', name: '*', asname: null });
  } else {
    const parens = p.eat(LPAR);
    const nl = p.line, nc = p.col;
    let trailingComma: boolean;
    for (;;) {
      if (p.type !== NAME) p.unexpected();
      const al = p.line, ac = p.col;
      const name = identifier(p);
      p.next();
      const asname = p.eat(K_AS) ? parseAsName(p) : null;
      if (asname === null) forbiddenName(p, name, al, ac, false);
      names.push({ _type: 'alias', name, asname });
      trailingComma = p.eat(COMMA);
      if (!trailingComma) break;
      if (p.type !== NAME) break;
    }
    if (parens) p.expect(RPAR);
    else if (trailingComma) p.astError(nl, nc, 'trailing comma not allowed without surrounding parentheses');
  }
  return { _type: 'ImportFrom', module, names, level, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}

// expr_stmt: testlist_star_expr (annassign | augassign (yield_expr|testlist) |
//            [('=' (yield_expr|testlist_star_expr))+])
function parseExprStatement(p: Parser): stmt {
  const sl = p.line, sc = p.col;
  const startsWithParen = p.type === LPAR;
  if (p.type === K_YIELD) {
    // yield_stmt: nothing may follow it on the line but `;` or NEWLINE.
    const value = parseYield(p);
    return { _type: 'Expr', value, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  }
  const first = parseTestList(p, true);
  const aug = AUGASSIGN_OP[p.type] ?? null;
  if (aug !== null) {
    const target = setContext(p, first, 'Store', sl, sc);
    if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
      p.astError(sl, sc, 'illegal expression for augmented assignment');
    }
    p.next();
    const value = p.type === K_YIELD ? parseYield(p) : parseTestList(p, false);
    return { _type: 'AugAssign', target, op: aug, value, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  }
  if (p.type === COLON) {
    let target: expr = first;
    if (first._type === 'Name') {
      forbiddenName(p, first.id, sl, sc, false);
      target = { ...first, ctx: 'Store' };
    } else if (first._type === 'Attribute') {
      forbiddenName(p, first.attr, sl, sc, true);
      target = { ...first, ctx: 'Store' };
    } else if (first._type === 'Subscript') target = { ...first, ctx: 'Store' };
    else if (first._type === 'List') p.astError(sl, sc, 'only single target (not list) can be annotated');
    else if (first._type === 'Tuple') p.astError(sl, sc, 'only single target (not tuple) can be annotated');
    else p.astError(sl, sc, 'illegal target for annotation');
    p.next();
    const annotation = parseTest(p);
    let value: expr | null = null;
    if (p.eat(EQUAL)) value = p.type === K_YIELD ? parseYield(p) : parseTestList(p, true);
    const simple = first._type === 'Name' && !startsWithParen ? 1 : 0;
    return { _type: 'AnnAssign', target, annotation, value, simple, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  }
  if (p.type !== EQUAL) {
    return { _type: 'Expr', value: first, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  }
  // Each target is checked when its `=` is seen, before the parts to its right: CPython's
  // ast_for_expr_stmt converts all targets before the value, so their errors come first.
  const targets: expr[] = [];
  let value: expr = first;
  let vl = sl, vc = sc, bareYield = false;
  while (p.type === EQUAL) {
    if (bareYield) {
      p.astError(vl, vc, 'assignment to yield expression not possible');
      targets.push(value);
    } else targets.push(setContext(p, value, 'Store', vl, vc));
    p.next();
    vl = p.line;
    vc = p.col;
    bareYield = p.type === K_YIELD;
    value = bareYield ? parseYield(p) : parseTestList(p, true);
  }
  return { _type: 'Assign', targets, value, type_comment: null, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
}
