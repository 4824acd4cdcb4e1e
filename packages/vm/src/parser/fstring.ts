/**
 * f-strings: splitting the body into literals and replacement fields, parsing each field's
 * expression as CPython does (as `(expr)` in a separate `<fstring>` parse, then shifting its
 * positions), conversions, format specs and the `=` specifier, with CPython's error messages.
 * Mirrors CPython 3.8 Python/ast.c `FstringParser_ConcatFstring`, `fstring_find_literal`,
 * `fstring_find_expr`, `fstring_compile_expr` and `fstring_fix_node_location`.
 * @module
 */
import type { expr } from './ast.ts';
import type { Parser } from './parser-state.ts';
import { sourceSlice } from '../source/source-buffer.ts';
import { CompileFailure } from '../source/diagnostic.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { decodeUnicodeEscapes, invalidEscapeMessage, LiteralError, undecodableBody } from '../tokenizer/string-literal.ts';
import { makeConstant } from './node-helpers.ts';

/** Where the f-string atom is, for errors and node positions. */
export interface FStringAtom {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** Whether the atom's first string has a lowercase `u` prefix (the Constant `kind`). */
  readonly isU: boolean;
  /**
   * The source bytes and the extent of the atom's first STRING token (CPython searches it to
   * place expressions).
   */
  readonly bytes: Uint8Array;
  readonly firstStart: number;
  readonly firstEnd: number;
}


/** The accumulating result of one string atom (CPython's `FstringParser`). */
export class FStringBuilder {
  private lastStr: string | null = null;
  private readonly exprs: expr[] = [];
  private fmode = false;
  readonly atom: FStringAtom;
  private readonly p: Parser;

  constructor(p: Parser, atom: FStringAtom) {
    this.p = p;
    this.atom = atom;
  }

  /** Adds a plain (non-f) string piece. */
  concat(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }

  /**
   * Parses the f-string body `bytes[start, end)` into this builder.
   * @returns False when an error was recorded.
   */
  concatFString(bytes: Uint8Array, start: number, end: number, raw: boolean): boolean {
    try {
      concatFString(this, bytes, { pos: start }, end, raw, 0);
      return true;
    } catch (e) {
      // An error was recorded (see error()); the atom stops here, as CPython's does.
      if (e instanceof CompileFailure) return false;
      throw e;
    }
  }

  /** Adds a replacement field, turning any pending literal into a Constant first. */
  pushExpr(e: expr): void {
    if (this.lastStr !== null) {
      this.exprs.push(this.constant(this.lastStr));
      this.lastStr = null;
    }
    this.exprs.push(e);
  }

  /** Marks the atom as an f-string (the result is a JoinedStr). */
  setFMode(): void {
    this.fmode = true;
  }

  private constant(s: string): expr {
    const a = this.atom;
    return makeConstant({ kind: 'str', value: s }, a.isU ? 'u' : null, a.line, a.col, a.endLine, a.endCol);
  }

  /** = FstringParser_Finish */
  finish(): expr {
    const a = this.atom;
    if (!this.fmode) return this.constant(this.lastStr ?? '');
    if (this.lastStr !== null) {
      this.exprs.push(this.constant(this.lastStr));
      this.lastStr = null;
    }
    return { _type: 'JoinedStr', values: this.exprs, lineno: a.line, col_offset: a.col, end_lineno: a.endLine, end_col_offset: a.endCol };
  }

  /** Records an f-string error at the atom and abandons the atom. */
  error(msg: string): never {
    this.p.astError(this.atom.line, this.atom.col, msg);
    return this.abandon();
  }

  /** Warns of an invalid escape sequence at the atom (f-strings warn at the whole atom's node). */
  warnInvalidEscape(ch: number): void {
    this.p.astWarning(this.atom.line, this.atom.col, invalidEscapeMessage(ch));
  }

  /** Abandons the atom after an error was recorded (unwinds to {@link concatFString}). */
  abandon(): never {
    throw new CompileFailure(this.p.deferred as Diagnostic);
  }

  /** The parser this atom belongs to. */
  get parser(): Parser {
    return this.p;
  }
}

interface Cursor {
  pos: number;
}

