/**
 * The parser's state and its small helpers, acorn style: the current token, the end of the
 * previous token (for node end positions), `eat`/`expect`, the one `unexpected()` choke point for
 * "invalid syntax", and deferred AST errors (CPython finds those in Python/ast.c only after the
 * whole file has parsed, so a later syntax error wins over an earlier AST error).
 * Mirrors CPython 3.8 Parser/parser.c (token acceptance) and Python/ast.c `ast_error`.
 * @module
 */
import type { Diagnostic } from '../source/diagnostic.ts';
import type { SourceBuffer } from '../source/source-buffer.ts';
import { programText } from '../source/source-buffer.ts';
import { makeDiagnostic } from '../source/syntax-error.ts';
import { CompileFailure, fail } from '../source/diagnostic.ts';
import { Tokenizer } from '../tokenizer/tokenizer.ts';
import { NEWLINE } from '../tokenizer/token-kind.ts';
import { INT_MAX_STR_DIGITS } from '../tokenizer/number-literal.ts';
import type { expr } from './ast.ts';
import type { CompileWarning } from '../source/diagnostic.ts';

/**
 * Entries of CPython 3.8's parser stack (Parser/parser.h `MAXSTACK`): the pgen parser pushes one
 * entry per grammar rule it enters (`file_input`, `stmt`, ..., `test`, `or_test`, ..., `atom`)
 * and fails with "s_push: parser stack overflow" when a push finds the stack full.
 */
const MAX_STACK = 1700;

/**
 * The token kind the parser sees after a NEWLINE when {@link Parser.stopAfterNewline} is set and
 * reading the next token failed: the parse may end there (single input), and any attempt to use
 * the token reports the tokenizer's error.
 */
export const STOP = -2;

/**
 * Receives a warning CPython issues while compiling (`PyErr_WarnExplicitObject`); returning
 * 'error' means the filters made it an exception, which the front end reports as a SyntaxError.
 */
export type ParseWarningHandler = (warning: CompileWarning) => 'error' | undefined;

/**
 * Parses an f-string replacement field's expression text (the part between the braces); `lines`
 * and `cols` place it in the file (`fstring_fix_node_location`), which moves its AST errors.
 */
export type FStringExprParser = (text: string, p: Parser, lines: number, cols: number) => expr | null;

/** Parser state shared by the statement and expression parsers. */
export class Parser {
  readonly tok: Tokenizer;
  readonly source: SourceBuffer;
  /** Kind of the current token. */
  type = 0;
  /** Start line/column of the current token. */
  line = 0;
  col = 0;
  /** End line/column of the previous token. */
  endLine = 0;
  endCol = 0;
  /** The AST-stage warnings met so far, issued once parsing has finished. */
  readonly warnings: { readonly line: number; readonly col: number; readonly msg: string }[] = [];
  /** The first AST-stage error, reported once parsing has finished. */
  deferred: Diagnostic | null = null;
  /** Whether AST errors read their text back from the file (not for `<fstring>`). */
  readonly hasProgramText: boolean;
  /** How f-string expressions are parsed (set by parse.ts; avoids an import cycle). */
  readonly parseFStringExpr: FStringExprParser;
  /** f-string nesting depth while parsing a replacement field's expression. */
  readonly fstringDepth: number;
  /** How deeply expressions nest right now (see {@link Parser.enter}). */
  depth = 0;
  /**
   * Single input: CPython's parser stops at the NEWLINE that completes the statement without
   * reading on, so a tokenizer error in what follows must not surface yet (see {@link STOP}).
   */
  stopAfterNewline = false;
  /** The tokenizer error held back behind a {@link STOP} token. */
  stopFailure: CompileFailure | null = null;
  /** The previous token: its kind, line and column, and the tokenizer's state right after it. */
  prevType = 0;
  prevLine = 0;
  prevCol = -1;
  prevCursor = 0;
  prevBufStart = 0;
  prevInp = 0;

  /** `sys.get_int_max_str_digits()` when the parse began: longer decimal int literals are AST errors. */
  readonly intMaxStrDigits: number;

  constructor(source: SourceBuffer, stringMode: boolean, parseFStringExpr: FStringExprParser, fstringDepth = 0, intMaxStrDigits = INT_MAX_STR_DIGITS) {
    this.source = source;
    this.tok = new Tokenizer(source, stringMode);
    this.hasProgramText = !stringMode;
    this.parseFStringExpr = parseFStringExpr;
    this.fstringDepth = fstringDepth;
    this.intMaxStrDigits = intMaxStrDigits;
    this.advance();
  }

