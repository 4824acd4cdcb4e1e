/**
 * Parameter lists of `def` (typedargslist, with annotations) and `lambda` (varargslist):
 * positional-only `/`, `*args`, keyword-only parameters, `**kwargs`, defaults, and their errors.
 * Mirrors CPython 3.8 Grammar/Grammar `typedargslist`/`varargslist` and Python/ast.c
 * `ast_for_arguments`, `handle_keywordonly_args` and `ast_for_arg`.
 * @module
 */
import type { arg, arguments as Arguments, expr } from './ast.ts';
import { COLON, COMMA, DOUBLESTAR, EQUAL, NAME, RPAR, SLASH, STAR } from '../tokenizer/token-kind.ts';
import { normalizeIdentifier } from '../tokenizer/identifier.ts';
import type { Parser } from './parser-state.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { forbiddenName } from './targets.ts';

/**
 * Parses a parameter list up to (not including) `)` (typed) or `:` (lambda).
 * @param p - The parser, at the first parameter.
 * @param typed - True for `def` parameters (annotations allowed).
 * @param parseTest - The `test` parser (passed in to keep modules acyclic).
 * @returns The arguments node.
 */
export function parseParameters(p: Parser, typed: boolean, parseTest: (p: Parser) => expr): Arguments {
  const end = typed ? RPAR : COLON;
  const listLine = p.line, listCol = p.col;
  let posonlyargs: arg[] = [];
  let args: arg[] = [];
  const defaults: expr[] = [];
  let vararg: arg | null = null;
  const kwonlyargs: arg[] = [];
  const kwDefaults: (expr | null)[] = [];
  let kwarg: arg | null = null;
  let seenSlash = false;
  let seenStar = false;
  let foundDefault = false;
  let bareStar: { line: number; col: number } | null = null;
  let bareStarFollower: { line: number; col: number } | null = null;
  let reportedDefault = false;
  let beforeBareStar: Diagnostic | null = null;
  for (;;) {
    if (p.type === NAME) {
      // CPython converts a default before its parameter (name check, annotation), so errors in
      // the default come first: hold both back and replay them in that order.
      const saved = p.takeDeferred();
      const { node, nameLine, nameCol, nameEndLine, nameEndCol } = parseOneArg(p, typed, parseTest);
      const argError = p.takeDeferred();
      let dflt: expr | null = null;
      if (p.eat(EQUAL)) dflt = parseTest(p);
      const defaultError = p.takeDeferred();
      p.deferred = saved;
      if (defaultError !== null) p.deferDiagnostic(defaultError);
      if (!seenStar && dflt === null && foundDefault && !reportedDefault) {
        reportedDefault = true;
        p.astError(listLine, listCol, 'non-default argument follows default argument');
      }
      if (argError !== null) p.deferDiagnostic(argError);
      if (!seenStar) {
        if (dflt !== null) {
          defaults.push(dflt);
          foundDefault = true;
        }
        args.push(node);
      } else {
        // Keyword-only parameters are located at their NAME alone.
        kwonlyargs.push({ ...node, lineno: nameLine, col_offset: nameCol, end_lineno: nameEndLine, end_col_offset: nameEndCol });
        kwDefaults.push(dflt);
      }
    } else if (p.type === SLASH) {
      if (seenSlash || seenStar || args.length === 0) p.unexpected();
      p.next();
      seenSlash = true;
      posonlyargs = args;
      args = [];
    } else if (p.type === STAR) {
      if (seenStar) p.unexpected();
      const sl = p.line, sc = p.col;
      p.next();
      seenStar = true;
      if (p.type === NAME) vararg = parseOneArg(p, typed, parseTest).node;
      else {
        bareStar = { line: sl, col: sc };
        // CPython reports a bare `*` without keyword-only parameters before converting what
        // follows it: hold later errors back until that is known.
        beforeBareStar = p.takeDeferred();
        if (p.type !== COMMA) break;
      }
    } else if (p.type === DOUBLESTAR) {
      if (bareStar !== null && kwonlyargs.length === 0) bareStarFollower = { line: p.line, col: p.col };
      p.next();
      if (p.type !== NAME) p.unexpected();
      kwarg = parseOneArg(p, typed, parseTest).node;
      p.eat(COMMA);
      break;
    } else p.unexpected();
    if (p.type !== COMMA) break;
    p.next();
    if (p.type === end) break;
  }
  if (bareStar !== null) {
    const after = p.takeDeferred();
    p.deferred = beforeBareStar;
    if (kwonlyargs.length === 0) {
      const at = bareStarFollower ?? bareStar;
      p.astError(at.line, at.col, 'named arguments must follow bare *');
    } else if (after !== null) p.deferDiagnostic(after);
  }
  return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults, kwarg, defaults };
}

interface ParsedArg {
  node: arg;
  nameLine: number;
  nameCol: number;
  nameEndLine: number;
  nameEndCol: number;
}

// tfpdef: NAME [':' test] | vfpdef: NAME
function parseOneArg(p: Parser, typed: boolean, parseTest: (p: Parser) => expr): ParsedArg {
  const sl = p.line, sc = p.col;
  const name = normalizeIdentifier(p.value());
  p.next();
  const nameEndLine = p.endLine, nameEndCol = p.endCol;
  forbiddenName(p, name, sl, sc, false);
  let annotation: expr | null = null;
  if (typed && p.eat(COLON)) annotation = parseTest(p);
  const node: arg = { _type: 'arg', arg: name, annotation, type_comment: null, lineno: sl, col_offset: sc, end_lineno: p.endLine, end_col_offset: p.endCol };
  return { node, nameLine: sl, nameCol: sc, nameEndLine, nameEndCol };
}
