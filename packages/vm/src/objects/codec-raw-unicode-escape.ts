/**
 * The `raw_unicode_escape` codec: code points below 256 as one byte, the others as `\uXXXX` or
 * `\UXXXXXXXX`; decoding reads only those two escapes. Mirrors CPython 3.8
 * Objects/unicodeobject.c `PyUnicode_AsRawUnicodeEscapeString` and
 * `_PyUnicode_DecodeRawUnicodeEscape`.
 * @module
 */

/** How a decoding error is resolved: the replacement text, or a throw (strict). */
export type RawEscapeErrorHandler = (start: number, end: number, reason: string) => string;

const HEX = '0123456789abcdef';

function hexDigits(n: number, width: number): number[] {
  const out: number[] = [];
  for (let shift = (width - 1) * 4; shift >= 0; shift -= 4) out.push(HEX.charCodeAt((n >> shift) & 0xf));
  return out;
}

/**
 * Encodes code points as `raw_unicode_escape` bytes; it never fails.
 *
 * @param cps - the code points of the str
 * @returns the bytes
 * @see CPython 3.8 Objects/unicodeobject.c PyUnicode_AsRawUnicodeEscapeString
 */
export function encodeRawUnicodeEscape(cps: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (const c of cps) {
    if (c < 0x100) out.push(c);
    else if (c < 0x10000) out.push(0x5c, 0x75, ...hexDigits(c, 4));
    else out.push(0x5c, 0x55, ...hexDigits(c, 8));
  }
  return Uint8Array.from(out);
}

function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  return -1;
}

/**
 * Decodes `raw_unicode_escape` bytes: a backslash starts an escape only before `u` or `U`.
 *
 * @param data - the bytes
 * @param onError - resolves a truncated or out-of-range escape over `data[start, end)`
 * @returns the text (a JS string)
 * @see CPython 3.8 Objects/unicodeobject.c _PyUnicode_DecodeRawUnicodeEscape
 */
export function decodeRawUnicodeEscape(data: Uint8Array, onError: RawEscapeErrorHandler): string {
  let out = '';
  let s = 0;
  while (s < data.length) {
    const c = data[s++] as number;
    if (c !== 0x5c || s >= data.length) {
      out += String.fromCharCode(c);
      continue;
    }
    const kind = data[s++] as number;
    let count: number;
    let reason: string;
    if (kind === 0x75) {
      count = 4;
      reason = 'truncated \\uXXXX escape';
    } else if (kind === 0x55) {
      count = 8;
      reason = 'truncated \\UXXXXXXXX escape';
    } else {
      out += '\\' + String.fromCharCode(kind);
      continue;
    }
    const start = s - 2;
    let ch = 0;
    for (; count > 0 && s < data.length; s++, count--) {
      const v = hexValue(data[s] as number);
      if (v < 0) break;
      ch = ch * 16 + v;
    }
    if (count === 0) {
      if (ch <= 0x10ffff) {
        out += String.fromCodePoint(ch);
        continue;
      }
      reason = '\\Uxxxxxxxx out of range';
    }
    out += onError(start, s, reason);
  }
  return out;
}
