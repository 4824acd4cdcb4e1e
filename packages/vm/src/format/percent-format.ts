/**
 * The conversions of printf-style formatting (`str % args`) on numbers and characters, and the
 * final padding step. Mirrors CPython 3.8 Objects/unicodeobject.c `_PyUnicode_FormatLong`,
 * `formatfloat`, `formatchar`, `unicode_format_arg_output` and the `*` handling of
 * `unicode_format_arg_parse`.
 * @module
 */
import { doubleToString, type DoubleFormatCode } from './double-to-string.ts';
import { decimalDigitsError, formatError, type FormatError, type FormatResult } from './format-error.ts';
import type { PercentFlags } from './percent-parse.ts';

const INT_MAX = 2147483647;

/**
 * Pads a converted value (`unicode_format_arg_output`): truncation to the precision for s, r and
 * a; sign, `0x`/`0o` prefix and zero fill for numbers; width counted in code points.
 *
 * @param str - the converted text (for numbers: what the conversion helper gave before padding)
 * @param flags - the spec's flags
 * @param width - the width, -1 when absent
 * @param precision - the precision, -1 when absent
 * @param conversion - the conversion character
 * @param numeric - true for the number conversions (d i u o x X e E f F g G)
 * @returns the padded text
 * @see CPython 3.8 Objects/unicodeobject.c unicode_format_arg_output
 */
export function percentPad(str: string, flags: PercentFlags, width: number, precision: number, conversion: string, numeric: boolean): string {
  // Nothing to cut, pad or put in front (the commonest `%s` and `%d`): the text as it is.
  const cuts = precision >= 0 && (conversion === 's' || conversion === 'r' || conversion === 'a');
  if (width <= 0 && !cuts && !flags.sign && !flags.blank && !flags.alt) return str;
  const cps = Array.from(str);
  const fill = numeric && flags.zero ? '0' : ' ';
  let len = cps.length;
  if ((conversion === 's' || conversion === 'r' || conversion === 'a') && precision >= 0 && len > precision) len = precision;
  let pindex = 0;
  let signChar = '';
  let sign = numeric;
  if (sign) {
    const ch = cps[0];
    if (ch === '-' || ch === '+') {
      signChar = ch;
      len -= 1;
      pindex += 1;
    } else if (flags.sign) signChar = '+';
    else if (flags.blank) signChar = ' ';
    else sign = false;
  }
  let w = Math.max(width, len);
  const prefixed = flags.alt && (conversion === 'x' || conversion === 'X' || conversion === 'o');
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (w > len) w -= 1;
  }
  if (prefixed) {
    if (fill !== ' ') {
      out += '0' + conversion;
      pindex += 2;
    }
    w = Math.max(0, w - 2);
    len -= 2;
  }
  if (w > len && !flags.ljust) {
    out += fill.repeat(w - len);
    w = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    if (prefixed) {
      out += '0' + conversion;
      pindex += 2;
    }
  }
  out += cps.slice(pindex, pindex + Math.max(0, len)).join('');
  if (w > len) out += ' '.repeat(w - len);
  return out;
}

/**
 * Converts an int for `%d %i %u %o %x %X` before padding (`_PyUnicode_FormatLong`): at least
 * `precision` digits, `0o`/`0x`/`0X` with the `#` flag.
 *
 * @param value - the int (the runtime converts floats with `int()` first)
 * @param alt - the `#` flag
 * @param precision - the minimum number of digits, -1 when absent
 * @param conversion - one of d i u o x X
 * @returns the text, or the OverflowError for a precision above `INT_MAX - 3`
 * @see CPython 3.8 Objects/unicodeobject.c _PyUnicode_FormatLong
 */
