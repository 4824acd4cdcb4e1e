/**
 * Statements and blocks: the statement dispatch, suites (indented blocks), and the compound
 * statements if/while/for/try/with/def/class, decorators and the async forms. A compound
 * statement ends where the last statement of its last block ends.
 * Mirrors CPython 3.8 Grammar/Grammar `stmt`, `compound_stmt`, `suite` and Python/ast.c
 * `ast_for_if_stmt`, `ast_for_try_stmt`, `ast_for_funcdef_impl`, `ast_for_classdef`,
 * `ast_for_decorated`, `ast_for_with_stmt`, `ast_for_for_stmt`.
 * @module
 */
import type { ExceptHandler, expr, keyword, stmt, withitem } from './ast.ts';
import {
  AT, COLON, COMMA, DEDENT, DOT, INDENT, K_AS, K_ASYNC, K_CLASS, K_DEF, K_ELIF, K_ELSE, K_EXCEPT,
  K_FINALLY, K_FOR, K_IF, K_IN, K_TRY, K_WHILE, K_WITH, LPAR, NAME, NEWLINE, RARROW, RPAR,
} from '../tokenizer/token-kind.ts';
import type { Parser } from './parser-state.ts';
import {
  identifier, parseCall, parseExpr, parseExprList, parseNamedExprTest, parseTest, parseTestList,
} from './expressions.ts';
import { parseParameters } from './arguments.ts';
import { parseSimpleStatement } from './statements.ts';
import { makeName } from './node-helpers.ts';
import { forbiddenName, setContext } from './targets.ts';

/** The tokens a compound statement starts with. */
export const COMPOUND_STARTS: ReadonlySet<number> = new Set([K_IF, K_WHILE, K_FOR, K_TRY, K_WITH, K_DEF, K_CLASS, AT, K_ASYNC]);

/**
 * stmt: simple_stmt | compound_stmt
 * @param p - The parser, at the statement's first token.
 * @param out - Where the parsed statements go.
 */
export function parseStatement(p: Parser, out: stmt[]): void {
  // stmt, and compound_stmt with the statement's own rule (if_stmt, funcdef, ...)
  const rules = COMPOUND_STARTS.has(p.type) ? 3 : 1;
  p.push(rules);
  parseStatementInner(p, out);
  p.depth -= rules;
}

function parseStatementInner(p: Parser, out: stmt[]): void {
  switch (p.type) {
    case K_IF: out.push(parseIf(p)); return;
    case K_WHILE: out.push(parseWhile(p)); return;
    case K_FOR: out.push(parseFor(p, false, p.line, p.col)); return;
    case K_TRY: out.push(parseTry(p)); return;
    case K_WITH: out.push(parseWith(p, false, p.line, p.col)); return;
    case K_DEF: out.push(parseFuncDef(p, [], false, p.line, p.col)); return;
    case K_CLASS: out.push(parseClassDef(p, [])); return;
    case AT: out.push(parseDecorated(p)); return;
    case K_ASYNC: out.push(parseAsync(p, [])); return;
    default:
      for (const s of parseSimpleStatement(p)) out.push(s);
  }
}

/** suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT */
function parseSuite(p: Parser): stmt[] {
  const body: stmt[] = [];
  p.push(1);
  if (p.type !== NEWLINE) {
    const line = parseSimpleStatement(p);
    p.depth -= 1;
    return line;
  }
  p.next();
  if (p.type !== INDENT) p.unexpected(true);
  p.next();
  do parseStatement(p, body);
  while (p.type !== DEDENT);
  p.depth -= 1;
  p.next();
  return body;
}

