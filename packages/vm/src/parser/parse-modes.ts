/**
 * Parsing a string for `compile(source, filename, 'eval')` / `eval()` and for
 * `compile(..., 'single')`: CPython reads such a string without adding a final newline, so the
 * tokenizer meets its end inside the last line ("unexpected EOF while parsing" at that line's end),
 * parses `eval_input` or `single_input`, and for single input rejects anything but blanks and
 * comments after the statement ("multiple statements found while compiling a single statement").
 * Mirrors CPython 3.8 Parser/parsetok.c `parsetok` (the `single_input` check, `E_BADSINGLE`) and
 * the `eval_input` / `single_input` rules of Grammar/Grammar.
 * @module
 */
import type { Expression, Interactive, stmt } from './ast.ts';
import { fail } from '../source/diagnostic.ts';
import { prepareSource, sourceSlice, type SourceBuffer } from '../source/source-buffer.ts';
import { countChars } from '../source/utf8.ts';
import { ENDMARKER, NEWLINE } from '../tokenizer/token-kind.ts';
import { INT_MAX_STR_DIGITS } from '../tokenizer/number-literal.ts';
import { Parser, STOP, type ParseWarningHandler } from './parser-state.ts';
import { COMPOUND_STARTS, parseStatement } from './compound-statements.ts';
import { parseTestList } from './expressions.ts';
import { parseFStringExpr } from './parse.ts';

/** Tokens that start a `compound_stmt`, which single input must follow with one more NEWLINE. */
/**
 * Parses `eval_input: testlist NEWLINE* ENDMARKER` from a string.
 *
 * @param source - the expression text (for `eval()`, with its leading blanks already removed).
 * @param filename - the name errors report.
 * @param onWarning - receives the DeprecationWarnings of invalid escape sequences.
 * @param intMaxStrDigits - `sys.get_int_max_str_digits()`: a longer decimal int literal is a SyntaxError.
 * @returns the `Expression` AST.
 * @see CPython 3.8 Python/pythonrun.c `PyParser_ASTFromStringObject` with `Py_eval_input`
 */
export function parseEvalInput(source: string, filename: string, onWarning?: ParseWarningHandler, intMaxStrDigits = INT_MAX_STR_DIGITS): Expression {
  const p = new Parser(prepareSource(source, filename, false), true, parseFStringExpr, 0, intMaxStrDigits);
  // eval_input
  p.push(1);
  const body = parseTestList(p, false);
  while (p.type === NEWLINE) p.next();
  if (p.type !== ENDMARKER) p.unexpected();
  p.issueWarnings(onWarning);
  if (p.deferred !== null) fail(p.deferred);
  return { _type: 'Expression', body };
}

/**
 * Parses `single_input: NEWLINE | simple_stmt | compound_stmt NEWLINE` from a string, then checks
 * that only blanks and comments follow.
 *
 * @param source - the statement text.
 * @param filename - the name errors report.
 * @param onWarning - receives the DeprecationWarnings of invalid escape sequences.
 * @param intMaxStrDigits - `sys.get_int_max_str_digits()`: a longer decimal int literal is a SyntaxError.
 * @returns the `Interactive` AST.
 * @see CPython 3.8 Parser/parsetok.c `parsetok` (`start == single_input`)
 */
export function parseSingleInput(source: string, filename: string, onWarning?: ParseWarningHandler, intMaxStrDigits = INT_MAX_STR_DIGITS): Interactive {
  const buffer = prepareSource(source, filename, false);
  const p = new Parser(buffer, true, parseFStringExpr, 0, intMaxStrDigits);
  p.stopAfterNewline = true;
  const body: stmt[] = [];
  // single_input holds the statement's rule where file_input holds `stmt`: parseStatement's
  // entry for `stmt` stands for it.
  if (p.type === NEWLINE) {
    p.next();
  } else {
    const compound = COMPOUND_STARTS.has(p.type);
    parseStatement(p, body);
    if (compound) {
      if (p.type !== NEWLINE) p.unexpected();
      p.next();
    }
  }
  // The parser rejects what follows the statement before any AST-stage error is reported.
  if (p.type === STOP || !onlyBlanksFrom(buffer, p.prevCursor)) badSingle(p, buffer);
  p.issueWarnings(onWarning);
  if (p.deferred !== null) fail(p.deferred);
  return { _type: 'Interactive', body };
}

/** Whether only blanks, newlines and comments follow byte `at` (parsetok's loop over `tok->cur`). */
function onlyBlanksFrom(buffer: SourceBuffer, at: number): boolean {
  const bytes = buffer.bytes;
  let i = at;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    if (c === 32 || c === 9 || c === 10 || c === 12) i++;
    else if (c === 35) while (i < bytes.length && bytes[i] !== 10) i++;
    else return false;
  }
  return true;
}

/** `E_BADSINGLE`, placed at the NEWLINE that ended the statement, as parsetok places errors. */
function badSingle(p: Parser, buffer: SourceBuffer): never {
  const offsetBytes = p.prevCol !== -1 ? p.prevCol + 1 : p.prevCursor - p.prevBufStart;
  const offset = countChars(buffer.bytes, p.prevBufStart, Math.min(p.prevBufStart + offsetBytes, p.prevInp));
  return fail({
    type: 'SyntaxError',
    msg: 'multiple statements found while compiling a single statement',
    filename: buffer.filename,
    lineno: p.prevLine,
    offset,
    text: sourceSlice(buffer, p.prevBufStart, p.prevInp),
  });
}
