/**
 * The built-in codecs str and bytes need without the codec registry: UTF-8, UTF-8-sig, ASCII,
 * Latin-1, cp1252 and the other single-byte charmap codecs (codec-charmap.ts)
 * (UTF-16 and UTF-32 in codec-utf16-32.ts),
 * with the error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace and
 * namereplace (encode),
 * surrogateescape and surrogatepass (UTF-8), and CPython's UnicodeEncodeError /
 * UnicodeDecodeError. Mirrors CPython 3.8 Objects/unicodeobject.c (`PyUnicode_AsEncodedString`,
 * `unicode_encode_ucs1`, `_PyUnicode_DecodeUnicodeEscape`), Objects/stringlib/codecs.h,
 * Python/codecs.c and Objects/exceptions.c (`UnicodeEncodeError_str`, `UnicodeDecodeError_str`).
 * @module
 */
import { exceptionTypes, LookupError } from './exceptions.ts';
import { raiseMessage, raiseValue, newExceptionStealing, typeError, type PyRaise } from '../runtime/errors.ts';
import type { PyType } from '../runtime/object.ts';
import { newBytes } from './bytes.ts';
import { newInt } from './int.ts';
import { newStr } from './str.ts';
import { unicodeNameOf } from '../tokenizer/unicode-names.ts';
import { decodeWide, encodeWide, type WideCodec, type WideErrors } from './codec-utf16-32.ts';
import { utf8Malformed } from '../source/utf8.ts';
import { decodeEscape, encodeEscape, type EscapeCodec } from './codec-escape.ts';
import { cp1252Decode, cp1252Encode } from './codec-cp1252.ts';
import { charmapCodecNamed, charmapDecode, charmapEncode, isCharmapCodec, type CharmapCodec } from './codec-charmap.ts';
import { warnDeprecation } from '../runtime/abstract-number.ts';

/** The codecs implemented here and in codec-utf16-32.ts, by their canonical names. */
export type CodecName = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'cp1252' | WideCodec | EscapeCodec | CharmapCodec;

const ALIASES: ReadonlyMap<string, CodecName> = new Map([
  ['utf_8_sig', 'utf-8-sig'], ['cp1252', 'cp1252'], ['1252', 'cp1252'], ['windows_1252', 'cp1252'],
  ['utf_8', 'utf-8'], ['utf8', 'utf-8'], ['u8', 'utf-8'], ['utf', 'utf-8'], ['utf8_ucs2', 'utf-8'], ['utf8_ucs4', 'utf-8'], ['cp65001', 'utf-8'],
  ['ascii', 'ascii'], ['us_ascii', 'ascii'], ['646', 'ascii'], ['us', 'ascii'], ['ansi_x3.4_1968', 'ascii'], ['iso646_us', 'ascii'], ['cp367', 'ascii'],
  ['ansi_x3.4_1986', 'ascii'], ['ansi_x3_4_1968', 'ascii'], ['csascii', 'ascii'], ['ibm367', 'ascii'], ['iso_646.irv_1991', 'ascii'], ['iso_ir_6', 'ascii'],
  ['latin_1', 'latin-1'], ['latin1', 'latin-1'], ['iso_8859_1', 'latin-1'], ['iso8859_1', 'latin-1'], ['8859', 'latin-1'], ['cp819', 'latin-1'],
  ['ibm819', 'latin-1'], ['iso8859', 'latin-1'], ['iso_8859_1_1987', 'latin-1'],
  ['l1', 'latin-1'], ['latin', 'latin-1'], ['iso_ir_100', 'latin-1'], ['csisolatin1', 'latin-1'],
  ['utf_16', 'utf-16'], ['utf16', 'utf-16'], ['u16', 'utf-16'],
  ['utf_16_le', 'utf-16-le'], ['utf_16le', 'utf-16-le'], ['unicodelittleunmarked', 'utf-16-le'],
  ['utf_16_be', 'utf-16-be'], ['utf_16be', 'utf-16-be'], ['unicodebigunmarked', 'utf-16-be'],
  ['utf_32', 'utf-32'], ['utf32', 'utf-32'], ['u32', 'utf-32'],
  ['unicode_escape', 'unicode-escape'], ['raw_unicode_escape', 'raw-unicode-escape'],
  ['utf_32_le', 'utf-32-le'], ['utf_32le', 'utf-32-le'], ['utf_32_be', 'utf-32-be'], ['utf_32be', 'utf-32-be'],
]);