  /** Moves to the next token. */
  next(): void {
    const t = this.tok;
    this.endLine = t.endLineno;
    this.endCol = t.endColOffset;
    this.prevType = this.type;
    this.prevLine = t.lineno;
    this.prevCol = t.colOffset;
    this.prevCursor = t.cursor;
    this.prevBufStart = t.bufferStart;
    this.prevInp = t.inputEnd;
    this.advance(this.stopAfterNewline && this.type === NEWLINE);
  }

  private advance(holdErrors = false): void {
    const t = this.tok;
    try {
      t.next();
    } catch (e) {
      if (!holdErrors || !(e instanceof CompileFailure)) throw e;
      this.stopFailure = e;
      this.type = STOP;
      return;
    }
    this.type = t.type;
    this.line = t.lineno;
    this.col = t.colOffset;
  }

  /** Consumes the current token if it is of `kind`. */
  eat(kind: number): boolean {
    if (this.type === kind) {
      this.next();
      return true;
    }
    return false;
  }

  /** Consumes a token of `kind` or reports "invalid syntax" at the current token. */
  expect(kind: number): void {
    if (this.type !== kind) this.unexpected();
    this.next();
  }

  /** Reports the current token as unacceptable ("invalid syntax", or its variants). */
  unexpected(expectedIndent = false): never {
    if (this.type === STOP && this.stopFailure !== null) throw this.stopFailure;
    return this.tok.parseError(this.tok.colOffset, expectedIndent);
  }

  /** The text of the current NAME/NUMBER/STRING token. */
  value(): string {
    return this.tok.value();
  }

  /**
   * Records an error found where CPython's Python/ast.c finds it (`ast_error`): at a node's
   * line and byte column + 1, with the line's text read back from the file.
   * @param line - The node's line.
   * @param col - The node's byte column.
   * @param msg - The message.
   */
  astError(line: number, col: number, msg: string): void {
    if (this.deferred !== null) return;
    const text = this.hasProgramText ? programText(this.source, line) : null;
    this.deferred = { ...makeDiagnostic('SyntaxError', msg, this.source.filename, line, col + 1, text), textFromFile: true };
  }

  /**
   * Enters `n` grammar rules: {@link Parser.depth} models CPython's parser stack, one entry per
   * rule pgen has entered and not yet left, so each parse function pushes the rules it stands for
   * and pops them on the way out (`p.depth -= n`; after a failure the parse is abandoned, so no
   * `finally` is needed). A push past the stack's 1700 entries fails as `s_push` does: the message
   * on stderr, then MemoryError. This also keeps the JavaScript stack from overflowing.
   */
  push(n: number): void {
    if ((this.depth += n) > MAX_STACK) {
      this.deferred = null;
      fail({ type: 'MemoryError', msg: '', filename: this.source.filename, lineno: null, offset: null, text: null, stderr: 's_push: parser stack overflow\n' });
    }
  }

  /**
   * Returns the deferred error and clears it, so that a caller can hold back the errors of one
   * part of the source and replay them in the order CPython's Python/ast.c meets them.
   */
  takeDeferred(): Diagnostic | null {
    const d = this.deferred;
    this.deferred = null;
    return d;
  }

  /**
   * Records a DeprecationWarning CPython issues while building the AST (`warn_invalid_escape_sequence`);
   * none after the first AST error, where CPython's walk stops.
   */
  astWarning(line: number, col: number, msg: string): void {
    if (this.deferred === null) this.warnings.push({ line, col, msg });
  }

  /**
   * Issues the recorded AST-stage warnings in order, once the whole source has parsed (CPython
   * builds the AST only then). A warning the filters turn into an error becomes the SyntaxError
   * `ast_error` reports at its node, ahead of any deferred AST error.
   */
  issueWarnings(onWarning: ParseWarningHandler | undefined): void {
    if (onWarning === undefined) return;
    for (const w of this.warnings) {
      if (onWarning({ category: 'DeprecationWarning', msg: w.msg, filename: this.source.filename, lineno: w.line }) !== 'error') continue;
      const text = this.hasProgramText ? programText(this.source, w.line) : null;
      fail({ ...makeDiagnostic('SyntaxError', w.msg, this.source.filename, w.line, w.col + 1, text), textFromFile: true });
    }
  }

  /** Records an already built diagnostic as the deferred AST-stage error. */
  deferDiagnostic(d: Diagnostic): void {
    this.deferred ??= d;
  }
}