function blockEnd(p: Parser, body: readonly stmt[]): { end_lineno: number; end_col_offset: number } {
  const last = body[body.length - 1];
  if (last === undefined) return { end_lineno: p.endLine, end_col_offset: p.endCol };
  return { end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
}

function parseIf(p: Parser): stmt {
  const sl = p.line, sc = p.col;
  p.next();
  const test = parseNamedExprTest(p);
  p.expect(COLON);
  const body = parseSuite(p);
  let orelse: stmt[] = [];
  if (p.type === K_ELIF) orelse = [parseIf(p)];
  else if (p.eat(K_ELSE)) {
    p.expect(COLON);
    orelse = parseSuite(p);
  }
  return { _type: 'If', test, body, orelse, lineno: sl, col_offset: sc, ...blockEnd(p, orelse.length > 0 ? orelse : body) };
}

function parseElse(p: Parser): stmt[] {
  if (!p.eat(K_ELSE)) return [];
  p.expect(COLON);
  return parseSuite(p);
}

function parseWhile(p: Parser): stmt {
  const sl = p.line, sc = p.col;
  p.next();
  const test = parseNamedExprTest(p);
  p.expect(COLON);
  const body = parseSuite(p);
  const orelse = parseElse(p);
  return { _type: 'While', test, body, orelse, lineno: sl, col_offset: sc, ...blockEnd(p, orelse.length > 0 ? orelse : body) };
}

function parseFor(p: Parser, isAsync: boolean, sl: number, sc: number): stmt {
  p.next();
  const target = parseExprList(p, 'Store');
  p.expect(K_IN);
  const iter = parseTestList(p, false);
  p.expect(COLON);
  const body = parseSuite(p);
  const orelse = parseElse(p);
  const end = blockEnd(p, orelse.length > 0 ? orelse : body);
  return isAsync
    ? { _type: 'AsyncFor', target, iter, body, orelse, type_comment: null, lineno: sl, col_offset: sc, ...end }
    : { _type: 'For', target, iter, body, orelse, type_comment: null, lineno: sl, col_offset: sc, ...end };
}

function parseTry(p: Parser): stmt {
  const sl = p.line, sc = p.col;
  p.next();
  p.expect(COLON);
  const body = parseSuite(p);
  const handlers: ExceptHandler[] = [];
  while (p.type === K_EXCEPT) {
    const hl = p.line, hc = p.col;
    p.next();
    let type: expr | null = null;
    let name: string | null = null;
    if (p.type !== COLON) {
      // CPython checks the bound name before converting the exception type.
      const saved = p.takeDeferred();
      type = parseTest(p);
      const typeError = p.takeDeferred();
      p.deferred = saved;
      if (p.eat(K_AS)) {
        if (p.type !== NAME) p.unexpected();
        const nl = p.line, nc = p.col;
        name = identifier(p);
        p.next();
        forbiddenName(p, name, nl, nc, false);
      }
      if (typeError !== null) p.deferDiagnostic(typeError);
    }
    p.expect(COLON);
    const hbody = parseSuite(p);
    handlers.push({ _type: 'ExceptHandler', type, name, body: hbody, lineno: hl, col_offset: hc, ...blockEnd(p, hbody) });
  }
  let orelse: stmt[] = [];
  let finalbody: stmt[] = [];
  if (handlers.length > 0) orelse = parseElse(p);
  if (handlers.length === 0 || p.type === K_FINALLY) {
    p.expect(K_FINALLY);
    p.expect(COLON);
    finalbody = parseSuite(p);
  }
  const lastHandler = handlers[handlers.length - 1];
  const end = finalbody.length > 0 ? blockEnd(p, finalbody) : orelse.length > 0 ? blockEnd(p, orelse)
    : lastHandler !== undefined ? { end_lineno: lastHandler.end_lineno, end_col_offset: lastHandler.end_col_offset } : blockEnd(p, body);
  return { _type: 'Try', body, handlers, orelse, finalbody, lineno: sl, col_offset: sc, ...end };
}

function parseWith(p: Parser, isAsync: boolean, sl: number, sc: number): stmt {
  p.next();
  const items: withitem[] = [];
  for (;;) {
    const il = p.line, ic = p.col;
    const contextExpr = parseTest(p);
    let optionalVars: expr | null = null;
    if (p.eat(K_AS)) optionalVars = setContext(p, parseExpr(p), 'Store', il, ic);
    items.push({ _type: 'withitem', context_expr: contextExpr, optional_vars: optionalVars });
    if (!p.eat(COMMA)) break;
  }
  p.expect(COLON);
  const body = parseSuite(p);
  const end = blockEnd(p, body);
  return isAsync
    ? { _type: 'AsyncWith', items, body, type_comment: null, lineno: sl, col_offset: sc, ...end }
    : { _type: 'With', items, body, type_comment: null, lineno: sl, col_offset: sc, ...end };
}

function parseFuncDef(p: Parser, decorators: expr[], isAsync: boolean, sl: number, sc: number): stmt {
  p.next();
  if (p.type !== NAME) p.unexpected();
  const nl = p.line, nc = p.col;
  const name = identifier(p);
  p.next();
  forbiddenName(p, name, nl, nc, false);
  p.expect(LPAR);
  const args = p.type === RPAR
    ? { _type: 'arguments' as const, posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] }
    : parseParameters(p, true, parseTest);
  p.expect(RPAR);
  const returns = p.eat(RARROW) ? parseTest(p) : null;
  p.expect(COLON);
  const body = parseSuite(p);
  const end = blockEnd(p, body);
  return isAsync
    ? { _type: 'AsyncFunctionDef', name, args, body, decorator_list: decorators, returns, type_comment: null, lineno: sl, col_offset: sc, ...end }
    : { _type: 'FunctionDef', name, args, body, decorator_list: decorators, returns, type_comment: null, lineno: sl, col_offset: sc, ...end };
}

