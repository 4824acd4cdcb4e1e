/**
 * `repr()` of a complex number. Mirrors CPython 3.8 Objects/complexobject.c `complex_repr`.
 * @module
 */
import { formatDoubleR } from './float-repr.ts';

/**
 * Returns the repr of a Python complex.
 *
 * @remarks
 * A real part of +0.0 is left out (`2j`); otherwise both parts are shown in parentheses, the
 * imaginary one always signed (`(1-0j)`, `(-0+1j)`, `(nan+infj)`). Integral parts get no `.0`.
 *
 * @param real - the real part
 * @param imag - the imaginary part
 * @returns the text `repr(complex(real, imag))` gives in Python 3.8
 * @example
 * ```ts
 * complexRepr(0, 2); // '2j'
 * complexRepr(1.5, -2); // '(1.5-2j)'
 * ```
 * @see CPython 3.8 Objects/complexobject.c complex_repr
 */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return formatDoubleR(imag, { addDot0: false, sign: false }) + 'j';
  const re = formatDoubleR(real, { addDot0: false, sign: false });
  const im = formatDoubleR(imag, { addDot0: false, sign: true });
  return `(${re}${im}j)`;
}
