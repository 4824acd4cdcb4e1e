/**
 * UTF-8 helpers for the front end: CPython's tokenizer works on UTF-8 bytes, so columns in the
 * AST are byte offsets and error offsets are counted over decoded prefixes of byte buffers.
 * Mirrors the byte handling of CPython 3.8 Parser/tokenizer.c and Objects/unicodeobject.c
 * `PyUnicode_DecodeUTF8`.
 * @module
 */

/**
 * Encodes `text` as UTF-8 (lone surrogates become their 3-byte form, as `surrogatepass` does).
 * @param text - The string to encode.
 * @returns Its UTF-8 bytes.
 */
export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.subarray(0, n);
}

/**
 * Decodes the UTF-8 in `bytes[start, end)`; a malformed sequence (a truncated one at the end
 * included) decodes as U+FFFD, as CPython's `"replace"` handler does.
 * @param bytes - The buffer.
 * @param start - First byte.
 * @param end - One past the last byte.
 * @returns The decoded string.
 */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      // Runs of ASCII are the common case; gather them in one call.
      let j = i + 1;
      while (j < end && j - i < 4096 && (bytes[j] ?? 0x80) < 0x80) j++;
      out += String.fromCharCode(...bytes.subarray(i, j));
      i = j;
      continue;
    }
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    const bad = utf8Malformed(bytes, i, end);
    if (bad !== null) {
      out += '\ufffd';
      i = bad.end;
      continue;
    }
    let cp = len === 4 ? b & 7 : len === 3 ? b & 15 : b & 31;
    for (let k = 1; k < len; k++) cp = (cp << 6) | ((bytes[i + k] ?? 0) & 63);
    out += String.fromCodePoint(cp);
    i += len;
  }
  return out;
}

/**
 * Counts the code points in `bytes[start, end)`: what `PyUnicode_GET_LENGTH` of the decoded
 * prefix gives, which is how CPython turns byte offsets into error offsets.
 * @param bytes - The buffer.
 * @param start - First byte.
 * @param end - One past the last byte.
 * @returns The number of characters.
 */
export function countChars(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) n++;
  return n;
}

/**
 * The UTF-8 length of `text`.
 * @param text - Any string.
 * @returns Its length in bytes.
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The malformed UTF-8 sequence starting at `bytes[i]` (a byte >= 0x80), as CPython's strict
 * decoder reports it: where the bad part ends and why; null when a well-formed sequence starts
 * there. Mirrors the error cases of Objects/stringlib/codecs.h `utf8_decode`.
 * @param bytes - The buffer.
 * @param i - Index of the lead byte.
 * @param end - One past the last byte that belongs to the text being decoded.
 * @returns The end of the malformed part and the reason, or null.
 */
export function utf8Malformed(bytes: Uint8Array, i: number, end: number = bytes.length): { end: number; reason: string } | null {
  const b0 = bytes[i] ?? 0;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return { end: i + 1, reason: 'invalid start byte' };
  for (let k = 1; k <= need; k++) {
    if (i + k >= end) return { end, reason: 'unexpected end of data' };
    const b = bytes[i + k] ?? 0;
    const ok = k === 1 ? b >= lo && b <= hi : b >= 0x80 && b <= 0xbf;
    if (!ok) return { end: i + k, reason: 'invalid continuation byte' };
  }
  return null;
}
