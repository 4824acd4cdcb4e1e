/**
 * The text of a bytes source given to `compile()`, `exec()` or `eval()`: a UTF-8 byte-order mark,
 * a PEP 263 coding declaration on its first or second line, and the decoding those ask for.
 * Mirrors CPython 3.8 Parser/tokenizer.c `decode_str`, `check_bom`, `check_coding_spec`,
 * `get_coding_spec`, `get_normal_name` and `translate_into_utf8`.
 * @module
 */
import { decodeBytes, lookupCodec } from '../objects/str-methods-codec.ts';
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
