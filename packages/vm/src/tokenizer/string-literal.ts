/**
 * String and bytes literal bodies: prefix parsing, escape decoding and the errors CPython reports
 * for them. Mirrors CPython 3.8 Python/ast.c `parsestr`, `decode_unicode_with_escapes`,
 * Objects/unicodeobject.c `_PyUnicode_DecodeUnicodeEscape` and Objects/bytesobject.c
 * `_PyBytes_DecodeEscape`.
 * @module
 */
import { lookupUnicodeName } from './unicode-names.ts';
import { encodeUtf8, utf8Malformed } from '../source/utf8.ts';

/** A STRING token split into its prefix flags and body. */
export interface StringParts {
  readonly isBytes: boolean;
  readonly isRaw: boolean;
  readonly isFormat: boolean;
  /** The first prefix letter is a lowercase `u` (the AST's `kind`). */
  readonly isU: boolean;
  /** Index (in the token's bytes) where the body starts. */
  readonly bodyStart: number;
  /** Index one past the body. */
  readonly bodyEnd: number;
}

/**
 * Splits a STRING token (as bytes) into prefix and body.
 * @param b - The source bytes.
 * @param start - The token's first byte.
 * @param end - One past its last byte.
 * @returns Its parts.
 */
export function splitString(b: Uint8Array, start: number, end: number): StringParts {
  let i = start;
  let isBytes = false, isRaw = false, isFormat = false;
  const isU = b[start] === 117;
  for (;;) {
    const c = b[i] ?? 0;
    if (c === 98 || c === 66) isBytes = true;
    else if (c === 114 || c === 82) isRaw = true;
    else if (c === 102 || c === 70) isFormat = true;
    else if (c !== 117 && c !== 85) break;
    i++;
  }
  const quote = b[i];
  const triple = end - i >= 6 && b[i + 1] === quote && b[i + 2] === quote;
  const q = triple ? 3 : 1;
  return { isBytes, isRaw, isFormat, isU, bodyStart: i + q, bodyEnd: end - q };
}

/**
 * Where a decoder reports the character after the first backslash that starts no escape
 * (`first_invalid_escape`, -1 while there is none); the parser warns about it.
 */
export interface InvalidEscape {
  first: number;
}

/** `warn_invalid_escape_sequence`'s message for the character after the backslash. */
export function invalidEscapeMessage(ch: number): string {
  return `invalid escape sequence \\${String.fromCharCode(ch)}`;
}

