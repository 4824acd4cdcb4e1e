/**
 * Parsing the text of `int()`, `float()` and `complex()` arguments: Unicode digits and spaces
 * folded to ASCII, underscores between digits, base prefixes, `inf`/`nan`, the 4300-digit limit
 * on decimal conversions, and CPython's ValueError messages. Mirrors CPython 3.8
 * Objects/longobject.c `PyLong_FromString`, `PyLong_FromUnicodeObject`, `_PyLong_FromBytes`,
 * Objects/floatobject.c `PyFloat_FromString`, Objects/complexobject.c
 * `complex_from_string_inner`, Python/pystrtod.c and Objects/unicodeobject.c
 * `_PyUnicode_TransformDecimalAndSpaceToASCII`.
 * @module
 */
import { NEGATIVE_NAN } from '../numeric/float-bits.ts';
import { bytesRepr } from '../repr/bytes-repr.ts';
import { strRepr } from '../repr/str-repr.ts';
import { valueError } from '../runtime/errors.ts';
import type { IntValue } from './int.ts';
import { normInt } from './int.ts';
import { INT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD } from '../tokenizer/number-literal.ts';

export { INT_MAX_STR_DIGITS } from '../tokenizer/number-literal.ts';

/** The run's limit (`sys.set_int_max_str_digits`; 0 for none). */
let maxStrDigits = INT_MAX_STR_DIGITS;

/**
 * `sys.get_int_max_str_digits()`: the most decimal digits an int may have to be converted from or
 * to a string (0: no limit).
 *
 * @returns the current limit.
 */
export function intMaxStrDigits(): number {
  return maxStrDigits;
}

/**
 * Sets the limit of {@link intMaxStrDigits} (each run starts at 4300).
 *
 * @param n - 0, or at least 640 (the caller checks).
 */
export function setIntMaxStrDigits(n: number): void {
  maxStrDigits = n;
}

/** Non-ASCII characters Python counts as whitespace (`Py_UNICODE_ISSPACE`). */
const UNICODE_SPACES = new Set([0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);

/** The value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`), or -1. */
function decimalValue(cp: number): number {
  const isNd = (c: number): boolean => /^\p{Nd}$/u.test(String.fromCodePoint(c));
  if (!isNd(cp)) return -1;
  let offset = 0;
  while (cp > 0 && isNd(cp - 1)) {
    cp -= 1;
    offset += 1;
  }
  return offset % 10;
}

/** `_PyUnicode_TransformDecimalAndSpaceToASCII`: stops with `?` at the first other non-ASCII character. */
export function transformDecimalAndSpace(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 127) ascii = false;
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 127) out += ch;
    else if (UNICODE_SPACES.has(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String(d);
    }
  }
  return out;
}

/** `Py_ISSPACE`: the C locale's white space. */
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\x0b' || c === '\x0c';
}

/** `%.200R`: the repr cut to 200 code points. */
function cut200(text: string): string {
  const cps = Array.from(text);
  return cps.length > 200 ? cps.slice(0, 200).join('') : text;
}

function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}

/**
 * `PyLong_FromString` over ASCII text: the value, or `{ base }` (the base the message names) when
 * the text is not a valid literal. Raises the ValueError of the digit limit itself.
 */