/** The module names of encodings/ among the keys above: found as themselves, never as aliases. */
const MODULE_NAMES: ReadonlySet<string> = new Set([
  'utf_8', 'utf_8_sig', 'ascii', 'latin_1', 'cp1252', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be',
  'unicode_escape', 'raw_unicode_escape',
]);

/**
 * `encodings.normalize_encoding` of the registry's lower-cased name: runs of characters other than
 * letters, digits and '.' become one '_' between the others.
 */
function normalizeSearchName(encoding: string): string {
  let out = '';
  let punct = false;
  for (const c of encoding.toLowerCase()) {
    if (c === '.' || /^[\p{L}\p{N}]$/u.test(c)) {
      if (punct && out !== '') out += '_';
      out += c;
      punct = false;
    } else punct = true;
  }
  return out;
}

/** The codec for an encoding name, or undefined (raises nothing, so it works before a run starts). */
export function codecNamed(encoding: string): CodecName | undefined {
  // `encodings.search_function`: the name as an alias or a module, then with its dots as '_'
  // as an alias only.
  const normalized = normalizeSearchName(encoding);
  const found = ALIASES.get(normalized) ?? charmapCodecNamed(normalized);
  if (found !== undefined || !normalized.includes('.')) return found;
  const undotted = normalized.replace(/\./g, '_');
  if (MODULE_NAMES.has(undotted)) return undefined;
  return ALIASES.get(undotted) ?? charmapCodecNamed(undotted, true);
}

const isCharmap = isCharmapCodec;

/** `charmap_encode`'s byte for a code point, -1 for none (cp1252 or a table codec). */
function charmapByte(codec: 'cp1252' | CharmapCodec, c: number): number {
  return codec === 'cp1252' ? cp1252Encode(c) : charmapEncode(codec, c);
}

/** The codec for an encoding name, or LookupError "unknown encoding: X". */
export function lookupCodec(encoding: string): CodecName {
  const codec = codecNamed(encoding);
  if (codec === undefined) throw raiseMessage(LookupError, `unknown encoding: ${encoding}`);
  return codec;
}

const UTF8_BOM: readonly number[] = [0xef, 0xbb, 0xbf];

const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);

function unknownHandler(errors: string): PyRaise {
  return raiseMessage(LookupError, `unknown error handler name '${errors}'`);
}

function excType(name: string): PyType {
  const t = exceptionTypes.get(name);
  if (t === undefined) throw new Error(`missing exception type ${name}`);
  return t;
}

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');

/** `str(UnicodeEncodeError)` (Objects/exceptions.c `UnicodeEncodeError_str`). */
export function encodeErrorMessage(encoding: string, cps: readonly number[], start: number, end: number, reason: string): string {
  if (start < cps.length && end === start + 1) {
    const c = cps[start] ?? 0;
    const shown = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    return `'${encoding}' codec can't encode character '${shown}' in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}

/** `str(UnicodeDecodeError)` (Objects/exceptions.c `UnicodeDecodeError_str`). */
export function decodeErrorMessage(encoding: string, data: Uint8Array, start: number, end: number, reason: string): string {
  if (start < data.length && end === start + 1) {
    return `'${encoding}' codec can't decode byte 0x${hex(data[start] ?? 0, 2)} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

/**
 * The exception with CPython's five arguments (encoding, object, start, end, reason); its
 * `__str__` must format them as {@link encodeErrorMessage} / {@link decodeErrorMessage} do.
 */
function encodeError(encoding: string, text: string, start: number, end: number, reason: string): PyRaise {
  return raiseValue(newExceptionStealing(excType('UnicodeEncodeError'), [newStr(encoding), newStr(text), newInt(start), newInt(end), newStr(reason)]));
}

function decodeError(encoding: string, data: Uint8Array, start: number, end: number, reason: string): PyRaise {
  return raiseValue(newExceptionStealing(excType('UnicodeDecodeError'), [newStr(encoding), newBytes(data.slice()), newInt(start), newInt(end), newStr(reason)]));
}

/** Code points of a JS string, lone surrogates kept. */
export function toCodePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0) ?? 0);
  return out;
}

