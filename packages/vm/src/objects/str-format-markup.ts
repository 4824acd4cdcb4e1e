/**
 * Reading the markup of a `str.format` string: the literal text between replacement fields, each
 * field's name, conversion and spec, and the parts of a field name (`.attr` and `[key]`). Both
 * `str.format` (objects/str-format.ts) and the `_string` module's iterators read through these, so
 * they meet the same errors at the same places. Mirrors the markup and field-name iterators of
 * CPython 3.8 Objects/stringlib/unicode_format.h (`MarkupIterator_next`, `parse_field`,
 * `field_name_split`, `FieldNameIterator_next`, `get_integer`).
 * @module
 */
import { valueError } from '../runtime/errors.ts';

/**
 * A place in a format string's code points, advanced as its markup is read (`MarkupIterator`,
 * `FieldNameIterator`). A read that raises leaves it where the reading stopped, and the next read
 * goes on from there, as CPython's iterators do.
 */
export interface MarkupCursor {
  readonly cps: readonly string[];
  pos: number;
}

/** A replacement field as `parse_field` splits it. */
export interface MarkupField {
  /** The field name (`0.attr[key]`), possibly empty. */
  readonly name: readonly string[];
  /** The conversion character, or '' without `!`. */
  readonly conversion: string;
  /** The format spec, with any nested fields still in it. */
  readonly spec: readonly string[];
  /** Whether the spec holds nested fields (`format_spec_needs_expanding`). */
  readonly expand: boolean;
}

/** One step of the markup: literal text, then the field that follows it, if any. */
export interface MarkupChunk {
  readonly literal: string;
  readonly field: MarkupField | null;
}

/** `parse_field` over the code points after a `{`. */
function parseField(cur: MarkupCursor): MarkupField {
  const cps = cur.cps;
  const nameStart = cur.pos;
  let c = '';
  while (cur.pos < cps.length) {
    c = cps[cur.pos++] ?? '';
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (cur.pos < cps.length && cps[cur.pos] !== ']') cur.pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = cps.slice(nameStart, cur.pos - 1);
  if (c !== '!' && c !== ':') {
    if (c !== '}' || cur.pos > cps.length) throw valueError("expected '}' before end of string");
    return { name, conversion: '', spec: [], expand: false };
  }
  let conversion = '';
  if (c === '!') {
    if (cur.pos >= cps.length) throw valueError('end of string while looking for conversion specifier');
    conversion = cps[cur.pos++] ?? '';
    if (cur.pos < cps.length) {
      const d = cps[cur.pos++];
      if (d === '}') return { name, conversion, spec: [], expand: false };
      if (d !== ':') throw valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = cur.pos;
  let count = 1;
  let expand = false;
  while (cur.pos < cps.length) {
    const d = cps[cur.pos++];
    if (d === '{') {
      expand = true;
      count++;
    } else if (d === '}') {
      count--;
      if (count === 0) return { name, conversion, spec: cps.slice(specStart, cur.pos - 1), expand };
    }
  }
  throw valueError("unmatched '{' in format spec");
}

/**
 * `MarkupIterator_next`: the literal text up to the next brace and the field it opens, or null at
 * the end. An escaped brace (`{{`, `}}`) ends a chunk that has no field; a field is read before its
 * literal is handed back, so an error in it comes first.
 *
 * @param cur - where to read from; left after what was read.
 * @returns the chunk, or null when nothing is left.
 * @see CPython 3.8 Objects/stringlib/unicode_format.h MarkupIterator_next
 */
export function markupNext(cur: MarkupCursor): MarkupChunk | null {
  const cps = cur.cps;
  if (cur.pos >= cps.length) return null;
  const start = cur.pos;
  let c = '';
  let markup = false;
  while (cur.pos < cps.length) {
    c = cps[cur.pos++] ?? '';
    if (c === '{' || c === '}') {
      markup = true;
      break;
    }
  }
  const atEnd = cur.pos >= cps.length;
  let len = cur.pos - start;
  if (c === '}' && markup && (atEnd || cps[cur.pos] !== '}')) throw valueError("Single '}' encountered in format string");
  if (atEnd && c === '{' && markup) throw valueError("Single '{' encountered in format string");
  if (!atEnd && markup) {
    if (cps[cur.pos] === c) {
      // An escaped brace: the literal keeps one of the pair and no field follows.
      cur.pos++;
      markup = false;
    } else len--;
  }
  const literal = cps.slice(start, start + len).join('');
  return { literal, field: markup ? parseField(cur) : null };
}

/** The value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`), or -1. */
function decimalValue(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (!/^\p{Nd}$/u.test(ch)) return -1;
  let cp = ch.codePointAt(0) ?? 0;
  let offset = 0;
  while (cp > 0 && /^\p{Nd}$/u.test(String.fromCodePoint(cp - 1))) {
    cp--;
    offset++;
  }
  return offset % 10;
}

/**
 * `get_integer`: the number the code points spell in decimal digits, or -1 when they are empty or
 * not all digits.
 *
 * @param cps - a field name's first part or an index's key.
 * @returns the number, or -1.
 * @see CPython 3.8 Objects/stringlib/unicode_format.h get_integer
 */
export function fieldInteger(cps: readonly string[]): number {
  if (cps.length === 0) return -1;
  let acc = 0n;
  for (const ch of cps) {
    const d = decimalValue(ch);
    if (d < 0) return -1;
    if (acc > (2n ** 63n - 1n - BigInt(d)) / 10n) throw valueError('Too many decimal digits in format string');
    acc = acc * 10n + BigInt(d);
  }
  return Number(acc);
}

/**
 * `field_name_split`'s first part: the code points of `cur` before the first `.` or `[`, the
 * cursor left on that character.
 */
export function fieldNameFirst(cur: MarkupCursor): readonly string[] {
  const start = cur.pos;
  while (cur.pos < cur.cps.length && cur.cps[cur.pos] !== '.' && cur.cps[cur.pos] !== '[') cur.pos++;
  return cur.cps.slice(start, cur.pos);
}

/** One `.attr` or `[key]` of a field name. */
export interface FieldNamePart {
  readonly isAttr: boolean;
  readonly part: readonly string[];
}

/**
 * `FieldNameIterator_next`: the next `.attr` or `[key]` of a field name, or null at its end.
 *
 * @param cur - a field name after its first part (see {@link fieldNameFirst}).
 * @returns the part, or null when nothing is left.
 * @see CPython 3.8 Objects/stringlib/unicode_format.h FieldNameIterator_next
 */
export function fieldNameNext(cur: MarkupCursor): FieldNamePart | null {
  const cps = cur.cps;
  if (cur.pos >= cps.length) return null;
  const c = cps[cur.pos++];
  let isAttr: boolean;
  let part: readonly string[];
  if (c === '.') {
    isAttr = true;
    const s = cur.pos;
    while (cur.pos < cps.length && cps[cur.pos] !== '.' && cps[cur.pos] !== '[') cur.pos++;
    part = cps.slice(s, cur.pos);
  } else if (c === '[') {
    isAttr = false;
    const s = cur.pos;
    while (cur.pos < cps.length && cps[cur.pos] !== ']') cur.pos++;
    if (cur.pos >= cps.length) throw valueError("Missing ']' in format string");
    part = cps.slice(s, cur.pos);
    cur.pos++;
  } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
  if (part.length === 0) throw valueError('Empty attribute in format string');
  return { isAttr, part };
}
