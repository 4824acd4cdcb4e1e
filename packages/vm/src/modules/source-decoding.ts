/**
 * The text of a bytes source given to `compile()`, `exec()` or `eval()`, and of a program file
 * run as `python3.8 FILE`: a UTF-8 byte-order mark, a PEP 263 coding declaration on its first or
 * second line, and the decoding those ask for. Mirrors CPython 3.8 Parser/tokenizer.c
 * `decode_str`, `decoding_fgets`, `check_bom`, `check_coding_spec`, `get_coding_spec`,
 * `get_normal_name`, `valid_utf8`, `fp_setreadl` and `translate_into_utf8`.
 * @module
 */
import { codecNamed, decodeBytes, lookupCodec } from '../objects/str-methods-codec.ts';
import { cp1252Decode } from '../objects/codec-cp1252.ts';
import { charmapDecode, isCharmapCodec } from '../objects/codec-charmap.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { unreachable } from '../internal/assert.ts';
import { ASCII_COMPATIBLE_CODECS } from './ascii-codecs.generated.ts';
import { PyRaise, clearRaise } from '../runtime/errors.ts';
import { strText } from '../runtime/abstract-object.ts';
import { syntaxErrorFromDiagnostic } from '../runtime/syntax-error-object.ts';

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0c;
const isNameChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f || c === 0x2e;

/** `get_normal_name`: the spellings of utf-8 and latin-1 CPython recognises without a codec lookup. */
function normalName(name: string): string {
  const buf = name.slice(0, 12).replace(/_/g, '-').toLowerCase();
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (['latin-1', 'iso-8859-1', 'iso-latin-1'].includes(buf) || ['latin-1-', 'iso-8859-1-', 'iso-latin-1-'].some((p) => buf.startsWith(p))) return 'iso-8859-1';
  return name;
}

/**
 * `get_coding_spec` over `bytes[start, end)` (one line with its newline): the declared encoding,
 * null when the line declares none, and whether the line holds anything but a comment (which
 * ends the search).
 */
function codingSpec(bytes: Uint8Array, start: number, end: number): { spec: string | null; code: boolean } {
  const size = end - start;
  // The declaration must sit in a comment that is alone on its line.
  for (let i = 0; i < size - 6; i++) {
    const c = bytes[start + i] ?? 0;
    if (c === 0x23) break;
    if (!isBlank(c)) return { spec: null, code: true };
  }
  for (let i = 0; i < size - 6; i++) {
    const t = start + i;
    if (String.fromCharCode(...bytes.subarray(t, t + 6)) !== 'coding') continue;
    let k = t + 6;
    if (bytes[k] !== 0x3a && bytes[k] !== 0x3d) continue;
    do k++; while (bytes[k] === 0x20 || bytes[k] === 0x09);
    const begin = k;
    while (k < bytes.length && isNameChar(bytes[k] ?? 0)) k++;
    if (begin < k) return { spec: normalName(String.fromCharCode(...bytes.subarray(begin, k))), code: false };
  }
  // `check_coding_spec`: no declaration; a line with code stops the search.
  for (let i = start; i < end; i++) {
    const c = bytes[i] ?? 0;
    if (c === 0x23 || c === 0x0a || c === 0x0d) break;
    if (!isBlank(c)) return { spec: null, code: true };
  }
  return { spec: null, code: false };
}

/** `encodings.normalize_encoding` of the lower-cased name: runs of punctuation become one `_`. */
function normalizeEncoding(name: string): string {
  return name.toLowerCase().split(/[^\p{L}\p{N}.]+/u).filter((part) => part !== '').join('_');
}

/**
 * Whether `name` is one of CPython 3.8's codecs that corosim lacks but that decode ASCII bytes as
 * ASCII (cp1252, koi8-r, euc-jp, ...), so that source made only of ASCII bytes reads the same.
 */
function isAsciiCompatibleCodec(name: string): boolean {
  const norm = normalizeEncoding(name);
  return ASCII_COMPATIBLE_CODECS.has(norm) || ASCII_COMPATIBLE_CODECS.has(norm.replace(/\./g, '_'));
}

