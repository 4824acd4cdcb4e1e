/**
 * Lays out a formatted number: padding, sign, prefix, grouped digits, decimal point and the rest.
 * Mirrors CPython 3.8 Python/formatter_unicode.c `calc_number_widths` and `fill_number`, and
 * Objects/unicodeobject.c `_PyUnicode_InsertThousandsGrouping` (which pads with zeros inside the
 * grouping, so `'{:010,}'.format(1234)` is `'00,001,234'`).
 * @module
 */
import type { FormatSpec } from './format-spec.ts';

/** The parts of a number to lay out (CPython's digits string split by `parse_number`). */
export interface NumberParts {
  /** `'-'` when the number is negative, else `''`. */
  readonly signChar: string;
  /** The `0x`-style prefix written after the sign, `''` if none. */
  readonly prefix: string;
  /** The ASCII digits to group (the integer part). */
  readonly digits: string;
  /** Whether a decimal point follows the digits. */
  readonly hasDecimal: boolean;
  /** What follows the digits (and decimal point): fraction, exponent, `%`, `inf`, a `c` char. */
  readonly remainder: string;
  /** Upper-case the prefix and digits (type `X`). */
  readonly toUpper: boolean;
}

/** Inserts separators every `size` digits from the right, zero-padding to `minWidth`. */
function insertGrouping(digits: string, minWidth: number, sep: string, size: number): string {
  const chunks: string[] = [];
  let remaining = digits.length;
  let min = Math.max(0, minWidth);
  let broken = false;
  const take = (len: number): void => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    chunks.push('0'.repeat(zeros) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
  };
  if (sep !== '') {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, min, 1));
      take(len);
      min -= len;
      if (remaining <= 0 && min <= 0) {
        broken = true;
        break;
      }
      min -= sep.length;
    }
  }
  if (!broken) take(Math.max(remaining, min, 1));
  return chunks.reverse().join(sep);
}

const codePointLength = (s: string): number => Array.from(s).length;

/**
 * Lays out a number's parts under a format spec's fill, align, sign, width and grouping.
 *
 * @param parts - the sign, prefix, digits and remainder of the number
 * @param spec - the parsed spec
 * @param locale - `true` for type `n` (C locale: no grouping), else the spec's separator is used
 * @returns the formatted number
 * @see CPython 3.8 Python/formatter_unicode.c calc_number_widths, fill_number
 */
export function layoutNumber(parts: NumberParts, spec: FormatSpec, locale: boolean): string {
  const sep = locale ? '' : spec.thousands;
  const size = spec.groupByFour ? 4 : 3;
  let sign = '';
  if (spec.sign === '+') sign = parts.signChar === '-' ? '-' : '+';
  else if (spec.sign === ' ') sign = parts.signChar === '-' ? '-' : ' ';
  else if (parts.signChar === '-') sign = '-';
  const nonDigit = sign.length + parts.prefix.length + (parts.hasDecimal ? 1 : 0) + codePointLength(parts.remainder);
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigit : 0;
  let grouped = parts.digits.length === 0 ? '' : insertGrouping(parts.digits, minWidth, sep, size);
  const padding = spec.width - (nonDigit + grouped.length);
  let left = 0;
  let inner = 0;
  let right = 0;
  if (padding > 0) {
    if (spec.align === '<') right = padding;
    else if (spec.align === '^') {
      left = Math.floor(padding / 2);
      right = padding - left;
    } else if (spec.align === '=') inner = padding;
    else left = padding;
  }
  let prefix = parts.prefix;
  if (parts.toUpper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const fill = (n: number): string => spec.fill.repeat(n);
  return fill(left) + sign + prefix + fill(inner) + grouped + (parts.hasDecimal ? '.' : '') + parts.remainder + fill(right);
}
