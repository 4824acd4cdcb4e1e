/**
 * `format(n, spec)` for an int: types b, c, d, o, x, X, n and none, and e, E, f, F, g, G, %
 * through float. Mirrors CPython 3.8 Python/formatter_unicode.c `_PyLong_FormatAdvancedWriter`
 * and `format_long_internal`, with the C locale for `n`.
 * @module
 */
import { decimalDigitsError, formatError, type FormatError, type FormatResult } from './format-error.ts';
import { formatFloatWithSpec } from './format-float.ts';
import { parseFormatSpec, unknownPresentationType, type FormatSpec } from './format-spec.ts';
import { layoutNumber } from './number-layout.ts';

/**
 * Converts an int to a float as `PyLong_AsDouble` does: correctly rounded, ties to even.
 *
 * @param value - the int
 * @returns the float, or the OverflowError for ints beyond the float range
 */
export function intToFloat(value: bigint): number | FormatError {
  const x = Number(value);
  return Number.isFinite(x) ? x : formatError('OverflowError', 'int too large to convert to float');
}

const BASES: Readonly<Record<string, number>> = { b: 2, o: 8, x: 16, X: 16 };

/** `format_long_internal`: the integer presentation types. */
function formatLongInternal(value: bigint, spec: FormatSpec, maxDigits: number): FormatResult {
  if (spec.precision !== -1) return formatError('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.type === 'c') {
    if (spec.sign !== '') return formatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) return formatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (value < -(2n ** 63n) || value >= 2n ** 63n) return formatError('OverflowError', 'Python int too large to convert to C long');
    if (value < 0n || value > 0x10ffffn) return formatError('OverflowError', '%c arg not in range(0x110000)');
    const remainder = String.fromCodePoint(Number(value));
    return layoutNumber({ signChar: '', prefix: '', digits: '', hasDecimal: false, remainder, toUpper: false }, spec, false);
  }
  const base = BASES[spec.type] ?? 10;
  const prefix = spec.alternate && base !== 10 ? `0${spec.type.toLowerCase()}` : '';
  const magnitude = value < 0n ? -value : value;
  if (base === 10) {
    const tooLong = decimalDigitsError(magnitude.toString().length, maxDigits);
    if (tooLong !== null) return tooLong;
  }
  return layoutNumber(
    { signChar: value < 0n ? '-' : '', prefix, digits: magnitude.toString(base), hasDecimal: false, remainder: '', toUpper: spec.type === 'X' },
    spec,
    spec.type === 'n',
  );
}

/**
 * Returns `format(value, spec)` for a Python int.
 *
 * @param value - the int
 * @param spec - the format spec; `''` gives `str(value)`
 * @param typeName - the name of the value's type, for the unknown-format-code message
 * @param maxDigits - the `sys.set_int_max_str_digits` limit for decimal output (0: none)
 * @param floatOf - the number the float presentation types (`e f g %`...) format, asked only
 *   after the spec parsed: `PyNumber_Float` of the object, which an int subclass's own
 *   `__float__` decides; by default the int's value
 * @returns the text, or the ValueError or OverflowError CPython raises
 * @example
 * ```ts
 * formatInt(1234n, '010,'); // '00,001,234'
 * formatInt(255n, '#_b'); // '0b1111_1111'
 * formatInt(1n, '.2f'); // '1.00'
 * ```
 * @see CPython 3.8 Python/formatter_unicode.c _PyLong_FormatAdvancedWriter
 */
export function formatInt(value: bigint, spec: string, typeName = 'int', maxDigits = 0, floatOf?: () => number): FormatResult {
  if (spec === '') return decimalDigitsError((value < 0n ? -value : value).toString().length, maxDigits) ?? value.toString();
  const parsed = parseFormatSpec(spec, 'd', '>');
  if ('error' in parsed) return parsed;
  switch (parsed.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatLongInternal(value, parsed, maxDigits);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      const x = floatOf === undefined ? intToFloat(value) : floatOf();
      return typeof x === 'number' ? formatFloatWithSpec(x, parsed) : x;
    }
    default:
      return unknownPresentationType(parsed.type, typeName);
  }
}