/** The SyntaxError of a source that cannot be decoded (`E_DECODE`: no line, no offset). */
function decodeFailure(msg: string, filename: string): PyRaise {
  return syntaxErrorFromDiagnostic({ type: 'SyntaxError', msg, filename, lineno: 0, offset: 0, text: null });
}

/**
 * Decodes a bytes source as CPython's tokenizer does before tokenizing it.
 *
 * @remarks
 * Without a declaration (or with exactly `utf-8`) the bytes are not checked up front: a byte
 * that is not UTF-8 is kept as a lone surrogate (U+DC80..U+DCFF, like `surrogateescape`) and
 * reported only where the tokenizer or the AST meets it (an identifier, a str literal). Any other
 * declared encoding decodes the whole source strictly; its failure (or an unknown encoding) is a
 * SyntaxError without a location.
 * @param bytes - The source bytes.
 * @param filename - The file name errors report.
 * @returns The source text.
 * @see CPython 3.8 Parser/tokenizer.c decode_str
 */
export function decodeSourceBytes(bytes: Uint8Array, filename: string): string {
  let data = bytes;
  let encoding: string | null = null;
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    data = data.subarray(3);
    encoding = 'utf-8';
  }
  const nl1 = data.indexOf(0x0a);
  if (nl1 >= 0) {
    let found = codingSpec(data, 0, nl1 + 1);
    const nl2 = data.indexOf(0x0a, nl1 + 1);
    if (found.spec === null && !found.code && nl2 >= 0) found = codingSpec(data, nl1 + 1, nl2 + 1);
    const spec = found.spec;
    if (spec !== null) {
      if (encoding !== null && encoding !== spec) throw decodeFailure(`encoding problem: ${spec} with BOM`, filename);
      encoding = spec;
    }
  }
  if (encoding === null || encoding === 'utf-8') return decodeBytes(data, 'utf-8', 'surrogateescape');
  // DEVIATION(cpython): of the codecs corosim lacks, an ASCII-compatible one reads ASCII source
  // as ASCII; other bytes in it fail as "unknown encoding" where CPython would decode them.
  if (codecNamed(encoding) === undefined && isAsciiCompatibleCodec(encoding) && data.every((b) => b < 0x80)) return decodeBytes(data, 'ascii', 'strict');
  // `translate_into_utf8`: the codec's own errors (LookupError, UnicodeDecodeError) become the message.
  try {
    return decodeBytes(data, lookupCodec(encoding), 'strict');
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    const msg = strText(e.value);
    clearRaise(e);
    throw decodeFailure(msg, filename);
  }
}

/** The declaration on line 1, or on line 2 after a comment-only first line, and its line. */
function declaredEncoding(data: Uint8Array): { spec: string; line: number } | null {
  const nl1 = data.indexOf(0x0a);
  if (nl1 < 0) return null;
  const first = codingSpec(data, 0, nl1 + 1);
  if (first.spec !== null) return { spec: first.spec, line: 1 };
  const nl2 = data.indexOf(0x0a, nl1 + 1);
  if (first.code || nl2 < 0) return null;
  const second = codingSpec(data, nl1 + 1, nl2 + 1);
  return second.spec === null ? null : { spec: second.spec, line: 2 };
}

/** `valid_utf8`: the length of the sequence at `i` as the tokenizer checks it (lax), or 0. */
function validUtf8(data: Uint8Array, i: number): number {
  const c = data[i] ?? 0;
  if (c < 0x80) return 1;
  if (c < 0xc0 || c >= 0xf8) return 0;
  const expected = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
  for (let k = 1; k <= expected; k++) {
    const d = data[i + k] ?? 0;
    if (d < 0x80 || d >= 0xc0) return 0;
  }
  return expected + 1;
}

/** What a program file's bytes decode to, or the SyntaxError `python3.8 FILE` reports instead. */
export type SourceFileDecoding =
  | { readonly status: 'ok'; readonly text: string }
  | { readonly status: 'syntax-error'; readonly diagnostic: Diagnostic };