function utf8Push(out: number[], c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}

/**
 * `str.encode(encoding, errors)`: the bytes, or the UnicodeEncodeError / LookupError raised.
 *
 * @param text - the str value
 * @param codec - the codec (from {@link lookupCodec})
 * @param errors - the error handler name
 * @returns the encoded bytes
 */
export function encodeText(text: string, codec: CodecName, errors: string): Uint8Array {
  // encodings/utf_8_sig.py: the UTF-8 BOM, then the text as UTF-8 encodes it (errors say 'utf-8').
  if (codec === 'utf-8-sig') return Uint8Array.from([...UTF8_BOM, ...encodeText(text, 'utf-8', errors)]);
  const cps = toCodePoints(text);
  if (codec === 'unicode-escape' || codec === 'raw-unicode-escape') return encodeEscape(cps, codec);
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return encodeWide(cps, codec as WideCodec, errors, wideErrors(text, cps, new Uint8Array(0)));
  const out: number[] = [];
  const charmapCodec = codec === 'cp1252' || isCharmap(codec) ? codec : null;
  const charmap = charmapCodec !== null;
  const bad = codec === 'utf-8' ? (c: number): boolean => c >= 0xd800 && c < 0xe000 : codec === 'ascii' ? (c: number): boolean => c >= 0x80 : charmapCodec !== null ? (c: number): boolean => charmapByte(charmapCodec, c) < 0 : (c: number): boolean => c >= 0x100;
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : codec === 'ascii' ? 'ordinal not in range(128)' : charmap ? 'character maps to <undefined>' : 'ordinal not in range(256)';
  // A charmap codec's errors name the 'charmap' codec (`charmap_encoding_error`).
  const errorName = charmap ? 'charmap' : codec;
  for (let i = 0; i < cps.length; ) {
    const c = cps[i] as number;
    if (!bad(c)) {
      if (codec === 'utf-8') utf8Push(out, c);
      else out.push(charmapCodec !== null ? charmapByte(charmapCodec, c) : c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end] as number)) end++;
    if (!HANDLERS.has(errors)) throw unknownHandler(errors);
    const replacedFrom = out.length;
    switch (errors) {
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < end; k++) out.push(0x3f);
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) {
          const x = cps[k] as number;
          const esc = x <= 0xff ? `\\x${hex(x, 2)}` : x <= 0xffff ? `\\u${hex(x, 4)}` : `\\U${hex(x, 8)}`;
          for (const ch of esc) out.push(ch.charCodeAt(0));
        }
        break;
      case 'namereplace':
        // `PyCodec_NameReplaceErrors`: `\N{NAME}`, or the backslash escape for a nameless one.
        for (let k = i; k < end; k++) {
          const x = cps[k] as number;
          const name = unicodeNameOf(x);
          const esc = name !== null ? `\\N{${name}}` : x <= 0xff ? `\\x${hex(x, 2)}` : x <= 0xffff ? `\\u${hex(x, 4)}` : `\\U${hex(x, 8)}`;
          for (const ch of esc) out.push(ch.charCodeAt(0));
        }
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) for (const ch of `&#${cps[k] ?? 0};`) out.push(ch.charCodeAt(0));
        break;
      case 'surrogateescape': {
        const first = cps.slice(i, end).findIndex((x) => x < 0xdc80 || x > 0xdcff);
        // `charmap_encoding_error` hands the handler the whole unencodable run; the UTF-8 and
        // Latin-1/ASCII encoders first write the escapable surrogates that lead it and hand the
        // handler the rest of the run. The handler fails with the range it was given.
        if (first >= 0) throw encodeError(errorName, text, charmap ? i : i + first, end, reason);
        for (let k = i; k < end; k++) out.push((cps[k] as number) - 0xdc00);
        break;
      }
      case 'surrogatepass':
        if (codec !== 'utf-8') throw encodeError(errorName, text, i, end, reason);
        for (let k = i; k < end; k++) utf8Push(out, cps[k] as number);
        break;
      default:
        throw encodeError(errorName, text, i, end, reason);
    }
    // `charmap_encoding_error` encodes a replacement text through the charmap too (EBCDIC's '?'
    // is 0x6F); only surrogateescape's bytes go out as they are.
    if (charmapCodec !== null && errors !== 'surrogateescape') {
      for (let k = replacedFrom; k < out.length; k++) out[k] = charmapByte(charmapCodec, out[k] as number);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/** The length of the invalid UTF-8 sequence at `i` and why (`utf8_decode` + error cases). */
function utf8Invalid(data: Uint8Array, i: number): { end: number; reason: string } | null {
  return utf8Malformed(data, i);
}

/**
 * `bytes.decode(encoding, errors)`: the text, or the UnicodeDecodeError / LookupError raised.
 *
 * @param data - the bytes
 * @param codec - the codec
 * @param errors - the error handler name
 * @returns the decoded text (a JS string; lone surrogates from surrogateescape kept)
 */
export function decodeBytes(data: Uint8Array, codec: CodecName, errors: string): string {
  // encodings/utf_8_sig.py: a leading BOM is dropped and the rest decoded as UTF-8, so error
  // positions count from after it.
  if (codec === 'utf-8-sig') return decodeBytes(UTF8_BOM.every((b, i) => data[i] === b) ? data.subarray(3) : data, 'utf-8', errors);
  if (codec === 'unicode-escape' || codec === 'raw-unicode-escape') {
    const fail = (encoding: string, start: number, end: number, reason: string): never => {
      if (!HANDLERS.has(errors)) throw unknownHandler(errors);
      if (errors === 'xmlcharrefreplace' || errors === 'namereplace') {
        throw typeError("don't know how to handle UnicodeDecodeError in error callback");
      }
      throw decodeError(encoding, data, start, end, reason);
    };
    const { cps, firstInvalidEscape } = decodeEscape(data, codec, errors, fail);
    let text = '';
    for (const c of cps) text += String.fromCodePoint(c);
    // PyUnicode_DecodeUnicodeEscape: the first unrecognised escape is deprecated.
    if (firstInvalidEscape >= 0) warnDeprecation(`invalid escape sequence '\\${String.fromCharCode(firstInvalidEscape)}'`);
    return text;
  }
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) {
    // The handler is looked up at the first error only (`unicode_decode_call_errorhandler`).
    if (errors === 'xmlcharrefreplace' || errors === 'namereplace') {
      // Encoding-only handlers (`wrong_exception_type`), reached at the first error only.
      const probe = decodeWide(data, codec as WideCodec, 'strict', wideErrors('', [], data, true));
      return String.fromCodePoint(...probe);
    }
    let text = '';
    for (const c of decodeWide(data, codec as WideCodec, errors, wideErrors('', [], data, false, errors))) text += String.fromCodePoint(c);
    return text;
  }
  let out = '';
  let i = 0;
  while (i < data.length) {
    const b = data[i] as number;
    if ((b < 0x80 && !isCharmap(codec)) || codec === 'latin-1') {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let end = i + 1;
    if (codec === 'cp1252' || isCharmap(codec)) {
      // `charmap_decode`: an undefined byte is an error of its own, named for the 'charmap' codec.
      const c = codec === 'cp1252' ? cp1252Decode(b) : charmapDecode(codec, b);
      if (c >= 0) out += String.fromCharCode(c);
      else {
        if (!HANDLERS.has(errors)) throw unknownHandler(errors);
        out += decodeReplacement('charmap', data, i, end, 'character maps to <undefined>', errors);
      }
      i = end;
      continue;
    }
    let reason = 'ordinal not in range(128)';
    if (codec === 'utf-8') {
      const invalid = utf8Invalid(data, i);
      if (invalid === null) {
        const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
        let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        for (let k = 1; k <= need; k++) cp = (cp << 6) | ((data[i + k] as number) & 0x3f);
        out += String.fromCodePoint(cp);
        i += need + 1;
        continue;
      }
      end = invalid.end;
      reason = invalid.reason;
      if (errors === 'surrogatepass' && b === 0xed && i + 2 < data.length) {
        const b1 = data[i + 1] as number;
        const b2 = data[i + 2] as number;
        if (b1 >= 0xa0 && b1 <= 0xbf && b2 >= 0x80 && b2 <= 0xbf) {
          out += String.fromCharCode(0xd000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f));
          i += 3;
          continue;
        }
      }
    }
    if (!HANDLERS.has(errors)) throw unknownHandler(errors);
    out += decodeReplacement(codec, data, i, end, reason, errors);
    i = end;
  }
  return out;
}

