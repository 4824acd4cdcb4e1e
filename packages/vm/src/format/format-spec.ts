/**
 * The format-spec mini-language `[[fill]align][sign][#][0][width][grouping][.precision][type]`.
 * Mirrors CPython 3.8 Python/formatter_unicode.c `parse_internal_render_format_spec`,
 * `get_integer` and `unknown_presentation_type`: positions count code points, widths accept any
 * Unicode decimal digit.
 * @module
 */
import { formatError, type FormatError } from './format-error.ts';

/** A parsed format spec (CPython's `InternalFormatSpec`). */
export interface FormatSpec {
  /** The fill character, one code point (`' '` by default, `'0'` after a bare leading `0`). */
  readonly fill: string;
  /** One of `<`, `>`, `=`, `^`. */
  readonly align: string;
  /** The `#` flag. */
  readonly alternate: boolean;
  /** `''` when absent, else `+`, `-` or a space. */
  readonly sign: string;
  /** The minimum width, -1 when absent. */
  readonly width: number;
  /** The thousands separator: `''`, `,` or `_`. */
  readonly thousands: '' | ',' | '_';
  /** Group by four digits (an `_` with type b, o, x or X), else by three. */
  readonly groupByFour: boolean;
  /** The precision, -1 when absent. */
  readonly precision: number;
  /** The presentation type, one code point, or `''` when absent and no default applies, or NUL. */
  readonly type: string;
}

const SSIZE_MAX = 2n ** 63n - 1n;

/** The value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`), or -1. */
function decimalValue(ch: string): number {
  if (!/^\p{Nd}$/u.test(ch)) return -1;
  // Decimal digits come in runs of ten starting at zero: count the digits before this one.
  let cp = ch.codePointAt(0) ?? 0;
  let offset = 0;
  while (cp > 0 && /^\p{Nd}$/u.test(String.fromCodePoint(cp - 1))) {
    cp -= 1;
    offset += 1;
  }
  return offset % 10;
}

/** `get_integer`: reads decimal digits from `pos`; `count` is how many were read. */
function getInteger(cps: readonly string[], pos: number): { value: number; count: number; pos: number } | FormatError {
  let acc = 0n;
  let p = pos;
  for (; p < cps.length; p++) {
    const d = decimalValue(cps[p] ?? '');
    if (d < 0) break;
    if (acc > (SSIZE_MAX - BigInt(d)) / 10n) return formatError('ValueError', 'Too many decimal digits in format string');
    acc = acc * 10n + BigInt(d);
  }
  return { value: Number(acc), count: p - pos, pos: p };
}

const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';

/** The message of `invalid_thousands_separator_type` and `unknown_presentation_type`. */
function codeText(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

/**
 * Parses a format spec as `parse_internal_render_format_spec` does.
 *
 * @param spec - the text after the `:` of a replacement field (not empty)
 * @param defaultType - the type when none is given: `'s'` for str, `'d'` for int, `''` for float
 * @param defaultAlign - `'<'` for str, `'>'` for numbers
 * @returns the parsed spec, or the ValueError CPython raises
 * @example
 * ```ts
 * parseFormatSpec('*^10,d', 'd', '>'); // { fill: '*', align: '^', width: 10, thousands: ',', ... }
 * parseFormatSpec('.', 'd', '>'); // { error: 'ValueError', message: 'Format specifier missing precision' }
 * ```
 * @see CPython 3.8 Python/formatter_unicode.c parse_internal_render_format_spec
 */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string): FormatSpec | FormatError {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  let fill = ' ';
  let align = defaultAlign;
  let fillSpecified = false;
  let alignSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    align = cps[pos + 1] ?? align;
    fill = cps[pos] ?? fill;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    align = cps[pos] ?? align;
    alignSpecified = true;
    pos += 1;
  }
  let sign = '';
  const s = cps[pos];
  if (s === ' ' || s === '+' || s === '-') {
    sign = s;
    pos += 1;
  }
  let alternate = false;
  if (cps[pos] === '#') {
    alternate = true;
    pos += 1;
  }
  if (!fillSpecified && cps[pos] === '0') {
    fill = '0';
    if (!alignSpecified) align = '=';
    pos += 1;
  }
  const width = getInteger(cps, pos);
  if ('error' in width) return width;
  pos = width.pos;
  let thousands: '' | ',' | '_' = '';
  if (cps[pos] === ',') {
    thousands = ',';
    pos += 1;
  }
  if (cps[pos] === '_') {
    if (thousands !== '') return formatError('ValueError', "Cannot specify both ',' and '_'.");
    thousands = '_';
    pos += 1;
  }
  if (cps[pos] === ',') return formatError('ValueError', "Cannot specify both ',' and '_'.");
  let precision = -1;
  if (cps[pos] === '.') {
    const prec = getInteger(cps, pos + 1);
    if ('error' in prec) return prec;
    if (prec.count === 0) return formatError('ValueError', 'Format specifier missing precision');
    precision = prec.value;
    pos = prec.pos;
  }
  if (end - pos > 1) return formatError('ValueError', 'Invalid format specifier');
  // A NUL type character is C's '\0', "no type": float and complex format as with no type, int
  // and str (whose default type is not '\0') call it an unknown code.
  const given = end - pos === 1 ? (cps[pos] ?? '') : defaultType;
  const type = given === '\0' ? '' : given;
  let groupByFour = false;
  if (thousands !== '' && !'defgEGF%'.includes(type)) {
    // '' is in every string: the empty type is allowed, as CPython's '\0'.
    if (thousands === '_' && (type === 'b' || type === 'o' || type === 'x' || type === 'X')) groupByFour = true;
    else return formatError('ValueError', `Cannot specify '${thousands}' with '${codeText(type)}'.`);
  }
  return { fill, align, alternate, sign, width: width.count === 0 ? -1 : width.value, thousands, groupByFour, precision, type };
}

/**
 * The error for a presentation type a type does not know (`unknown_presentation_type`).
 *
 * @param type - the presentation type, one code point
 * @param typeName - the Python type's name, as `type(obj).__name__`
 * @returns the ValueError
 */
export function unknownPresentationType(type: string, typeName: string): FormatError {
  return formatError('ValueError', `Unknown format code '${codeText(type)}' for object of type '${typeName.slice(0, 200)}'`);
}