/**
 * Decodes a program file as CPython's file tokenizer reads it (`python3.8 FILE`).
 *
 * @remarks
 * Without a declaration every line must pass `valid_utf8` ("Non-UTF-8 code starting with ...");
 * a BOM or a `utf-8` declaration skips that check, and bytes that are not UTF-8 are reported
 * where the tokenizer meets them, as for `compile()`. Another declared encoding reads the file
 * through that codec (`fp_setreadl`), and an unknown codec or bytes it cannot decode are
 * "encoding problem: NAME" at the declaration's line. Of the codecs corosim lacks, the
 * ASCII-compatible ones read all-ASCII source.
 *
 * **Gotchas**: CPython checks a line's UTF-8 only when the tokenizer reads it, so a syntax error on
 * an earlier line would win; here the encoding error always does.
 * @param bytes - The file's bytes.
 * @param filename - The file name errors report.
 * @returns The source text, or the SyntaxError as data.
 * @see CPython 3.8 Parser/tokenizer.c decoding_fgets
 */
export function decodeSourceFile(bytes: Uint8Array, filename: string): SourceFileDecoding {
  const problem = (msg: string, line: number): SourceFileDecoding => ({ status: 'syntax-error', diagnostic: { type: 'SyntaxError', msg, filename, lineno: line, offset: null, text: null } });
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const data = hasBom ? bytes.subarray(3) : bytes;
  const declared = declaredEncoding(data);
  if (hasBom && declared !== null && declared.spec !== 'utf-8') return problem(`encoding problem: ${declared.spec} with BOM`, declared.line);
  if (declared === null && !hasBom) {
    let line = 1;
    for (let i = 0; i < data.length; ) {
      const c = data[i] ?? 0;
      const n = validUtf8(data, i);
      if (n === 0) {
        return problem(`Non-UTF-8 code starting with '\\x${c.toString(16).padStart(2, '0')}' in file ${filename} on line ${String(line)}, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details`, line);
      }
      if (c === 0x0a) line++;
      i += n;
    }
  }
  if (declared === null || declared.spec === 'utf-8') return { status: 'ok', text: decodeBytes(data, 'utf-8', 'surrogateescape') };
  const { spec, line } = declared;
  const codec = spec === 'iso-8859-1' ? 'latin-1' : (codecNamed(spec) ?? null);
  const isAscii = data.every((b) => b < 0x80);
  if (codec !== null && isCharmapCodec(codec)) {
    return data.every((b) => charmapDecode(codec, b) >= 0) ? { status: 'ok', text: decodeBytes(data, codec, 'strict') } : problem(`encoding problem: ${spec}`, line);
  }
  switch (codec) {
    case 'latin-1':
      return { status: 'ok', text: decodeBytes(data, 'latin-1', 'strict') };
    case 'ascii':
      return isAscii ? { status: 'ok', text: decodeBytes(data, 'ascii', 'strict') } : problem(`encoding problem: ${spec}`, line);
    case 'cp1252':
      return data.every((b) => cp1252Decode(b) >= 0) ? { status: 'ok', text: decodeBytes(data, 'cp1252', 'strict') } : problem(`encoding problem: ${spec}`, line);
    case 'utf-8':
    case 'utf-8-sig': {
      // A spelling `get_normal_name` leaves alone ("utf8") reads through the strict codec.
      for (let i = 0; i < data.length; ) {
        const n = validUtf8(data, i);
        if (n === 0) return problem(`encoding problem: ${spec}`, line);
        i += n;
      }
      return { status: 'ok', text: decodeBytes(data, 'utf-8', 'surrogateescape') };
    }
    case null:
      // DEVIATION(cpython): corosim lacks CPython's other codecs. Source that is all ASCII reads the
      // same in every ASCII-compatible one; other bytes are refused as an encoding problem, which
      // CPython reports only for a name that is no codec or bytes the codec cannot decode.
      return isAscii && isAsciiCompatibleCodec(spec) ? { status: 'ok', text: decodeBytes(data, 'ascii', 'strict') } : problem(`encoding problem: ${spec}`, line);
    case 'utf-16': case 'utf-16-le': case 'utf-16-be': case 'utf-32': case 'utf-32-le': case 'utf-32-be':
    case 'unicode-escape': case 'raw-unicode-escape':
      // UTF-16 and UTF-32 cannot hold the ASCII declaration line; the escape codecs are refused too.
      return problem(`encoding problem: ${spec}`, line);
    default:
      return unreachable(codec);
  }
}
