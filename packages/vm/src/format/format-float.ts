/**
 * `format(x, spec)` for a float: types e, E, f, F, g, G, n, % and none (like repr, or like g
 * with at least one digit after the point when a precision is given). Mirrors CPython 3.8
 * Python/formatter_unicode.c `_PyFloat_FormatAdvancedWriter` and `format_float_internal`, with
 * the C locale for `n`.
 * @module
 */
import { floatRepr } from '../repr/float-repr.ts';
import { doubleToString, type DoubleFormatCode } from './double-to-string.ts';
import { formatError, type FormatResult } from './format-error.ts';
import { parseFormatSpec, unknownPresentationType, type FormatSpec } from './format-spec.ts';
import { layoutNumber } from './number-layout.ts';

const INT_MAX = 2147483647;

/**
 * Formats a float under an already parsed spec (`format_float_internal`); ints formatted with a
 * float type come here too.
 *
 * @param x - the value
 * @param spec - a spec whose type is one of e E f F g G n % or `''`
 * @returns the text, or the ValueError for a precision above `INT_MAX`
 * @see CPython 3.8 Python/formatter_unicode.c format_float_internal
 */
export function formatFloatWithSpec(x: number, spec: FormatSpec): FormatResult {
  if (spec.precision > INT_MAX) return formatError('ValueError', 'precision too big');
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  let type = spec.type;
  let value = x;
  let addPct = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  if (type === '%') {
    type = 'f';
    value *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let text = doubleToString(value, type as DoubleFormatCode, precision, { alt: spec.alternate, addDot0 });
  if (addPct) text += '%';
  let signChar = '';
  if (text.startsWith('-')) {
    signChar = '-';
    text = text.slice(1);
  }
  const digits = /^[0-9]*/.exec(text)?.[0] ?? '';
  const hasDecimal = text[digits.length] === '.';
  const remainder = text.slice(digits.length + (hasDecimal ? 1 : 0));
  return layoutNumber({ signChar, prefix: '', digits, hasDecimal, remainder, toUpper: false }, spec, spec.type === 'n');
}

/**
 * Returns `format(x, spec)` for a Python float.
 *
 * @param x - the value
 * @param spec - the format spec; `''` gives `str(x)`
 * @param typeName - the name of the value's type, for the unknown-format-code message
 * @returns the text, or the ValueError CPython raises
 * @example
 * ```ts
 * formatFloat(1e16, ''); // '1e+16'
 * formatFloat(1.5, '.3'); // '1.5'
 * formatFloat(1234.5, '010,.1f'); // '0,001,234.5'
 * ```
 * @see CPython 3.8 Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter
 */
export function formatFloat(x: number, spec: string, typeName = 'float'): FormatResult {
  if (spec === '') return floatRepr(x);
  const parsed = parseFormatSpec(spec, '', '>');
  if ('error' in parsed) return parsed;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'].includes(parsed.type)) return unknownPresentationType(parsed.type, typeName);
  return formatFloatWithSpec(x, parsed);
}
