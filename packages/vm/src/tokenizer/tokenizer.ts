/**
 * The tokenizer: turns a {@link SourceBuffer} into tokens on demand, one `next()` at a time, with
 * CPython's indentation stack, parenthesis tracking, byte columns and error positions. It keeps
 * CPython's buffer state (`buf`, `line_start`, `inp`, `lineno`) as it is when a FILE is read
 * line by line, because error offsets and texts are computed from it.
 * Mirrors CPython 3.8 Parser/tokenizer.c `tok_get` / `tok_nextc` and the token loop of
 * Parser/parsetok.c `parsetok`.
 * @module
 */
import type { SourceBuffer } from '../source/source-buffer.ts';
import { countChars } from '../source/utf8.ts';
import { sourceSlice } from '../source/source-buffer.ts';
import { raiseSyntaxError } from '../source/syntax-error.ts';
import {
  DEDENT, ENDMARKER, ERRORTOKEN, FIRST_OP, INDENT, LTGT, NAME, NEWLINE, NUMBER, STRING,
} from './token-kind.ts';
import { scanNumber } from './scan-number.ts';
import { twoCharOp, threeCharOp, oneCharOp } from './operators.ts';
import { isIdentifier } from './identifier.ts';
import { keywordKind } from './keyword-lookup.ts';
import type { ParseErrorCode } from './error-codes.ts';
import { errorMessage } from './error-codes.ts';

const EOF = -1;
const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

/** Why the tokenizer stopped: CPython's `E_*` codes for errors found while reading tokens. */
export type TokenizerDone = 'ok' | 'eof';

/**
 * A pull tokenizer. After {@link Tokenizer.next}, the `type`/`start`/`end`/line fields describe
 * the current token.
 */
export class Tokenizer {
  readonly source: SourceBuffer;
  readonly bytes: Uint8Array;
  /** Kind of the current token. */
  type = ENDMARKER;
  /** Byte index of the current token's first byte, or -1 (INDENT, DEDENT, ENDMARKER). */
  start = -1;
  /** Byte index one past the current token. */
  end = -1;
  /** Line of the token's start (CPython `lineno`, the first line for strings). */
  lineno = 0;
  /** Byte column of the token's start, or -1 when it has none. */
  colOffset = -1;
  /** Line of the token's end. */
  endLineno = 0;
  /** Byte column of the token's end, or -1. */
  endColOffset = -1;

  // tok_state
  private cur = 0;
  private inp = 0;
  private bufStart = 0;
  private lineStart = 0;
  private multiLineStart = 0;
  private firstLineno = 0;
  /** `tok->lineno`: the line the tokenizer last read. */
  curLineno = 0;
  /** `tok->done`. */
  done: TokenizerDone = 'ok';
  private tokStart = -1;
  private atbol = true;
  private pendin = 0;
  private indent = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  private level = 0;
  private readonly parenstack: number[] = [];
  private readonly parenlinenostack: number[] = [];
  /** CPython's `fp` mode leaves an empty text in the buffer after reading EOF at a token start. */
  private eofBlank = false;
  /** parsetok's `started`: an ENDMARKER after other tokens becomes NEWLINE. */
  private started = false;

  /** Reading a string (`PyParser_ParseString*`) rather than a FILE: EOF is met differently. */
  private readonly stringMode: boolean;

  /**
   * @param source - The prepared source.
   * @param stringMode - True to tokenize as CPython tokenizes a string (f-string expressions).
   */
  constructor(source: SourceBuffer, stringMode = false) {
    this.source = source;
    this.bytes = source.bytes;
    this.stringMode = stringMode;
  }

  /** `tok->cur`: the byte the tokenizer reads next. */
  get cursor(): number {
    return this.cur;
  }

  /** `tok->buf`: where the line(s) the tokenizer holds start, for error texts. */
  get bufferStart(): number {
    return this.bufStart;
  }

