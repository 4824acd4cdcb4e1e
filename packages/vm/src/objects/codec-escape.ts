/**
 * The escape codecs `unicode_escape` and `raw_unicode_escape` (str.encode, bytes.decode,
 * `str(b, encoding)`). Mirrors CPython 3.8 Objects/unicodeobject.c
 * `_PyUnicode_DecodeUnicodeEscape`, `PyUnicode_AsUnicodeEscapeString`,
 * `PyUnicode_DecodeRawUnicodeEscape` and `PyUnicode_AsRawUnicodeEscapeString`; the decoding
 * error handlers are those of Python/codecs.c, as the other codecs here apply them.
 * @module
 */
import { lookupUnicodeName } from '../tokenizer/unicode-names.ts';

/** The escape codecs, by canonical name. */
export type EscapeCodec = 'unicode-escape' | 'raw-unicode-escape';

/** How the caller reports an error the handler does not fix (strict, or an unusable handler). */
export type EscapeDecodeError = (encoding: string, start: number, end: number, reason: string) => never;

const MAX_UNICODE = 0x10ffff;
const HEX = '0123456789abcdef';

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

function pushAscii(out: number[], s: string): void {
  for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k));
}

/** `\uHHHH` or `\U00HHHHHH` for a code point past U+00FF, as both encoders write it. */
function wideEscape(out: number[], ch: number): void {
  if (ch < 0x10000) pushAscii(out, `\\u${ch.toString(16).padStart(4, '0')}`);
  else pushAscii(out, `\\U${ch.toString(16).padStart(8, '0')}`);
}

/**
 * `str.encode('unicode_escape')` / `'raw_unicode_escape'`: never fails, so the error handler
 * is not consulted (as in CPython).
 *
 * @param cps - the text's code points
 * @param codec - which escape codec
 * @returns the encoded bytes
 */
export function encodeEscape(cps: readonly number[], codec: EscapeCodec): Uint8Array {
  const out: number[] = [];
  for (const ch of cps) {
    if (ch >= 0x100) {
      wideEscape(out, ch);
    } else if (codec === 'raw-unicode-escape') {
      out.push(ch);
    } else if (ch >= 0x20 && ch < 0x7f) {
      if (ch === 0x5c) out.push(0x5c);
      out.push(ch);
    } else if (ch === 0x09) {
      pushAscii(out, '\\t');
    } else if (ch === 0x0a) {
      pushAscii(out, '\\n');
    } else if (ch === 0x0d) {
      pushAscii(out, '\\r');
    } else {
      out.push(0x5c, 0x78, HEX.charCodeAt(ch >> 4), HEX.charCodeAt(ch & 0xf));
    }
  }
  return Uint8Array.from(out);
}

/** The result of decoding: the code points and the first invalid escape character (unicode_escape only). */
export interface EscapeDecoded {
  readonly cps: number[];
  /** The byte after the backslash of the first unrecognised escape, or -1. */
  readonly firstInvalidEscape: number;
}

/**
 * `bytes.decode('unicode_escape')` / `'raw_unicode_escape'`. The caller issues the
 * DeprecationWarning "invalid escape sequence" for `firstInvalidEscape` (`PyUnicode_DecodeUnicodeEscape`).
 *
 * @param data - the bytes
 * @param codec - which escape codec
 * @param errors - the error handler name
 * @param fail - raises the UnicodeDecodeError (or the handler's own error)
 * @returns the code points and the first invalid escape
 */
export function decodeEscape(data: Uint8Array, codec: EscapeCodec, errors: string, fail: EscapeDecodeError): EscapeDecoded {
  const encoding = codec === 'unicode-escape' ? 'unicodeescape' : 'rawunicodeescape';
  const out: number[] = [];
  let firstInvalidEscape = -1;
  const end = data.length;
  /** Applies the handler to `start..stop` (`unicode_decode_call_errorhandler_writer`). */
  const handle = (start: number, stop: number, reason: string): void => {
    switch (errors) {
      case 'ignore':
        return;
      case 'replace':
        out.push(0xfffd);
        return;
      case 'backslashreplace':
        for (let k = start; k < stop; k++) pushAscii(out, `\\x${(data[k] as number).toString(16).padStart(2, '0')}`);
        return;
      case 'surrogateescape':
        for (let k = start; k < stop; k++) {
          const b = data[k] as number;
          if (b < 0x80) fail(encoding, start, stop, reason);
          out.push(0xdc00 + b);
        }
        return;
      default:
        fail(encoding, start, stop, reason);
    }
  };
  /** Reads `count` hex digits at `s`: the value (or -1 when truncated) and where reading stopped. */
  const hexRun = (s: number, count: number): { ch: number; s: number } => {
    let ch = 0;
    for (; count > 0 && s < end; s++, count--) {
      const d = hexDigit(data[s] as number);
      if (d < 0) break;
      ch = ch * 16 + d;
    }
    return { ch: count > 0 ? -1 : ch, s };
  };
  let s = 0;
  while (s < end) {
    let c = data[s++] as number;
    if (codec === 'raw-unicode-escape') {
      if (c !== 0x5c || s >= end) {
        out.push(c);
        continue;
      }
      c = data[s++] as number;
      if (c !== 0x75 && c !== 0x55) {
        out.push(0x5c, c);
        continue;
      }
      const start = s - 2;
      const run = hexRun(s, c === 0x75 ? 4 : 8);
      s = run.s;
      if (run.ch >= 0 && run.ch <= MAX_UNICODE) {
        out.push(run.ch);
        continue;
      }
      handle(start, s, run.ch > MAX_UNICODE ? '\\Uxxxxxxxx out of range' : c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape');
      continue;
    }
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    const start = s - 1;
    if (s >= end) {
      handle(start, s, '\\ at end of string');
      continue;
    }
    c = data[s++] as number;
    const simple = '\n\n\\\\\'\'""b\bf\ft\tn\nr\rv\va\x07';
    const at = simple.indexOf(String.fromCharCode(c));
    if (at >= 0 && at % 2 === 0) {
      if (c !== 0x0a) out.push(simple.charCodeAt(at + 1));
      continue;
    }
    if (c >= 0x30 && c <= 0x37) {
      let ch = c - 0x30;
      for (let k = 0; k < 2 && s < end && (data[s] as number) >= 0x30 && (data[s] as number) <= 0x37; k++) ch = ch * 8 + (data[s++] as number) - 0x30;
      out.push(ch);
      continue;
    }
    if (c === 0x78 || c === 0x75 || c === 0x55) {
      const run = hexRun(s, c === 0x78 ? 2 : c === 0x75 ? 4 : 8);
      s = run.s;
      if (run.ch >= 0 && run.ch <= MAX_UNICODE) out.push(run.ch);
      else handle(start, s, run.ch > MAX_UNICODE ? 'illegal Unicode character' : c === 0x78 ? 'truncated \\xXX escape' : c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape');
      continue;
    }
    if (c === 0x4e) {
      let reason = 'malformed \\N character escape';
      if (s < end && data[s] === 0x7b) {
        const nameStart = ++s;
        while (s < end && data[s] !== 0x7d) s++;
        if (s > nameStart && s < end) {
          const name = String.fromCharCode(...data.subarray(nameStart, s));
          s++;
          const ch = lookupUnicodeName(name);
          if (ch !== null) {
            out.push(ch);
            continue;
          }
          reason = 'unknown Unicode character name';
        }
      }
      handle(start, s, reason);
      continue;
    }
    if (firstInvalidEscape < 0) firstInvalidEscape = c;
    out.push(0x5c, c);
  }
  return { cps: out, firstInvalidEscape };
}
