/**
 * `repr()` of a float: the shortest digits that round-trip, laid out as Python does. Mirrors
 * CPython 3.8 Python/pystrtod.c `PyOS_double_to_string` with format code `'r'`
 * (`format_float_short`) and Objects/floatobject.c `float_repr`.
 * @module
 */

/** Options of {@link formatDoubleR}: the `Py_DTSF_*` flags that matter for mode `'r'`. */
export interface FormatDoubleFlags {
  /** `Py_DTSF_ADD_DOT_0`: add `.0` to an integral value written without an exponent. */
  readonly addDot0: boolean;
  /** `Py_DTSF_SIGN`: always write a sign, `+` for positive values and nan. */
  readonly sign: boolean;
}

/**
 * The shortest round-trip decimal digits of a finite, non-zero, positive `x` and the position of
 * the decimal point (`x = 0.DIGITS * 10**decpt`), as `_Py_dg_dtoa` mode 0 gives them.
 */
function shortestDigits(x: number): { digits: string; decpt: number } {
  // ECMAScript's toExponential() without an argument gives the shortest digits that round-trip,
  // choosing the closest on ties, which is what David Gay's mode 0 gives CPython.
  const text = x.toExponential();
  const e = text.indexOf('e');
  const digits = text.slice(0, e).replace('.', '');
  return { digits, decpt: Number(text.slice(e + 1)) + 1 };
}

/**
 * Formats a double as `PyOS_double_to_string(x, 'r', 0, flags)` does.
 *
 * @remarks
 * **Details**: the shortest digits that round-trip; an exponent (`e+16`, `e-05`: sign and at least
 * two digits) when the decimal exponent is below -4 or at least 16; `inf` and `nan` for the
 * non-finite values (nan never shows its sign bit).
 *
 * @param x - the value
 * @param flags - whether to add `.0` to integral values and whether to always write a sign
 * @returns the formatted text
 * @example
 * ```ts
 * formatDoubleR(1e16, { addDot0: true, sign: false }); // '1e+16'
 * formatDoubleR(2, { addDot0: false, sign: true }); // '+2'
 * ```
 * @see CPython 3.8 Python/pystrtod.c format_float_short
 */
export function formatDoubleR(x: number, flags: FormatDoubleFlags): string {
  if (Number.isNaN(x)) return flags.sign ? '+nan' : 'nan';
  const negative = x < 0 || Object.is(x, -0);
  const sign = negative ? '-' : flags.sign ? '+' : '';
  if (!Number.isFinite(x)) return sign + 'inf';
  const { digits, decpt } = x === 0 ? { digits: '0', decpt: 1 } : shortestDigits(Math.abs(x));
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mantissa = digits.length > 1 ? `${digits[0] ?? ''}.${digits.slice(1)}` : digits;
    const expDigits = String(Math.abs(exp)).padStart(2, '0');
    return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${expDigits}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) {
    return sign + digits + '0'.repeat(decpt - digits.length) + (flags.addDot0 ? '.0' : '');
  }
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/**
 * Returns the repr of a Python float.
 *
 * @param x - the value
 * @returns the text `repr(x)` gives in Python 3.8
 * @example
 * ```ts
 * floatRepr(0.1); // '0.1'
 * floatRepr(1e-5); // '1e-05'
 * floatRepr(-0); // '-0.0'
 * ```
 * @see CPython 3.8 Objects/floatobject.c float_repr
 */
export function floatRepr(x: number): string {
  return formatDoubleR(x, { addDot0: true, sign: false });
}