  /** `tok->inp`: where the line(s) the tokenizer holds end. */
  get inputEnd(): number {
    return this.inp;
  }

  /** The text of a NAME/NUMBER/STRING token. */
  value(): string {
    return this.slice(this.start, this.end);
  }

  /** Decodes `bytes[start, end)`. */
  slice(start: number, end: number): string {
    return sourceSlice(this.source, start, end);
  }

  /** Advances to the next token, as parsetok's loop does around `PyTokenizer_Get`. */
  next(): void {
    let type = this.tokGet();
    if (type === LTGT) this.parseError(-1);
    if (type === ENDMARKER && this.started) {
      type = NEWLINE;
      this.started = false;
      if (this.indent !== 0) {
        this.pendin = -this.indent;
        this.indent = 0;
      }
    } else this.started = true;
    this.type = type;
    const lineno = type === STRING ? this.firstLineno : this.curLineno;
    const lineStart = type === STRING ? this.multiLineStart : this.lineStart;
    this.lineno = lineno;
    this.colOffset = this.start >= 0 && this.start >= lineStart ? this.start - lineStart : -1;
    this.endLineno = this.curLineno;
    this.endColOffset = this.end >= 0 && this.end >= this.lineStart ? this.end - this.lineStart : -1;
  }

  // = tok_nextc
  private nextc(): number {
    if (this.cur !== this.inp) return this.bytes[this.cur++] ?? EOF;
    if (this.done !== 'ok') return EOF;
    const bytes = this.bytes;
    if (this.inp >= bytes.length) {
      this.done = 'eof';
      if (this.stringMode) return EOF;
      this.curLineno++;
      if (this.tokStart < 0) {
        this.eofBlank = true;
        this.lineStart = this.bufStart;
      } else {
        // Reading on inside a token first finds no more data, then sees EOF (one more line).
        if (this.source.endsWithNewline) this.curLineno++;
        this.lineStart = this.inp;
      }
      this.cur = this.inp;
      return EOF;
    }
    let end = this.inp;
    while (end < bytes.length && bytes[end] !== 10) end++;
    if (this.tokStart < 0) this.bufStart = this.inp;
    this.lineStart = this.inp;
    this.curLineno++;
    this.inp = end < bytes.length ? end + 1 : end;
    return bytes[this.cur++] ?? EOF;
  }

