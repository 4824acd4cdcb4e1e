/**
 * Encoding and decoding by encoding name, as `PyUnicode_Decode` / `PyUnicode_AsEncodedString`
 * do it: the names CPython 3.8 shortcuts (UTF-8, UTF-16, UTF-32, ASCII, Latin-1) call the codec
 * directly; any other name goes through the codec registry, where a plain exception raised by
 * the codec is re-raised as "decoding with 'NAME' codec failed (T: msg)" from it
 * (Python/codecs.c `wrap_codec_error`, Python/errors.c `_PyErr_TrySetFromCause`).
 * @module
 */
import { isPyRaise, raiseFromCause, raiseMessage, valueError, type PyRaise } from '../runtime/errors.ts';
import { LookupError } from './exceptions.ts';
import { strText } from '../runtime/abstract-object.ts';
import { PyStr } from './str.ts';
import { PyTuple } from './tuple.ts';
import { decodeBytes, encodeText, lookupCodec } from './str-methods-codec.ts';

/**
 * The text of an encoding or error handler name as the C argument parser's `s` converter takes
 * it: it must encode to UTF-8 (a lone surrogate raises the UnicodeEncodeError) and hold no NUL.
 *
 * @param s - the argument, already checked to be a str
 * @returns its text
 * @see CPython 3.8 Python/getargs.c convertsimple 's'
 */
export function cStringArg(s: PyStr): string {
  const v = s.value;
  if (/[\ud800-\udfff]/.test(v)) encodeText(v, 'utf-8', 'strict');
  if (v.includes('\0')) throw valueError('embedded null character');
  return v;
}

/** `sizeof(PyBaseExceptionObject)`: the exceptions without extra state. */
const BASE_EXCEPTION_SIZE = 64;

/** `_Py_normalize_encoding` (lower case, runs of punctuation to one `_`) for the shortcut test. */
function normalizeEncoding(encoding: string): string {
  let out = '';
  let punct = false;
  for (const c of encoding) {
    if (/^[A-Za-z0-9.]$/.test(c)) {
      if (punct && out !== '') out += '_';
      punct = false;
      out += c.toLowerCase();
    } else {
      punct = true;
    }
  }
  return out;
}

/** Whether `PyUnicode_Decode` / `PyUnicode_AsEncodedString` call this codec without the registry. */
function isShortcut(encoding: string): boolean {
  const lower = normalizeEncoding(encoding);
  if (lower.length > 10) return false;
  if (lower.startsWith('utf')) return ['8', '16', '32'].includes(lower.slice(lower[3] === '_' ? 4 : 3));
  return ['ascii', 'us_ascii', 'latin1', 'latin_1', 'iso_8859_1', 'iso8859_1'].includes(lower);
}

/** The bytes-to-bytes and str-to-str codecs of encodings/ by normalized name (aliases.py). */
const NON_TEXT_CODECS: ReadonlySet<string> = new Set([
  'base64', 'base_64', 'base64_codec', 'bz2', 'bz2_codec', 'hex', 'hex_codec', 'quopri', 'quoted_printable', 'quotedprintable',
  'quopri_codec', 'rot13', 'rot_13', 'uu', 'uu_codec', 'zip', 'zlib', 'zlib_codec',
]);

/**
 * `_PyCodec_LookupTextEncoding`: str.encode, bytes.decode, str() and bytes() refuse a codec that
 * is not a text encoding, naming the `codecs` function that would run it.
 */
function checkTextEncoding(encoding: string, alternate: 'codecs.encode()' | 'codecs.decode()'): void {
  if (NON_TEXT_CODECS.has(normalizeEncoding(encoding))) {
    throw raiseMessage(LookupError, `'${encoding}' is not a text encoding; use ${alternate} to handle arbitrary codecs`);
  }
}

/**
 * `_PyErr_TrySetFromCause("%s with '%s' codec failed", ...)`: the exception re-raised with the
 * codec named, when it carries no state but its message; else the exception as it is.
 */
function wrapCodecError(raised: PyRaise, operation: string, encoding: string): PyRaise {
  const type = raised.excType;
  if (type.isHeapType || type.basicsize !== BASE_EXCEPTION_SIZE) return raised;
  const value = raised.value;
  const args = value.args;
  if (value.dict !== null && value.dict.size > 0) return raised;
  if (args instanceof PyTuple && (args.items.length > 1 || (args.items.length === 1 && !(args.items[0] instanceof PyStr)))) return raised;
  const message = `${operation} with '${encoding}' codec failed (${type.name}: ${strText(value)})`;
  return raiseFromCause(type, message, raised);
}

function viaRegistry<T>(operation: string, encoding: string, run: () => T): T {
  if (isShortcut(encoding)) return run();
  try {
    return run();
  } catch (e) {
    if (isPyRaise(e)) throw wrapCodecError(e, operation, encoding);
    throw e;
  }
}

/**
 * `PyUnicode_Decode(data, encoding, errors)`.
 *
 * @param data - the bytes
 * @param encoding - the encoding name as given
 * @param errors - the error handler name
 * @returns the text
 */
export function decodeNamed(data: Uint8Array, encoding: string, errors: string): string {
  checkTextEncoding(encoding, 'codecs.decode()');
  const codec = lookupCodec(encoding);
  return viaRegistry('decoding', encoding, () => decodeBytes(data, codec, errors));
}

/**
 * `PyUnicode_FromEncodedObject` once the bytes are in hand (`str(b, encoding)`, `bytes.decode`,
 * `bytearray.decode`): no bytes decode to '' before the codec is even looked up.
 *
 * @param data - the bytes
 * @param encoding - the encoding name as given
 * @param errors - the error handler name
 * @returns the text
 */
export function decodeEncodedObject(data: Uint8Array, encoding: string, errors: string): string {
  return data.length === 0 ? '' : decodeNamed(data, encoding, errors);
}

/**
 * `PyUnicode_AsEncodedString(text, encoding, errors)`.
 *
 * @param text - the str value
 * @param encoding - the encoding name as given
 * @param errors - the error handler name
 * @returns the bytes
 */
export function encodeNamed(text: string, encoding: string, errors: string): Uint8Array {
  checkTextEncoding(encoding, 'codecs.encode()');
  const codec = lookupCodec(encoding);
  return viaRegistry('encoding', encoding, () => encodeText(text, codec, errors));
}