/** What a decoding error handler puts for `data[start, end)`; strict (and the rest) raise. */
function decodeReplacement(encoding: string, data: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  let out = '';
  switch (errors) {
    case 'ignore':
      break;
    case 'replace':
      out += '\ufffd';
      break;
    case 'backslashreplace':
      for (let k = start; k < end; k++) out += `\\x${hex(data[k] ?? 0, 2)}`;
      break;
    case 'surrogateescape':
      for (let k = start; k < end; k++) {
        const b = data[k] ?? 0;
        // `surrogateescape` only maps bytes 0x80..0xff; an ASCII byte stays an error.
        if (b < 0x80) throw decodeError(encoding, data, start, end, reason);
        out += String.fromCharCode(0xdc00 + b);
      }
      break;
    case 'xmlcharrefreplace':
    case 'namereplace':
      // Encoding-only handlers (`wrong_exception_type`).
      throw typeError("don't know how to handle UnicodeDecodeError in error callback");
    default:
      throw decodeError(encoding, data, start, end, reason);
  }
  return out;
}

/**
 * What the wide codecs need of the error machinery here: the exceptions, and the replacement text
 * an encoding handler gives (`encodeOnly`: the handler refuses decoding errors instead); a decoding
 * handler named `decodeErrors` is looked up at the first error, as CPython looks it up.
 */
