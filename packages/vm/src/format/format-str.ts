/**
 * `format(s, spec)` for a str: fill, alignment, width and precision (truncation), all counted in
 * code points. Mirrors CPython 3.8 Python/formatter_unicode.c `_PyUnicode_FormatAdvancedWriter`
 * and `format_string_internal`.
 * @module
 */
import { formatError, type FormatResult } from './format-error.ts';
import { parseFormatSpec, unknownPresentationType } from './format-spec.ts';

/**
 * Returns `format(s, spec)` for a Python str.
 *
 * @param s - the string
 * @param spec - the format spec; `''` gives `s`
 * @param typeName - the name of the value's type, for the unknown-format-code message
 * @returns the text, or the ValueError CPython raises
 * @example
 * ```ts
 * formatStr('abc', '*^7'); // '**abc**'
 * formatStr('abcdef', '.2'); // 'ab'
 * formatStr('abc', '+'); // { error: 'ValueError', message: 'Sign not allowed in string format specifier' }
 * ```
 * @see CPython 3.8 Python/formatter_unicode.c format_string_internal
 */
export function formatStr(s: string, spec: string, typeName = 'str'): FormatResult {
  if (spec === '') return s;
  const parsed = parseFormatSpec(spec, 's', '<');
  if ('error' in parsed) return parsed;
  if (parsed.type !== 's') return unknownPresentationType(parsed.type, typeName);
  if (parsed.sign !== '') return formatError('ValueError', 'Sign not allowed in string format specifier');
  if (parsed.alternate) return formatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (parsed.align === '=') return formatError('ValueError', "'=' alignment not allowed in string format specifier");
  let cps = Array.from(s);
  if (parsed.precision >= 0 && cps.length > parsed.precision) cps = cps.slice(0, parsed.precision);
  const body = cps.join('');
  const total = Math.max(parsed.width, cps.length);
  const pad = total - cps.length;
  let left = 0;
  if (parsed.align === '>') left = pad;
  else if (parsed.align === '^') left = Math.floor(pad / 2);
  return parsed.fill.repeat(left) + body + parsed.fill.repeat(pad - left);
}
