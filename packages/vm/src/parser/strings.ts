/**
 * String atoms: one or more adjacent STRING tokens, concatenated into a Constant (str or bytes)
 * or a JoinedStr when f-strings take part. Mirrors CPython 3.8 Python/ast.c `parsestrplus`,
 * `parsestr` and the error wrapping in `ast_for_atom` ("(unicode error) ...").
 * @module
 */
import type { expr } from './ast.ts';
import { STRING } from '../tokenizer/token-kind.ts';
import { decodeBytes, decodeUnicodeEscapes, invalidEscapeMessage, LiteralError, splitString, undecodableBody } from '../tokenizer/string-literal.ts';
import { sourceSlice } from '../source/source-buffer.ts';
import type { Parser } from './parser-state.ts';
import { FStringBuilder, type FStringAtom } from './fstring.ts';
import { makeConstant } from './node-helpers.ts';

interface StringToken {
  start: number;
  end: number;
  line: number;
  col: number;
}

/** The empty str an atom stands for once an error has been recorded for it. */
function failed(atom: FStringAtom): expr {
  return makeConstant({ kind: 'str', value: '' }, null, atom.line, atom.col, atom.endLine, atom.endCol);
}

/**
 * Parses `STRING+` at the current token.
 * @param p - The parser, at a STRING token.
 * @returns The Constant or JoinedStr.
 */
export function parseStrings(p: Parser): expr {
  const sl = p.line, sc = p.col;
  const toks: StringToken[] = [];
  while (p.type === STRING) {
    toks.push({ start: p.tok.start, end: p.tok.end, line: p.line, col: p.col });
    p.next();
  }
  const el = p.endLine, ec = p.endCol;
  const bytes = p.tok.bytes;
  const first = toks[0];
  if (first === undefined) return p.unexpected();
  const firstParts = splitString(bytes, first.start, first.end);
  const atom = { line: sl, col: sc, endLine: el, endCol: ec, isU: firstParts.isU, bytes, firstStart: first.start, firstEnd: first.end };
  const builder = new FStringBuilder(p, atom);
  let isBytes = false;
  let byteChunks: Uint8Array[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as StringToken;
    const parts = i === 0 ? firstParts : splitString(bytes, t.start, t.end);
    if (parts.isBytes) {
      for (let k = parts.bodyStart; k < parts.bodyEnd; k++) {
        if ((bytes[k] ?? 0) >= 0x80) {
          p.astError(t.line, t.col, 'bytes can only contain ASCII literal characters.');
          return failed(atom);
        }
      }
    }
    // `parsestr` decodes a piece that is not an f-string (warning of invalid escapes) before
    // `parsestrplus` checks that it does not mix bytes with str.
    let value: string | Uint8Array = '';
    if (!parts.isFormat) {
      if (!parts.isBytes) {
        // `parsestr`: a body without backslashes is decoded as raw.
        const body = sourceSlice(p.source, parts.bodyStart, parts.bodyEnd);
        const bad = undecodableBody(body, parts.isRaw || !body.includes('\\'));
        if (bad !== null) {
          p.astError(sl, sc, bad.message);
          return failed(atom);
        }
      }
      const invalid = { first: -1 };
      const decoded = parts.isBytes
        ? decodeBytes(bytes, parts.bodyStart, parts.bodyEnd, parts.isRaw, invalid)
        : parts.isRaw ? sourceSlice(p.source, parts.bodyStart, parts.bodyEnd) : decodeUnicodeEscapes(sourceSlice(p.source, parts.bodyStart, parts.bodyEnd), invalid);
      if (decoded instanceof LiteralError) {
        p.astError(sl, sc, decoded.message);
        return failed(atom);
      }
      // `decode_unicode_with_escapes` / `decode_bytes_with_escapes` warn at the STRING token.
      if (invalid.first >= 0) p.astWarning(t.line, t.col, invalidEscapeMessage(invalid.first));
      value = decoded;
    }
    if (i !== 0 && isBytes !== parts.isBytes) {
      p.astError(sl, sc, 'cannot mix bytes and nonbytes literals');
      return failed(atom);
    }
    isBytes = parts.isBytes;
    if (parts.isFormat) {
      if (!builder.concatFString(bytes, parts.bodyStart, parts.bodyEnd, parts.isRaw)) return failed(atom);
      continue;
    }
    if (typeof value === 'string') builder.concat(value);
    else (byteChunks ??= []).push(value);
  }
  if (isBytes) {
    const chunks = byteChunks ?? [];
    let total = 0;
    for (const c of chunks) total += c.length;
    const value = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) {
      value.set(c, o);
      o += c.length;
    }
    return makeConstant({ kind: 'bytes', value }, null, sl, sc, el, ec);
  }
  return builder.finish();
}

