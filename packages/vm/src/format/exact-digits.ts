/**
 * Decimal digits of a double, as David Gay's `_Py_dg_dtoa` gives them to CPython 3.8: mode 0
 * (shortest round-trip), mode 2 (`n` significant digits) and mode 3 (`n` digits after the point),
 * correctly rounded half-even on the exact binary value, trailing zeros stripped. Large
 * precisions are exact: a double is a dyadic rational, expanded with bigint arithmetic.
 * Mirrors CPython 3.8 Python/dtoa.c `_Py_dg_dtoa`.
 * @module
 */

/** Digits `d1 d2 ...` and decimal point position: the value is `0.d1d2... * 10**decpt`. */
export interface DecimalDigits {
  /** The digits without trailing zeros; empty when mode 3 rounds a value to zero. */
  readonly digits: string;
  /** Where the decimal point goes relative to the first digit. */
  readonly decpt: number;
}

/**
 * More significant digits than the exact decimal expansion of any double has (767 at most): a
 * request for more gives the same digits, the rest being zeros.
 */
const MAX_SIGNIFICANT_DIGITS = 800;

/** `x = mant * 2**exp` for a finite, positive `x`. */
function decompose(x: number): { mant: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return biased === 0 ? { mant: frac, exp: -1074 } : { mant: frac | (1n << 52n), exp: biased - 1075 };
}

/** `x * 10**p` as an exact fraction `num / den`. */
function scaled(x: number, p: number): { num: bigint; den: bigint } {
  const { mant, exp } = decompose(x);
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (p >= 0) num *= 10n ** BigInt(p);
  else den *= 10n ** BigInt(-p);
  return { num, den };
}

/** `round(x * 10**p)`, ties to even. */
function roundScaled(x: number, p: number): bigint {
  const { num, den } = scaled(x, p);
  const q = num / den;
  const twice = 2n * (num - q * den);
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** The exact `floor(log10(x))` of a finite positive `x`. */
function decimalExponent(x: number): number {
  let k = Math.floor(Math.log10(x));
  // Math.log10 may be off by one near powers of ten: check exactly against 10**k and 10**(k+1).
  for (;;) {
    const low = scaled(x, -k);
    if (low.num < low.den) {
      k -= 1;
      continue;
    }
    const high = scaled(x, -(k + 1));
    if (high.num >= high.den) {
      k += 1;
      continue;
    }
    return k;
  }
}

/** Digits of the integer `q`, read as `q * 10**-p`. */
function fromScaled(q: bigint, p: number): DecimalDigits {
  const text = q.toString();
  return { digits: text.replace(/0+$/, ''), decpt: text.length - p };
}

/**
 * The shortest digits that round-trip (`_Py_dg_dtoa` mode 0).
 *
 * @param x - a finite value; its sign is ignored
 * @returns the digits and decimal point position
 */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 };
  // ECMAScript's shortest round-trip digits, closest on ties: David Gay's mode 0.
  const text = Math.abs(x).toExponential();
  const e = text.indexOf('e');
  return { digits: text.slice(0, e).replace('.', ''), decpt: Number(text.slice(e + 1)) + 1 };
}

/**
 * The first `ndigits` significant digits, correctly rounded (`_Py_dg_dtoa` mode 2).
 *
 * @param x - a finite value; its sign is ignored
 * @param ndigits - at least 1
 * @returns the digits and decimal point position
 */
export function significantDigits(x: number, ndigits: number): DecimalDigits {
  const v = Math.abs(x);
  if (v === 0) return { digits: '0', decpt: 1 };
  // Past the exact expansion's digits there are only zeros, which are stripped anyway.
  const p = Math.min(ndigits, MAX_SIGNIFICANT_DIGITS) - 1 - decimalExponent(v);
  return fromScaled(roundScaled(v, p), p);
}

/**
 * The digits up to `ndigits` places after the decimal point, correctly rounded (`_Py_dg_dtoa`
 * mode 3). A value that rounds to zero gives no digits and `decpt = -ndigits`, as dtoa does.
 *
 * @param x - a finite value; its sign is ignored
 * @param ndigits - at least 0
 * @returns the digits and decimal point position
 */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
  const v = Math.abs(x);
  if (v === 0) return { digits: '0', decpt: 1 };
  // `mant * 2**exp` has at most `-exp` digits after the point: more places are zeros.
  const exact = Math.max(0, -decompose(v).exp);
  if (ndigits > exact) return fromScaled(roundScaled(v, exact), exact);
  const q = roundScaled(v, ndigits);
  return q === 0n ? { digits: '', decpt: -ndigits } : fromScaled(q, ndigits);
}