function parseClassDef(p: Parser, decorators: expr[]): stmt {
  const sl = p.line, sc = p.col;
  p.next();
  if (p.type !== NAME) p.unexpected();
  const nl = p.line, nc = p.col;
  const name = identifier(p);
  p.next();
  let bases: readonly expr[] = [];
  let keywords: readonly keyword[] = [];
  // CPython checks the name against the node after it in its CST: the NAME itself when there are
  // arguments, the ')' of empty parentheses, the suite when there are none (ast_for_classdef).
  let cl = nl, cc = nc;
  if (p.type === LPAR) {
    const dummy = makeName(name, 'Load', sl, sc, p.endLine, p.endCol);
    const call = parseCall(p, dummy, sl, sc, false);
    bases = call.args;
    keywords = call.keywords;
    if (bases.length === 0 && keywords.length === 0) {
      cl = p.endLine;
      cc = p.endCol - 1;
    }
    p.expect(COLON);
  } else {
    p.expect(COLON);
    cl = p.line;
    cc = p.col;
  }
  forbiddenName(p, name, cl, cc, false);
  const body = parseSuite(p);
  return { _type: 'ClassDef', name, bases, keywords, body, decorator_list: decorators, lineno: sl, col_offset: sc, ...blockEnd(p, body) };
}

function parseDecorated(p: Parser): stmt {
  const decorators: expr[] = [];
  while (p.type === AT) {
    p.next();
    const dl = p.line, dc = p.col;
    if (p.type !== NAME) p.unexpected();
    let e: expr = makeName(identifier(p), 'Load', dl, dc, p.tok.endLineno, p.tok.endColOffset);
    p.next();
    while (p.type === DOT) {
      p.next();
      if (p.type !== NAME) p.unexpected();
      const attr = identifier(p);
      p.next();
      e = { _type: 'Attribute', value: e, attr, ctx: 'Load', lineno: dl, col_offset: dc, end_lineno: p.endLine, end_col_offset: p.endCol };
    }
    if (p.type === LPAR) e = parseCall(p, e, dl, dc);
    p.expect(NEWLINE);
    decorators.push(e);
  }
  if (p.type === K_DEF) return parseFuncDef(p, decorators, false, p.line, p.col);
  if (p.type === K_CLASS) return parseClassDef(p, decorators);
  if (p.type === K_ASYNC) return parseAsync(p, decorators, true);
  return p.unexpected();
}

function parseAsync(p: Parser, decorators: expr[], defOnly = false): stmt {
  const sl = p.line, sc = p.col;
  p.next();
  if (p.type === K_DEF) return parseFuncDef(p, decorators, true, sl, sc);
  if (!defOnly && p.type === K_WITH) return parseWith(p, true, sl, sc);
  if (!defOnly && p.type === K_FOR) return parseFor(p, true, sl, sc);
  return p.unexpected();
}