export function percentConvertInt(value: bigint, alt: boolean, precision: number, conversion: string, maxDigits = 0): FormatResult {
  if (precision > INT_MAX - 3) return formatError('OverflowError', 'precision too large');
  const base = conversion === 'o' ? 8 : conversion === 'x' || conversion === 'X' ? 16 : 10;
  const prefix = alt && base !== 10 ? `0${conversion === 'o' ? 'o' : 'x'}` : '';
  const magnitude = (value < 0n ? -value : value).toString(base);
  const tooLong = base === 10 ? decimalDigitsError(magnitude.length, maxDigits) : null;
  if (tooLong !== null) return tooLong;
  const text = (value < 0n ? '-' : '') + prefix + magnitude.padStart(precision, '0');
  return conversion === 'X' ? text.toUpperCase() : text;
}

/**
 * Formats an int for `%d %i %u %o %x %X`: conversion then padding.
 *
 * @param value - the int
 * @param flags - the spec's flags
 * @param width - the width, -1 when absent
 * @param precision - the precision, -1 when absent
 * @param conversion - one of d i u o x X
 * @returns the padded text, or an OverflowError
 * @example
 * ```ts
 * percentFormatInt(255n, { ljust: false, sign: false, blank: false, alt: true, zero: true }, 8, -1, 'x'); // '0x0000ff'
 * ```
 */
export function percentFormatInt(value: bigint, flags: PercentFlags, width: number, precision: number, conversion: string, maxDigits = 0): FormatResult {
  const text = percentConvertInt(value, flags.alt, precision, conversion, maxDigits);
  return typeof text === 'string' ? percentPad(text, flags, width, precision, conversion, true) : text;
}

/**
 * Formats a float for `%e %E %f %F %g %G` (`formatfloat`, then padding): precision 6 by default.
 *
 * @param x - the float (the runtime converts ints with `float()` first)
 * @param flags - the spec's flags
 * @param width - the width, -1 when absent
 * @param precision - the precision, -1 when absent
 * @param conversion - one of e E f F g G
 * @returns the padded text
 * @example
 * ```ts
 * percentFormatFloat(-1.5, { ljust: false, sign: false, blank: false, alt: false, zero: true }, 10, 2, 'f'); // '-000001.50'
 * ```
 * @see CPython 3.8 Objects/unicodeobject.c formatfloat
 */
export function percentFormatFloat(x: number, flags: PercentFlags, width: number, precision: number, conversion: string): string {
  const text = doubleToString(x, conversion as DoubleFormatCode, precision < 0 ? 6 : precision, { alt: flags.alt });
  return percentPad(text, flags, width, precision, conversion, true);
}

/**
 * The character of `%c` (`formatchar`): a str of length 1, or an int code point.
 *
 * @param value - the argument: a string, or an int
 * @returns the character, or the OverflowError or TypeError CPython raises
 * @see CPython 3.8 Objects/unicodeobject.c formatchar
 */
export function percentChar(value: string | bigint): FormatResult {
  if (typeof value === 'string') {
    const cps = Array.from(value);
    return cps.length === 1 ? value : formatError('TypeError', '%c requires int or char');
  }
  if (value < -(2n ** 63n) || value >= 2n ** 63n) return formatError('TypeError', '%c requires int or char');
  if (value < 0n || value > 0x10ffffn) return formatError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(value));
}

/**
 * Resolves a `*` width from its int argument: a negative width sets the `-` flag.
 *
 * @param value - the argument (the runtime raises TypeError "* wants int" for non-ints)
 * @returns the width and whether it forces left alignment, or an OverflowError
 */
export function percentStarWidth(value: bigint): { width: number; ljust: boolean } | FormatError {
  if (value < -(2n ** 63n) || value >= 2n ** 63n) return formatError('OverflowError', 'Python int too large to convert to C ssize_t');
  return value < 0n ? { width: Number(-value), ljust: true } : { width: Number(value), ljust: false };
}

/**
 * Resolves a `*` precision from its int argument: a negative precision counts as 0.
 *
 * @param value - the argument (the runtime raises TypeError "* wants int" for non-ints)
 * @returns the precision, or an OverflowError
 */
export function percentStarPrecision(value: bigint): number | FormatError {
  if (value < -(2n ** 31n) || value > BigInt(INT_MAX)) return formatError('OverflowError', 'Python int too large to convert to C int');
  return value < 0n ? 0 : Number(value);
}