  private backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  // = tok_get
  private tokGet(): number {
    const bytes = this.bytes;
    let c: number;
    let blankline: boolean;
    this.start = this.end = -1;
    for (;;) {
      // nextline:
      this.tokStart = -1;
      blankline = false;
      if (this.atbol) {
        const r = this.readIndentation();
        blankline = r;
      }
      this.tokStart = this.cur;
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return DEDENT;
        }
        this.pendin--;
        return INDENT;
      }
      // again:
      for (;;) {
        this.tokStart = -1;
        do c = this.nextc();
        while (c === 32 || c === 9 || c === 12);
        this.tokStart = this.cur - 1;
        if (c === 35) {
          // The comment runs to the newline that ends the line held in the buffer: skip to it.
          if (this.cur < this.inp && bytes[this.inp - 1] === 10) this.cur = this.inp - 1;
          while (c !== EOF && c !== 10) c = this.nextc();
        }
        if (c === EOF) {
          if (this.done === 'eof') return ENDMARKER;
          return ERRORTOKEN;
        }
        // Identifiers, keywords and prefixed strings.
        if (isIdentStart(c)) {
          let sawB = false, sawR = false, sawU = false, sawF = false;
          let quoted = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
            else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
            else break;
            c = this.nextc();
            if (c === 34 || c === 39) {
              quoted = true;
              break;
            }
          }
          if (quoted) return this.scanString(c);
          let nonascii = false;
          while (isIdentChar(c)) {
            if (c >= 128) nonascii = true;
            c = this.cur !== this.inp ? bytes[this.cur++] ?? EOF : this.nextc();
          }
          this.backup(c);
          const s = this.tokStart;
          if (nonascii && !isIdentifier(this.slice(s, this.cur))) this.parseErrorCode('identifier');
          this.start = s;
          this.end = this.cur;
          // Keywords are 2 to 8 ASCII letters; longer names need no lookup.
          const len = this.cur - s;
          return len >= 2 && len <= 8 ? keywordKind(bytes, s, len) : NAME;
        }
        if (c === 10) {
          this.atbol = true;
          if (blankline || this.level > 0) break; // goto nextline
          this.start = this.tokStart;
          this.end = this.cur - 1;
          return NEWLINE;
        }
        if (c === 46) {
          c = this.nextc();
          if (c >= 48 && c <= 57) {
            this.cur -= 2;
            return this.number();
          }
          if (c === 46) {
            const c3 = this.nextc();
            if (c3 === 46) {
              this.start = this.tokStart;
              this.end = this.cur;
              return FIRST_OP + 45;
            }
            this.backup(c3);
          }
          this.backup(c);
          this.start = this.tokStart;
          this.end = this.cur;
          return FIRST_OP + 16;
        }
        if (c >= 48 && c <= 57) {
          this.cur--;
          return this.number();
        }
        if (c === 34 || c === 39) return this.scanString(c);
        if (c === 92) {
          c = this.nextc();
          if (c !== 10) {
            this.cur = this.inp;
            this.parseErrorCode('linecont');
          }
          c = this.nextc();
          if (c === EOF) {
            this.cur = this.inp;
            this.parseErrorCode('eof');
          }
          this.backup(c);
          continue; // goto again
        }
        return this.operator(c);
      }
    }
  }

  private number(): number {
    const s = this.tokStart;
    const r = scanNumber(this.bytes, this.cur);
    if (r.error !== null) {
      this.cur = r.end;
      this.tokenError(r.error);
    }
    this.cur = r.end;
    // CPython reads one character past the number; at the end of a string that read meets EOF.
    if (r.end === this.bytes.length) this.backup(this.nextc());
    this.start = s;
    this.end = r.end;
    return NUMBER;
  }

  private operator(c: number): number {
    const c2 = this.nextc();
    const two = twoCharOp(c, c2);
    if (two >= 0) {
      const c3 = this.nextc();
      const three = threeCharOp(c, c2, c3);
      if (three >= 0) {
        this.start = this.tokStart;
        this.end = this.cur;
        return three;
      }
      this.backup(c3);
      this.start = this.tokStart;
      this.end = this.cur;
      return two;
    }
    this.backup(c2);
    if (c === 40 || c === 91 || c === 123) {
      if (this.level >= MAXLEVEL) this.tokenError('too many nested parentheses');
      this.parenstack[this.level] = c;
      this.parenlinenostack[this.level] = this.curLineno;
      this.level++;
    } else if (c === 41 || c === 93 || c === 125) {
      if (this.level === 0) this.tokenError(`unmatched '${String.fromCharCode(c)}'`);
      this.level--;
      const opening = this.parenstack[this.level] ?? 0;
      if (!((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))) {
        const line = this.parenlinenostack[this.level] ?? 0;
        const msg = `closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`;
        this.tokenError(line !== this.curLineno ? `${msg} on line ${line}` : msg);
      }
    }
    this.start = this.tokStart;
    this.end = this.cur;
    return oneCharOp(c);
  }

  // The string part of tok_get: finds the end of the literal; decoding happens in the parser.
  private scanString(quote: number): number {
    const bytes = this.bytes;
    this.firstLineno = this.curLineno;
    this.multiLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.cur !== this.inp ? bytes[this.cur++] ?? EOF : this.nextc();
      if (c === EOF) {
        this.cur = this.inp;
        this.parseErrorCode(quoteSize === 3 ? 'eofs' : 'eols');
      }
      if (quoteSize === 1 && c === 10) {
        this.cur = this.inp;
        this.parseErrorCode('eols');
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === 92) this.nextc();
      }
    }
    this.start = this.tokStart;
    this.end = this.cur;
    return STRING;
  }

  // The indentation part of tok_get; returns whether the line is blank.
  private readIndentation(): boolean {
    let col = 0;
    let altcol = 0;
    let c: number;
    this.atbol = false;
    for (;;) {
      c = this.nextc();
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.trunc(col / TABSIZE) + 1) * TABSIZE;
        altcol = altcol + 1;
      } else if (c === 12) col = altcol = 0;
      else break;
    }
    this.backup(c);
    const blankline = c === 35 || c === 10;
    if (!blankline && this.level === 0) {
      const top = this.indstack[this.indent] ?? 0;
      const alttop = this.altindstack[this.indent] ?? 0;
      if (col === top) {
        if (altcol !== alttop) this.indentError();
      } else if (col > top) {
        if (this.indent + 1 >= MAXINDENT) {
          this.cur = this.inp;
          this.parseErrorCode('toodeep');
        }
        if (altcol <= alttop) this.indentError();
        this.pendin++;
        this.indstack[++this.indent] = col;
        this.altindstack[this.indent] = altcol;
      } else {
        while (this.indent > 0 && col < (this.indstack[this.indent] ?? 0)) {
          this.pendin--;
          this.indent--;
        }
        if (col !== this.indstack[this.indent]) {
          this.cur = this.inp;
          this.parseErrorCode('dedent');
        }
        if (altcol !== this.altindstack[this.indent]) this.indentError();
      }
    }
    return blankline;
  }

  private indentError(): never {
    this.cur = this.inp;
    return this.parseErrorCode('tabspace');
  }

  /** = tokenizer.c `syntaxerror`: message at the current reading position of this line. */
  tokenError(msg: string): never {
    const bytes = this.bytes;
    const offset = countChars(bytes, this.lineStart, this.cur);
    let lineEnd = this.lineStart;
    while (lineEnd < bytes.length && bytes[lineEnd] !== 10) lineEnd++;
    return raiseSyntaxError('SyntaxError', msg, this.source.filename, this.curLineno, offset, this.slice(this.lineStart, lineEnd));
  }

  /** Reports a tokenizer error code the way parsetok and `err_input` do. */
  private parseErrorCode(code: ParseErrorCode): never {
    if (code === 'eof') this.done = 'eof';
    return this.report(code, -1, false);
  }

  /**
   * Reports a parser error at the current token: "invalid syntax" and its IndentationError
   * variants, or "unexpected EOF while parsing" once the tokenizer has met the end of the file.
   * @param colOffset - The current token's column, or -1 when it has none.
   * @param expectedIndent - True when the parser could accept only an INDENT here.
   */
  parseError(colOffset: number, expectedIndent = false): never {
    return this.report('syntax', colOffset, expectedIndent);
  }

  private report(code: ParseErrorCode, colOffset: number, expectedIndent: boolean): never {
    const effective = this.done === 'eof' && (code === 'syntax' || code === 'eof') ? 'eof' : code;
    const { type, msg } = errorMessage(effective, this.type, expectedIndent);
    const bytes = this.bytes;
    const offsetBytes = colOffset !== -1 ? colOffset + 1 : this.cur - this.bufStart;
    let text: string;
    let offset: number;
    if (this.eofBlank) {
      text = '';
      offset = offsetBytes;
    } else {
      const textEnd = this.inp;
      const within = Math.min(this.bufStart + offsetBytes, textEnd);
      offset = countChars(bytes, this.bufStart, within) + Math.max(0, this.bufStart + offsetBytes - textEnd);
      text = this.slice(this.bufStart, textEnd);
    }
    return raiseSyntaxError(type, msg, this.source.filename, this.curLineno, offset, text);
  }
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}
