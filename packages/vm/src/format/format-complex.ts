/**
 * `format(z, spec)` for a complex number: types e, E, f, F, g, G, n and none (like str, with the
 * real part left out when it is +0 and parentheses otherwise); no zero padding, no `=`
 * alignment. Mirrors CPython 3.8 Python/formatter_unicode.c `format_complex_internal`.
 * @module
 */
import { doubleToString, type DoubleFormatCode } from './double-to-string.ts';
import { formatError, type FormatResult } from './format-error.ts';
import { parseFormatSpec, unknownPresentationType, type FormatSpec } from './format-spec.ts';
import { layoutNumber } from './number-layout.ts';

const INT_MAX = 2147483647;

/** One part as `calc_number_widths`/`fill_number` lay it out without padding. */
function part(x: number, type: string, precision: number, alt: boolean, spec: FormatSpec, sign: string): string {
  let text = doubleToString(x, type as DoubleFormatCode, precision, { alt });
  let signChar = '';
  if (text.startsWith('-')) {
    signChar = '-';
    text = text.slice(1);
  }
  const digits = /^[0-9]*/.exec(text)?.[0] ?? '';
  const hasDecimal = text[digits.length] === '.';
  const remainder = text.slice(digits.length + (hasDecimal ? 1 : 0));
  const tmp: FormatSpec = { ...spec, fill: ' ', align: '<', width: -1, sign };
  return layoutNumber({ signChar, prefix: '', digits, hasDecimal, remainder, toUpper: false }, tmp, spec.type === 'n');
}

/**
 * Returns `format(complex(re, im), spec)` for a non-empty spec (an empty one gives `str(z)`).
 *
 * @param re - the real part
 * @param im - the imaginary part
 * @param spec - the format spec
 * @param typeName - the type's name for the unknown-format-code message
 * @returns the text, or the ValueError CPython raises
 * @example
 * ```ts
 * formatComplex(3, 4, '.2f'); // '3.00+4.00j'
 * ```
 * @see CPython 3.8 Python/formatter_unicode.c format_complex_internal
 */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): FormatResult {
  const parsed = parseFormatSpec(spec, '', '>');
  if ('error' in parsed) return parsed;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(parsed.type)) return unknownPresentationType(parsed.type, typeName);
  if (parsed.precision > INT_MAX) return formatError('ValueError', 'precision too big');
  if (parsed.fill === '0') return formatError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (parsed.align === '=') return formatError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = parsed.type;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  let precision = parsed.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const reText = skipRe ? '' : part(re, type, precision, parsed.alternate, parsed, parsed.sign);
  const imText = part(im, type, precision, parsed.alternate, parsed, skipRe ? parsed.sign : '+');
  const body = (parens ? '(' : '') + reText + imText + 'j' + (parens ? ')' : '');
  const n = Array.from(body).length;
  const padding = Math.max(0, parsed.width - n);
  const left = parsed.align === '<' ? 0 : parsed.align === '^' ? Math.floor(padding / 2) : padding;
  return parsed.fill.repeat(left) + body + parsed.fill.repeat(padding - left);
}
