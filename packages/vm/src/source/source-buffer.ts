/**
 * The program text as the tokenizer reads it: UTF-8 bytes with universal newlines, without a
 * byte-order mark, ending in a newline. Mirrors what CPython 3.8 Parser/tokenizer.c sees when it
 * reads a FILE (`decoding_fgets`, which fakes a final newline, and `translate_newlines`).
 * @module
 */
import { decodeUtf8, encodeUtf8 } from './utf8.ts';

/** A source prepared for tokenizing. */
export interface SourceBuffer {
  /** The file name errors report. */
  readonly filename: string;
  /** The normalised text (newlines are `\n`, no BOM). */
  readonly text: string;
  /** `text` as UTF-8, with a final `\n` added when the text lacked one. */
  readonly bytes: Uint8Array;
  /** The string `bytes` encodes (`text` with the added newline, if any). */
  readonly bufferText: string;
  /** True when every byte is ASCII, so byte offsets are string indexes. */
  readonly isAscii: boolean;
  /** True when the file itself ended in a newline (CPython's EOF line counts depend on it). */
  readonly endsWithNewline: boolean;
  /** For non-ASCII text: the string index of each byte offset that starts a character. */
  readonly byteToIndex: Int32Array | null;
}

/**
 * Prepares `source` for the tokenizer.
 * @param source - The program text as read from its file.
 * @param filename - Its name, as errors will show it.
 * @param appendNewline - Whether to add a missing final newline (a FILE gets one; a string parsed
 *   in eval mode, like an f-string expression, does not).
 * @returns The prepared buffer.
 */
export function prepareSource(source: string, filename: string, appendNewline = true): SourceBuffer {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const endsWithNewline = text.length > 0 && text.charCodeAt(text.length - 1) === 10;
  const bufferText = !appendNewline || text.length === 0 || endsWithNewline ? text : text + '\n';
  const n = bufferText.length;
  // The common case: ASCII, one pass, and byte offsets are string indexes.
  const ascii = new Uint8Array(n);
  let i = 0;
  for (; i < n; i++) {
    const c = bufferText.charCodeAt(i);
    if (c >= 0x80) break;
    ascii[i] = c;
  }
  if (i === n) return { filename, text, bytes: ascii, bufferText, isAscii: true, endsWithNewline, byteToIndex: null };
  const bytes = encodeUtf8(bufferText);
  return { filename, text, bytes, bufferText, isAscii: false, endsWithNewline, byteToIndex: indexMap(bufferText, bytes.length) };
}

// Maps every byte offset that starts a character (and the end) to its string index.
function indexMap(text: string, byteLength: number): Int32Array {
  const map = new Int32Array(byteLength + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    map[b] = i;
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      b += 4;
      i++;
    } else b += 3;
  }
  map[b] = text.length;
  return map;
}

/**
 * The text of `bytes[start, end)`, where both ends fall on character boundaries.
 * @param source - The prepared source.
 * @param start - First byte.
 * @param end - One past the last byte.
 * @returns The decoded text.
 */
export function sourceSlice(source: SourceBuffer, start: number, end: number): string {
  const map = source.byteToIndex;
  if (map === null) return source.bufferText.slice(start, end);
  return source.bufferText.slice(map[start] ?? 0, map[end] ?? 0);
}

/**
 * The text of line `lineno` (1-based) with its newline, as CPython's
 * `PyErr_ProgramTextObject` reads it back from the file for errors found after tokenizing.
 * @param source - The prepared source.
 * @param lineno - The line number.
 * @returns The line, or `null` past the end of the file.
 */
export function programText(source: SourceBuffer, lineno: number): string | null {
  const text = source.text;
  let start = 0;
  for (let line = 1; line < lineno; line++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start >= text.length) return null;
  const nl = text.indexOf('\n', start);
  return programTextChunk(nl < 0 ? text.slice(start) : text.slice(start, nl + 1));
}

/** `err_programtext`'s line buffer: `fgets` reads a line in chunks of up to 999 bytes. */
const PROGRAM_TEXT_CHUNK = 999;

/**
 * What `err_programtext` keeps of a line (with its newline, if it has one): CPython reads the
 * file through a 1000-byte buffer, so a line longer than 999 UTF-8 bytes comes back as its last
 * 999-byte chunk. It is null when the line holds bytes that are not UTF-8 (kept as U+DC80..U+DCFF)
 * or the chunk would start inside a character (`PyUnicode_FromString` fails), and empty for a last line without a newline that fills its final chunk exactly (the
 * read goes on, meets the end of the file and leaves the buffer empty).
 * @param line - The line's text.
 * @returns The text a SyntaxError quotes, or null.
 * @see CPython 3.8 Python/errors.c err_programtext
 */
export function programTextChunk(line: string): string | null {
  if (/(?<![\ud800-\udbff])[\udc80-\udcff]/.test(line)) return null;
  // Every character is at most 3 UTF-8 bytes per UTF-16 unit, so short lines need no counting.
  if (line.length * 3 <= PROGRAM_TEXT_CHUNK) return line;
  const bytes = encodeUtf8(line);
  if (bytes.length <= PROGRAM_TEXT_CHUNK) return line;
  if (bytes[bytes.length - 1] !== 10 && bytes.length % PROGRAM_TEXT_CHUNK === 0) return '';
  const start = Math.floor((bytes.length - 1) / PROGRAM_TEXT_CHUNK) * PROGRAM_TEXT_CHUNK;
  if (((bytes[start] ?? 0) & 0xc0) === 0x80) return null;
  return decodeUtf8(bytes, start, bytes.length);
}