function decodeLiteral(b: FStringBuilder, start: number, end: number, raw: boolean): string {
  const text = sourceSlice(b.parser.source, start, end);
  const bad = undecodableBody(text, raw);
  if (bad !== null) return b.error(bad.message);
  if (raw) return text;
  const invalid = { first: -1 };
  const value = decodeUnicodeEscapes(text, invalid);
  if (value instanceof LiteralError) return b.error(value.message);
  if (invalid.first >= 0) b.warnInvalidEscape(invalid.first);
  return value;
}

// = FstringParser_ConcatFstring
function concatFString(b: FStringBuilder, bytes: Uint8Array, cur: Cursor, end: number, raw: boolean, level: number): void {
  b.setFMode();
  for (;;) {
    // fstring_find_literal
    let s = cur.pos;
    const literalStart = s;
    let result = 0;
    let literalEnd = -1;
    while (s < end) {
      let ch = bytes[s++] ?? 0;
      if (!raw && ch === 92 && s < end) {
        ch = bytes[s++] ?? 0;
        if (ch === 78) {
          if (s < end && bytes[s++] === 123) {
            while (s < end && bytes[s++] !== 125) {
              // skip the name
            }
            continue;
          }
          break;
        }
        if (ch === 123) b.warnInvalidEscape(ch);
      }
      if (ch === 123 || ch === 125) {
        if (level === 0) {
          if (s < end && bytes[s] === ch) {
            literalEnd = s;
            cur.pos = s + 1;
            result = 1;
            break;
          }
          if (ch === 125) {
            cur.pos = s - 1;
            b.error("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    if (result === 0) {
      cur.pos = s;
      literalEnd = s;
    }
    if (literalEnd !== literalStart) b.concat(decodeLiteral(b, literalStart, literalEnd, raw));
    if (result === 1) continue;
    if (cur.pos >= end || bytes[cur.pos] === 125) break;
    findExpr(b, bytes, cur, end, raw, level);
  }
  if (level === 0 && cur.pos < end - 1) b.error('f-string: unexpected end of string');
  if (level !== 0 && bytes[cur.pos] !== 125) b.error("f-string: expecting '}'");
}

// = fstring_find_expr
function findExpr(b: FStringBuilder, bytes: Uint8Array, cur: Cursor, end: number, raw: boolean, level: number): void {
  if (level >= 2) b.error('f-string: expressions nested too deeply');
  cur.pos++;
  const exprStart = cur.pos;
  let quote = 0;
  let stringType = 0;
  const parens: number[] = [];
  for (; cur.pos < end; cur.pos++) {
    const ch = bytes[cur.pos] ?? 0;
    if (ch === 92) b.error('f-string expression part cannot include a backslash');
    if (quote !== 0) {
      if (ch === quote) {
        if (stringType === 3) {
          if (cur.pos + 2 < end && bytes[cur.pos + 1] === ch && bytes[cur.pos + 2] === ch) {
            cur.pos += 2;
            stringType = 0;
            quote = 0;
            continue;
          }
        } else {
          stringType = 0;
          quote = 0;
          continue;
        }
      }
    } else if (ch === 39 || ch === 34) {
      if (cur.pos + 2 < end && bytes[cur.pos + 1] === ch && bytes[cur.pos + 2] === ch) {
        stringType = 3;
        cur.pos += 2;
      } else stringType = 1;
      quote = ch;
    } else if (ch === 91 || ch === 123 || ch === 40) {
      if (parens.length >= 200) b.error('f-string: too many nested parenthesis');
      parens.push(ch);
    } else if (ch === 35) {
      b.error("f-string expression part cannot include '#'");
    } else if (parens.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
      if (cur.pos + 1 < end) {
        const next = bytes[cur.pos + 1];
        if ((ch === 33 && next === 61) || (ch === 61 && next === 61) || (ch === 60 && next === 61) || (ch === 62 && next === 61)) {
          cur.pos++;
          continue;
        }
        if (ch === 62 || ch === 60) continue;
      }
      break;
    } else if (ch === 93 || ch === 125 || ch === 41) {
      const opening = parens.pop();
      if (opening === undefined) b.error(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      if (!((opening === 40 && ch === 41) || (opening === 91 && ch === 93) || (opening === 123 && ch === 125))) {
        b.error(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
      }
    }
  }
  const exprEnd = cur.pos;
  if (quote !== 0) b.error('f-string: unterminated string');
  const open = parens[parens.length - 1];
  if (open !== undefined) b.error(`f-string: unmatched '${String.fromCharCode(open)}'`);
  if (cur.pos >= end) b.error("f-string: expecting '}'");
  const simple = compileExpr(b, bytes, exprStart, exprEnd);
  let exprText: string | null = null;
  if (bytes[cur.pos] === 61) {
    cur.pos++;
    while (isSpace(bytes[cur.pos] ?? 0)) cur.pos++;
    exprText = sourceSlice(b.parser.source, exprStart, cur.pos);
  }
  let conversion = -1;
  if (bytes[cur.pos] === 33) {
    cur.pos++;
    if (cur.pos >= end) b.error("f-string: expecting '}'");
    conversion = bytes[cur.pos] ?? 0;
    cur.pos++;
    if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
      b.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (cur.pos >= end) b.error("f-string: expecting '}'");
  let formatSpec: expr | null = null;
  if (bytes[cur.pos] === 58) {
    cur.pos++;
    if (cur.pos >= end) b.error("f-string: expecting '}'");
    const spec = new FStringBuilder(b.parser, b.atom);
    concatFString(spec, bytes, cur, end, raw, level + 1);
    formatSpec = spec.finish();
  }
  if (cur.pos >= end || bytes[cur.pos] !== 125) b.error("f-string: expecting '}'");
  cur.pos++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
  if (exprText !== null) b.concat(exprText);
  const a = b.atom;
  b.pushExpr({
    _type: 'FormattedValue', value: simple, conversion, format_spec: formatSpec,
    lineno: a.line, col_offset: a.col, end_lineno: a.endLine, end_col_offset: a.endCol,
  });
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

// = fstring_compile_expr + fstring_fix_node_location
function compileExpr(b: FStringBuilder, bytes: Uint8Array, start: number, end: number): expr {
  let s = start;
  while (s < end) {
    const c = bytes[s];
    if (!(c === 32 || c === 9 || c === 10 || c === 12)) break;
    s++;
  }
  if (s === end) b.error('f-string: empty expression not allowed');
  const text = sourceSlice(b.parser.source, start, end);
  // Place the expression: CPython searches the first string token for "{expr}".
  const a = b.atom;
  let lines = a.line - 1;
  let cols = a.col;
  const needle = new Uint8Array(end - start + 2);
  needle[0] = 123;
  needle.set(bytes.subarray(start, end), 1);
  needle[needle.length - 1] = 125;
  const firstToken = a.bytes.subarray(a.firstStart, a.firstEnd);
  const at = indexOfBytes(firstToken, needle);
  if (at >= 0) {
    let st = at;
    while (st > 0 && firstToken[st] !== 10) st--;
    cols += at - st;
    for (let i = 0; i < at; i++) if (firstToken[i] === 10) lines++;
  }
  const parsed = b.parser.parseFStringExpr(text, b.parser, lines, cols);
  if (parsed === null) return b.abandon();
  return shiftLocations(parsed, lines, cols) as expr;
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    if (hay[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// The line of the CST node CPython takes a node's end from: a BinOp ends where its right operand's
// node ends; calls, attributes and subscripts end with their trailer (approximated by the end line).
function endNodeLine(src: Record<string, unknown>): number {
  const type = src['_type'];
  if (type === 'BinOp') return ((src['right'] as Record<string, unknown>)['lineno'] as number);
  if (type === 'Call' || type === 'Attribute' || type === 'Subscript') return src['end_lineno'] as number;
  return src['lineno'] as number;
}

// = fstring_shift_node_locations, on the AST: columns move only on the expression's first line.
function shiftLocations(node: unknown, lines: number, cols: number): unknown {
  if (Array.isArray(node)) return node.map((n: unknown) => shiftLocations(n, lines, cols));
  if (node === null || typeof node !== 'object') return node;
  const src = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const isConstant = src['_type'] === 'Constant';
  for (const key of Object.keys(src)) {
    const v = src[key];
    out[key] = isConstant && key === 'value' ? v : shiftLocations(v, lines, cols);
  }
  if (typeof src['lineno'] === 'number') {
    const line = src['lineno'];
    out['lineno'] = line + lines;
    out['col_offset'] = (src['col_offset'] as number) + (line === 1 ? cols : 0);
    out['end_lineno'] = (src['end_lineno'] as number) + lines;
    out['end_col_offset'] = (src['end_col_offset'] as number) + (endNodeLine(src) === 1 ? cols : 0);
  }
  return out;
}
