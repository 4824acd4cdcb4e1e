/**
 * Which token kinds can start an expression, a test or a star expression: the FIRST sets the LL(1)
 * parser uses to decide whether an optional trailing part (after a comma) follows.
 * Mirrors the FIRST sets CPython 3.8 Parser/pgen computes from Grammar/Grammar.
 * @module
 */
import {
  ELLIPSIS, K_AWAIT, K_FALSE, K_LAMBDA, K_NONE, K_NOT, K_TRUE, KIND_COUNT, LBRACE, LPAR, LSQB, MINUS, NAME,
  NUMBER, PLUS, STAR, STRING, TILDE,
} from '../tokenizer/token-kind.ts';

function table(kinds: readonly number[]): Uint8Array {
  const t = new Uint8Array(KIND_COUNT);
  for (const k of kinds) t[k] = 1;
  return t;
}

const EXPR = [NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, ELLIPSIS, K_NONE, K_TRUE, K_FALSE, MINUS, PLUS, TILDE, K_AWAIT];

/** Kinds that start an `expr`. */
export const STARTS_EXPR = table(EXPR);
/** Kinds that start a `test`. */
export const STARTS_TEST = table([...EXPR, K_NOT, K_LAMBDA]);
/** Kinds that start a `test` or a `star_expr`. */
export const STARTS_TEST_OR_STAR = table([...EXPR, K_NOT, K_LAMBDA, STAR]);
/** Kinds that start an `expr` or a `star_expr`. */
export const STARTS_EXPR_OR_STAR = table([...EXPR, STAR]);
