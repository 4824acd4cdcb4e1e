/**
 * Call arguments: `arglist` parsed into positional, starred, keyword and `**` arguments, a lone
 * generator argument, and the checks CPython makes on them ("positional argument follows keyword
 * argument", "keyword argument repeated", "Generator expression must be parenthesized", ...).
 * Mirrors CPython 3.8 Grammar/Grammar `arglist`/`argument` and Python/ast.c `ast_for_call`.
 * @module
 */
import type { Call, Starred, comprehension, expr, keyword } from './ast.ts';
import { COLONEQUAL, COMMA, DOUBLESTAR, EQUAL, K_ASYNC, K_FALSE, K_FOR, K_NONE, K_TRUE, NAME, RPAR, STAR } from '../tokenizer/token-kind.ts';
import { normalizeIdentifier } from '../tokenizer/identifier.ts';
import { utf8Length } from '../source/utf8.ts';
import type { Parser } from './parser-state.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { forbiddenName } from './targets.ts';

/** The expression parsers an argument list is made of (passed in to keep modules acyclic). */
export interface CallParsers {
  parseTest(p: Parser): expr;
  parseCompFor(p: Parser): comprehension[];
  makeNamedExpr(p: Parser, target: expr, value: expr, sl: number, sc: number): expr;
  checkCompElement(p: Parser, elt: expr): void;
}

/** One parsed `argument` before ast_for_call's checks. */
interface RawArg {
  kind: 'pos' | 'gen' | 'star' | 'dstar' | 'named' | 'kw';
  line: number;
  col: number;
  value: expr;
  /** For `kw`: the keyword name when the left side was a bare NAME, else null. */
  name: string | null;
  /** For `gen`: the comprehension clauses. */
  generators: comprehension[] | null;
  /** The first AST error inside the argument, replayed in CPython's order (see below). */
  inner: Diagnostic | null;
}

/**
 * arglist between parentheses (the current token is `(`), checked as `ast_for_call` checks it.
 * @param p - The parser.
 * @param func - The callee.
 * @param sl - Start line of the call.
 * @param sc - Start column of the call.
 * @param allowGen - Whether a lone generator argument is allowed (not in class bases).
 * @param x - The expression parsers arguments are made of.
 */
export function parseCallArguments(p: Parser, func: expr, sl: number, sc: number, allowGen: boolean, x: CallParsers): Call {
  const ol = p.line, oc = p.col;
  p.next();
  // trailer (class bases have none), arglist
  const rules = allowGen ? 2 : 1;
  p.push(rules);
  const raw: RawArg[] = [];
  let children = 0;
  // ast_for_call checks generator arguments before converting any argument, then converts the
  // arguments in order, checking each one first; errors inside an argument are therefore held
  // back here and replayed in that order.
  while (p.type !== RPAR) {
    const saved = p.takeDeferred();
    const arg = parseArgument(p, x);
    arg.inner = p.takeDeferred();
    p.deferred = saved;
    raw.push(arg);
    children++;
    if (p.type !== COMMA) break;
    p.next();
    children++;
  }
  p.depth -= rules;
  p.expect(RPAR);
  const cl = p.endLine, cc = p.endCol;
  const args: expr[] = [];
  const keywords: keyword[] = [];
  for (const a of raw) {
    if (a.kind !== 'gen') continue;
    if (!allowGen) p.astError(a.line, a.col, 'invalid syntax');
    else if (children > 1) p.astError(a.line, a.col, 'Generator expression must be parenthesized');
  }
  const parens: Parens = { ol, oc, cl, cc };
  let nkeywords = 0;
  let ndoublestars = 0;
  for (const a of raw) {
    argumentChecks(p, a, args, keywords, nkeywords, ndoublestars, parens);
    if (a.inner !== null) p.deferDiagnostic(a.inner);
    if (a.kind === 'dstar') ndoublestars++;
    if (a.kind === 'dstar' || a.kind === 'kw') nkeywords++;
  }
  return { _type: 'Call', func, args, keywords, lineno: sl, col_offset: sc, end_lineno: cl, end_col_offset: cc };
}