/** Returned by the decoders for a bad escape; the parser turns it into a SyntaxError. */
export class LiteralError {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Decodes a non-raw str body with its escapes.
 *
 * @remarks
 * CPython first rewrites every non-ASCII character as a `\UXXXXXXXX` escape and decodes the
 * result, so error positions count 10 per non-ASCII character; this does the same counting.
 * @param text - The body, decoded from UTF-8.
 * @param invalid - Receives the first invalid escape, when given.
 * @returns The value, or the {@link LiteralError} CPython's codec reports.
 */
export function decodeUnicodeEscapes(text: string, invalid?: InvalidEscape): string | LiteralError {
  if (!text.includes('\\')) return text;
  let out = '';
  let pos = 0; // position in CPython's rewritten buffer
  let i = 0;
  const n = text.length;
  const err = (start: number, end: number, msg: string): LiteralError =>
    new LiteralError(
      end - start === 1
        ? `(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position ${start}: ${msg}`
        : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${msg}`,
    );
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 92) {
      const cp = text.codePointAt(i) ?? c;
      out += String.fromCodePoint(cp);
      const w = cp > 0xffff ? 2 : 1;
      i += w;
      pos += c < 0x80 ? 1 : 10;
      continue;
    }
    const startPos = pos;
    i++;
    pos++;
    if (i >= n) {
      out += '\\';
      break;
    }
    const e = text.charCodeAt(i);
    if (e >= 0x80) {
      // "\\" before a non-ASCII character stays a backslash (CPython writes \u005c).
      out += '\\';
      continue;
    }
    i++;
    pos++;
    switch (e) {
      case 10: continue;
      case 92: out += '\\'; continue;
      case 39: out += "'"; continue;
      case 34: out += '"'; continue;
      case 98: out += '\b'; continue;
      case 102: out += '\f'; continue;
      case 116: out += '\t'; continue;
      case 110: out += '\n'; continue;
      case 114: out += '\r'; continue;
      case 118: out += '\v'; continue;
      case 97: out += '\x07'; continue;
      case 120: case 117: case 85: {
        let count = e === 120 ? 2 : e === 117 ? 4 : 8;
        const msg = e === 120 ? 'truncated \\xXX escape' : e === 117 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let ch = 0;
        for (; count > 0 && i < n; i++, pos++, count--) {
          const d = text.charCodeAt(i) < 0x80 ? hexValue(text.charCodeAt(i)) : -1;
          if (d < 0) break;
          ch = ch * 16 + d;
        }
        if (count > 0) return err(startPos, pos, msg);
        if (ch > 0x10ffff) return err(startPos, pos, 'illegal Unicode character');
        out += String.fromCodePoint(ch);
        continue;
      }
      case 78: {
        let msg = 'malformed \\N character escape';
        if (i < n && text.charCodeAt(i) === 123) {
          i++;
          pos++;
          const nameStart = i;
          while (i < n && text.charCodeAt(i) !== 125) {
            // A non-ASCII character is ten bytes of the rewritten buffer (`\U%08x`), an astral
            // one too, though it takes two units here.
            const cp = text.codePointAt(i) ?? 0;
            pos += cp < 0x80 ? 1 : 10;
            i += cp > 0xffff ? 2 : 1;
          }
          if (i > nameStart && i < n) {
            const name = text.slice(nameStart, i);
            i++;
            pos++;
            const cp = lookupUnicodeName(name);
            if (cp !== null) {
              out += String.fromCodePoint(cp);
              continue;
            }
            msg = 'unknown Unicode character name';
          }
        }
        return err(startPos, pos, msg);
      }
      default:
        if (e >= 48 && e <= 55) {
          let ch = e - 48;
          if (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 55) {
            ch = ch * 8 + text.charCodeAt(i++) - 48;
            pos++;
            if (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 55) {
              ch = ch * 8 + text.charCodeAt(i++) - 48;
              pos++;
            }
          }
          out += String.fromCharCode(ch);
          continue;
        }
        if (invalid !== undefined && invalid.first < 0) invalid.first = e;
        out += '\\' + String.fromCharCode(e);
    }
  }
  return out;
}

/**
 * Decodes a bytes body (ASCII only, checked by the caller) with its escapes unless raw.
 * @param b - The source bytes.
 * @param start - Body start.
 * @param end - Body end.
 * @param raw - Whether the literal is raw.
 * @param invalid - Receives the first invalid escape, when given.
 * @returns The value, or the {@link LiteralError} for a bad `\x` escape.
 */
export function decodeBytes(b: Uint8Array, start: number, end: number, raw: boolean, invalid?: InvalidEscape): Uint8Array | LiteralError {
  if (raw) return b.slice(start, end);
  const out = new Uint8Array(end - start);
  let n = 0;
  let i = start;
  while (i < end) {
    const c = b[i++] ?? 0;
    if (c !== 92) {
      out[n++] = c;
      continue;
    }
    if (i >= end) {
      out[n++] = 92;
      break;
    }
    const e = b[i++] ?? 0;
    switch (e) {
      case 10: break;
      case 92: out[n++] = 92; break;
      case 39: out[n++] = 39; break;
      case 34: out[n++] = 34; break;
      case 98: out[n++] = 8; break;
      case 102: out[n++] = 12; break;
      case 116: out[n++] = 9; break;
      case 110: out[n++] = 10; break;
      case 114: out[n++] = 13; break;
      case 118: out[n++] = 11; break;
      case 97: out[n++] = 7; break;
      case 120: {
        const h1 = i < end ? hexValue(b[i] ?? 0) : -1;
        const h2 = i + 1 < end ? hexValue(b[i + 1] ?? 0) : -1;
        if (h1 < 0 || h2 < 0) return new LiteralError(`(value error) invalid \\x escape at position ${i - 2 - start}`);
        out[n++] = h1 * 16 + h2;
        i += 2;
        break;
      }
      default:
        if (e >= 48 && e <= 55) {
          let ch = e - 48;
          if (i < end && (b[i] ?? 0) >= 48 && (b[i] ?? 0) <= 55) {
            ch = ch * 8 + (b[i++] ?? 0) - 48;
            if (i < end && (b[i] ?? 0) >= 48 && (b[i] ?? 0) <= 55) ch = ch * 8 + (b[i++] ?? 0) - 48;
          }
          out[n++] = ch & 0xff;
        } else {
          if (invalid !== undefined && invalid.first < 0) invalid.first = e;
          out[n++] = 92;
          out[n++] = e;
        }
    }
  }
  return out.slice(0, n);
}

/**
 * Whether the UTF-16 unit at `i` is a byte that was not UTF-8, kept as a lone surrogate
 * U+DC80..U+DCFF: the low half of a surrogate pair (a character past U+FFFF, such as U+1F480) is
 * not one.
 */
function isEscapedByte(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc80 || c > 0xdcff) return false;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  return !(before >= 0xd800 && before <= 0xdbff);
}

/** A UTF-16 unit in U+DC80..U+DCFF, escaped byte or low surrogate (the native scan is quick). */
const LOW_SURROGATE_HALF = /[\udc80-\udcff]/;

/** Whether `text` holds a byte that was not UTF-8 (see {@link isEscapedByte}). */
function hasEscapedByte(text: string): boolean {
  if (!LOW_SURROGATE_HALF.test(text)) return false;
  for (let i = 0; i < text.length; i++) if (isEscapedByte(text, i)) return true;
  return false;
}

/** The bytes a literal body had in the source: UTF-8, with each escaped byte restored. */
function bodyBytes(text: string): Uint8Array {
  const parts: number[] = [];
  let run = '';
  const flush = (): void => {
    if (run !== '') for (const b of encodeUtf8(run)) parts.push(b);
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    if (isEscapedByte(text, i)) {
      flush();
      parts.push(text.charCodeAt(i) - 0xdc00);
    } else {
      run += text[i] ?? '';
    }
  }
  flush();
  return Uint8Array.from(parts);
}

/**
 * The error CPython reports for a str literal body holding bytes that are not UTF-8 (`compile()`
 * of bytes keeps each such byte as a lone surrogate U+DC80..U+DCFF), or null. A raw body, or one
 * without backslashes, decodes in one piece (`PyUnicode_DecodeUTF8Stateful`); otherwise each run
 * of non-ASCII bytes decodes alone (`decode_utf8` in `decode_unicode_with_escapes`), so positions
 * count from the start of the run.
 * @param text - The body as the parser holds it.
 * @param whole - Whether the body decodes in one piece.
 * @returns The "(unicode error) 'utf-8' codec can't decode ..." error, or null.
 */
export function undecodableBody(text: string, whole: boolean): LiteralError | null {
  if (!hasEscapedByte(text)) return null;
  const bytes = bodyBytes(text);
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    let runEnd = bytes.length;
    if (!whole) {
      runEnd = i;
      while (runEnd < bytes.length && (bytes[runEnd] ?? 0) >= 0x80) runEnd++;
    }
    const base = whole ? 0 : i;
    for (let j = i; j < runEnd;) {
      const b = bytes[j] ?? 0;
      if (b < 0x80) {
        j++;
        continue;
      }
      const bad = utf8Malformed(bytes, j, runEnd);
      if (bad !== null) {
        const start = j - base;
        const last = bad.end - 1 - base;
        const where = start === last ? `byte 0x${b.toString(16).padStart(2, '0')} in position ${start}` : `bytes in position ${start}-${last}`;
        return new LiteralError(`(unicode error) 'utf-8' codec can't decode ${where}: ${bad.reason}`);
      }
      j += b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    }
    i = runEnd;
  }
  return null;
}
