/**
 * A double as text in the formats e, E, f, F, g, G and r. Mirrors CPython 3.8
 * Python/pystrtod.c `PyOS_double_to_string` and `format_float_short`, flags `Py_DTSF_SIGN`,
 * `Py_DTSF_ADD_DOT_0` and `Py_DTSF_ALT`.
 * @module
 */
import { fixedDigits, shortestDigits, significantDigits, type DecimalDigits } from './exact-digits.ts';

/** The `Py_DTSF_*` flags of {@link doubleToString}. */
export interface DoubleToStringFlags {
  /** `Py_DTSF_SIGN`: write `+` before non-negative values. */
  readonly sign?: boolean;
  /** `Py_DTSF_ADD_DOT_0`: integral values without exponent get `.0` (and 'g' keeps one more digit). */
  readonly addDot0?: boolean;
  /** `Py_DTSF_ALT`: keep the trailing decimal point, and 'g' keeps trailing zeros. */
  readonly alt?: boolean;
}

/** Format codes of {@link doubleToString}. */
export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

/**
 * Formats a double as `PyOS_double_to_string(x, code, precision, flags)` does.
 *
 * @param x - the value
 * @param code - the format code; upper case gives `E`, `INF` and `NAN`
 * @param precision - digits after the point (e, f), significant digits (g; 0 means 1); ignored for r
 * @param flags - sign, `.0` and alternate-form flags
 * @returns the text, e.g. `'1.500000e+00'`
 * @example
 * ```ts
 * doubleToString(1.5, 'e', 6, {}); // '1.500000e+00'
 * doubleToString(100, 'g', 3, { addDot0: true }); // '1e+02'
 * ```
 * @see CPython 3.8 Python/pystrtod.c format_float_short
 */
export function doubleToString(x: number, code: DoubleFormatCode, precision: number, flags: DoubleToStringFlags): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lower = code.toLowerCase();
  const addDot0 = flags.addDot0 === true;
  const alt = flags.alt === true;
  let prec = precision;
  let d: DecimalDigits;
  if (Number.isFinite(x)) {
    if (lower === 'e') {
      prec += 1;
      d = significantDigits(x, prec);
    } else if (lower === 'f') d = fixedDigits(x, prec);
    else if (lower === 'g') {
      if (prec === 0) prec = 1;
      d = significantDigits(x, prec);
    } else d = shortestDigits(x);
  } else {
    const sign = x < 0 ? '-' : flags.sign === true ? '+' : '';
    const word = Number.isNaN(x) ? (flags.sign === true ? '+nan' : 'nan') : sign + 'inf';
    return upper ? word.toUpperCase() : word;
  }
  const negative = x < 0 || Object.is(x, -0);
  let decpt = d.decpt;
  const digitsLen = d.digits.length;
  let vEnd = digitsLen;
  let useExp = false;
  if (lower === 'e') {
    useExp = true;
    vEnd = prec;
  } else if (lower === 'f') vEnd = decpt + prec;
  else if (lower === 'g') {
    if (decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec)) useExp = true;
    if (alt) vEnd = prec;
  } else if (decpt <= -4 || decpt > 16) useExp = true;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = negative ? '-' : flags.sign === true ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= digitsLen) out += d.digits.slice(0, decpt) + '.' + d.digits.slice(decpt);
  else out += d.digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - digitsLen);
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  return out;
}