function parseIntAscii(s: string, base: number): IntValue | { readonly invalidBase: number } {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    negative = true;
    i++;
  }
  // The message names the base as given (0 stays 0), as `PyLong_FromString` does.
  const invalid = { invalidBase: base };
  let errorIfNonzero = false;
  const c1 = (s[i + 1] ?? '').toLowerCase();
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x') base = 16;
    else if (c1 === 'o') base = 8;
    else if (c1 === 'b') base = 2;
    else {
      // A C-style octal literal: only zero is allowed.
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (s[i] === '0' && ((base === 16 && c1 === 'x') || (base === 8 && c1 === 'o') || (base === 2 && c1 === 'b'))) {
    i += 2;
    if (s[i] === '_') i++; // one underscore allowed after the prefix
  }
  if (s[i] === '_') return invalid;
  let digits = '';
  let prev = '';
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c === '_') {
      if (prev === '_') return invalid;
    } else if (digitValue(c) < base) {
      digits += c;
    } else {
      break;
    }
    prev = c;
  }
  if (prev === '_') return invalid;
  if ((base & (base - 1)) !== 0 && digits.length > MAX_STR_DIGITS_THRESHOLD && maxStrDigits > 0 && digits.length > maxStrDigits) {
    throw valueError(
      `Exceeds the limit (${maxStrDigits}) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (digits.length === 0) return invalid;
  let value = 0n;
  if (base === 10) value = BigInt(digits);
  else if (base === 16 || base === 8 || base === 2) value = BigInt(`0${base === 16 ? 'x' : base === 8 ? 'o' : 'b'}${digits}`);
  else {
    const b = BigInt(base);
    for (const c of digits) value = value * b + BigInt(digitValue(c));
  }
  if (errorIfNonzero && value !== 0n) return invalid;
  while (i < s.length && isSpace(s[i])) i++;
  if (i !== s.length) return invalid;
  return normInt(negative ? -value : value);
}

/**
 * `PyLong_FromUnicodeObject(text, base)`: ValueError "invalid literal for int() with base 10: 'x'",
 * showing `shown()` (a str subclass's own repr) in place of the text's repr when given.
 */
export function intFromText(text: string, base: number, shown?: () => string): IntValue {
  const r = parseIntAscii(transformDecimalAndSpace(text), base);
  if (typeof r === 'object') throw valueError(`invalid literal for int() with base ${r.invalidBase}: ${cut200(shown !== undefined ? shown() : strRepr(text))}`);
  return r;
}

/** `_PyLong_FromBytes(data, base)`: the message shows the bytes (at most 200 of them). */
export function intFromBytes(data: Uint8Array, base: number): IntValue {
  let s = '';
  for (const b of data) s += String.fromCharCode(b);
  // A NUL ends the C string: whatever follows makes the literal invalid.
  const r = s.includes('\0') ? { invalidBase: base } : parseIntAscii(s, base);
  if (typeof r === 'object') throw valueError(`invalid literal for int() with base ${r.invalidBase}: ${cut200(bytesRepr(data.subarray(0, 200)))}`);
  return r;
}

/** A float literal at the start of `s.slice(pos)` (`_Py_dg_strtod` / `_Py_parse_inf_or_nan`). */
const FLOAT_PREFIX = /[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/iy;

/** `PyOS_string_to_double(s + pos, &end, NULL)`: the value and the end, or null when nothing parses. */
export function parseDoublePrefix(s: string, pos: number): { readonly value: number; readonly end: number } | null {
  FLOAT_PREFIX.lastIndex = pos;
  const m = FLOAT_PREFIX.exec(s);
  if (m === null) return null;
  const text = m[0];
  const negative = text.startsWith('-');
  const body = text.replace(/^[+-]/, '').toLowerCase();
  let value: number;
  if (body.startsWith('inf')) value = negative ? -Infinity : Infinity;
  else if (body === 'nan') value = negative ? NEGATIVE_NAN : NaN;
  else value = Number(text);
  return { value, end: pos + text.length };
}

/**
 * `_Py_string_to_number_with_underscores`: drops underscores that sit between digits, or returns
 * null when one sits anywhere else.
 */
function removeUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let out = '';
  let prev = '';
  const isDigit = (c: string): boolean => c >= '0' && c <= '9' && c.length === 1;
  for (const c of s) {
    if (c === '_') {
      if (!isDigit(prev)) return null;
    } else {
      out += c;
      if (prev === '_' && !isDigit(c)) return null;
    }
    prev = c;
  }
  return prev === '_' ? null : out;
}

/**
 * `PyFloat_FromString` for str (text) or bytes: ValueError "could not convert string to float: 'x'".
 * The message shows the object parsed (`shown`, a bytearray's or memoryview's repr), by default
 * the text or bytes themselves.
 */
export function floatFromText(src: string | Uint8Array, shown?: () => string): number {
  let s: string;
  if (typeof src === 'string') s = transformDecimalAndSpace(src);
  else {
    s = '';
    for (const b of src) s += String.fromCharCode(b);
  }
  const fail = () => valueError(`could not convert string to float: ${shown !== undefined ? shown() : typeof src === 'string' ? strRepr(src) : bytesRepr(src)}`);
  const clean = removeUnderscores(s);
  if (clean === null) throw fail();
  let start = 0;
  let end = clean.length;
  while (start < end && isSpace(clean[start])) start++;
  while (end > start && isSpace(clean[end - 1])) end--;
  // Nothing but spaces: `PyOS_string_to_double` reports the (empty) rest itself.
  if (start === end) throw valueError("could not convert string to float: ''");
  const r = parseDoublePrefix(clean.slice(0, end), start);
  if (r === null || r.end !== end) throw fail();
  return r.value;
}

/**
 * `complex(text)`: the two parts; ValueError "complex() arg is a malformed string", or for
 * misplaced underscores one that shows `shown()` (a str subclass's own repr) or the text's repr.
 */
export function complexFromText(text: string, shown?: () => string): { readonly real: number; readonly imag: number } {
  const ascii = transformDecimalAndSpace(text);
  const clean = removeUnderscores(ascii);
  if (clean === null) throw valueError(`could not convert string to complex: ${shown !== undefined ? shown() : strRepr(text)}`);
  const s = clean;
  const malformed = () => valueError('complex() arg is a malformed string');
  let i = 0;
  while (isSpace(s[i])) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (isSpace(s[i])) i++;
  }
  let x = 0;
  let y = 0;
  const isJ = (c: string | undefined): boolean => c === 'j' || c === 'J';
  const z = parseDoublePrefix(s, i);
  if (z !== null) {
    i = z.end;
    if (s[i] === '+' || s[i] === '-') {
      x = z.value;
      const w = parseDoublePrefix(s, i);
      if (w !== null) {
        y = w.value;
        i = w.end;
      } else {
        y = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (!isJ(s[i])) throw malformed();
      i++;
    } else if (isJ(s[i])) {
      i++;
      y = z.value;
    } else {
      x = z.value;
    }
  } else {
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1 : -1;
      i++;
    } else {
      y = 1;
    }
    if (!isJ(s[i])) throw malformed();
    i++;
  }
  while (isSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') throw malformed();
    i++;
    while (isSpace(s[i])) i++;
  }
  if (i !== s.length) throw malformed();
  return { real: x, imag: y };
}