function wideErrors(text: string, cps: readonly number[], data: Uint8Array, encodeOnly = false, decodeErrors = 'strict'): WideErrors {
  return {
    encodeError: (encoding, start, end, reason) => {
      throw encodeError(encoding, text, start, end, reason);
    },
    decodeError: (encoding, start, end, reason) => {
      if (!HANDLERS.has(decodeErrors)) throw unknownHandler(decodeErrors);
      if (encodeOnly) throw typeError("don't know how to handle UnicodeDecodeError in error callback");
      throw decodeError(encoding, data, start, end, reason);
    },
    encodeReplacement: (errors, start, end) => {
      if (!HANDLERS.has(errors)) throw unknownHandler(errors);
      let rep = '';
      for (let k = start; k < end; k++) {
        const x = cps[k] as number;
        const escape = x <= 0xff ? `\\x${hex(x, 2)}` : x <= 0xffff ? `\\u${hex(x, 4)}` : `\\U${hex(x, 8)}`;
        switch (errors) {
          case 'ignore':
            break;
          case 'replace':
            rep += '?';
            break;
          case 'backslashreplace':
            rep += escape;
            break;
          case 'namereplace': {
            const name = unicodeNameOf(x);
            rep += name !== null ? `\\N{${name}}` : escape;
            break;
          }
          case 'xmlcharrefreplace':
            rep += `&#${x};`;
            break;
          default:
            return null;
        }
      }
      return rep;
    },
  };
}