/** Where a lone generator argument is placed: from the call's `(` to its `)`. */
interface Parens {
  ol: number;
  oc: number;
  cl: number;
  cc: number;
}

// The checks ast_for_call makes on one argument before converting it; files the argument in the
// call's args or keywords.
function argumentChecks(p: Parser, a: RawArg, args: expr[], keywords: keyword[], nkeywords: number, ndoublestars: number, at: Parens): void {
  switch (a.kind) {
    case 'pos':
    case 'named':
      if (nkeywords > 0) {
        p.astError(a.line, a.col, ndoublestars > 0 ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
      }
      args.push(a.value);
      return;
    case 'star':
      if (ndoublestars > 0) p.astError(a.line, a.col, 'iterable argument unpacking follows keyword argument unpacking');
      args.push(a.value);
      return;
    case 'dstar':
      keywords.push({ _type: 'keyword', arg: null, value: a.value });
      return;
    case 'gen':
      args.push({ _type: 'GeneratorExp', elt: a.value, generators: a.generators ?? [], lineno: at.ol, col_offset: at.oc, end_lineno: at.cl, end_col_offset: at.cc });
      return;
    case 'kw': {
      if (a.name === null) {
        p.astError(a.line, a.col, 'expression cannot contain assignment, perhaps you meant "=="?');
        return;
      }
      const name = a.name;
      if (!forbiddenName(p, name, a.line, a.col, true) && keywords.some((k) => k.arg === name)) {
        p.astError(a.line, a.col, 'keyword argument repeated');
      }
      keywords.push({ _type: 'keyword', arg: name, value: a.value });
    }
  }
}

// argument
function parseArgument(p: Parser, x: CallParsers): RawArg {
  p.push(1);
  const a = parseArgumentInner(p, x);
  p.depth -= 1;
  return a;
}

function parseArgumentInner(p: Parser, x: CallParsers): RawArg {
  const sl = p.line, sc = p.col;
  if (p.type === STAR || p.type === DOUBLESTAR) {
    const star = p.type === STAR;
    p.next();
    const v = x.parseTest(p);
    if (!star) return { kind: 'dstar', line: sl, col: sc, value: v, name: null, generators: null, inner: null };
    const value: Starred = { _type: 'Starred', value: v, ctx: 'Load', lineno: sl, col_offset: sc, end_lineno: v.end_lineno, end_col_offset: v.end_col_offset };
    return { kind: 'star', line: sl, col: sc, value, name: null, generators: null, inner: null };
  }
  const startType = p.type;
  const startCol = p.col;
  const nameText = startType === NAME || startType === K_TRUE || startType === K_FALSE || startType === K_NONE ? p.value() : null;
  const t = x.parseTest(p);
  if (p.type === K_FOR || p.type === K_ASYNC) {
    x.checkCompElement(p, t);
    const generators = x.parseCompFor(p);
    return { kind: 'gen', line: sl, col: sc, value: t, name: null, generators, inner: null };
  }
  if (p.type === COLONEQUAL) {
    p.next();
    const value = x.parseTest(p);
    return { kind: 'named', line: sl, col: sc, value: x.makeNamedExpr(p, t, value, sl, sc), name: null, generators: null, inner: null };
  }
  if (p.type === EQUAL) {
    // The keyword must be a lone NAME token: the test spans exactly that token.
    const bare = nameText !== null && p.endLine === sl && p.endCol === startCol + utf8Length(nameText) ? normalizeIdentifier(nameText) : null;
    // CPython never converts the left side, so errors found inside it do not count.
    p.takeDeferred();
    p.next();
    const value = x.parseTest(p);
    return { kind: 'kw', line: sl, col: sc, value, name: bare, generators: null, inner: null };
  }
  return { kind: 'pos', line: sl, col: sc, value: t, name: null, generators: null, inner: null };
}
