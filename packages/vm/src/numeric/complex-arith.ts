/**
 * Python `complex` arithmetic: CPython's formulas, including Smith's division and the integer
 * power by repeated squaring. Mirrors CPython 3.8 Objects/complexobject.c.
 * @module
 */
import { libmPow } from './float-arith.ts';
import { numericError, type NumericResult } from './numeric-result.ts';
import { crAtan2, crCos, crLog, crSin } from './precise-math.ts';
import { libmExp } from './libm-exp.ts';
import { libmHypot } from './libm-hypot.ts';

/** A complex number as two doubles (CPython's `Py_complex`). */
export interface Complex {
  readonly real: number;
  readonly imag: number;
}

const ONE: Complex = { real: 1, imag: 0 };

/** `a + b` (`_Py_c_sum`). */
export function complexAdd(a: Complex, b: Complex): Complex {
  return { real: a.real + b.real, imag: a.imag + b.imag };
}

/** `a - b` (`_Py_c_diff`). */
export function complexSub(a: Complex, b: Complex): Complex {
  return { real: a.real - b.real, imag: a.imag - b.imag };
}

/** `a * b` (`_Py_c_prod`). */
export function complexMul(a: Complex, b: Complex): Complex {
  return { real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real };
}

/** `_Py_c_quot`: the quotient, or null where C sets `errno = EDOM` (division by zero). */
function cQuot(a: Complex, b: Complex): Complex | null {
  const absBreal = b.real < 0 ? -b.real : b.real;
  const absBimag = b.imag < 0 ? -b.imag : b.imag;
  if (absBreal >= absBimag) {
    if (absBreal === 0.0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (absBimag >= absBreal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  return { real: NaN, imag: NaN };
}

/**
 * `a / b`.
 *
 * @see CPython 3.8 Objects/complexobject.c complex_div, _Py_c_quot
 */
export function complexDiv(a: Complex, b: Complex): NumericResult<Complex> {
  const r = cQuot(a, b);
  return r ?? numericError('ZeroDivisionError', 'complex division by zero');
}

/** The C `errno` values the complex power can leave behind. */
type Errno = 0 | 'EDOM' | 'ERANGE';

/** A complex result with the `errno` the C code would see. */
interface WithErrno {
  readonly value: Complex;
  readonly errno: Errno;
}

/** glibc `pow(x, y)` for `x > 0` with its `errno`: ERANGE when it overflows or underflows to 0. */
function libmPowErrno(x: number, y: number): { readonly value: number; readonly erange: boolean } {
  if (y === 0 || x === 1) return { value: 1, erange: false };
  if (Number.isNaN(x) || Number.isNaN(y)) return { value: NaN, erange: false };
  if (x === Infinity) return { value: y > 0 ? Infinity : 0, erange: false };
  if (!Number.isFinite(y)) return { value: x < 1 === y > 0 ? 0 : Infinity, erange: false };
  const value = libmPow(x, y);
  return { value, erange: value === 0 || value === Infinity };
}

/** `_Py_c_pow`, with the `errno` its libm calls set. */
function cPow(a: Complex, b: Complex): WithErrno {
  if (b.real === 0 && b.imag === 0) return { value: ONE, errno: 0 };
  if (a.real === 0 && a.imag === 0) return { value: { real: 0, imag: 0 }, errno: b.imag !== 0 || b.real < 0 ? 'EDOM' : 0 };
  let errno: Errno = 0;
  const vabs = libmHypot(a.real, a.imag);
  if (vabs === Infinity && Number.isFinite(a.real) && Number.isFinite(a.imag)) errno = 'ERANGE';
  const p = libmPowErrno(vabs, b.real);
  if (p.erange) errno = 'ERANGE';
  let len = p.value;
  const at = crAtan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0.0) {
    const e = libmExp(at * b.imag);
    if ((e === 0 || e === Infinity) && Number.isFinite(at * b.imag)) errno = 'ERANGE';
    len /= e;
    phase += b.imag * crLog(vabs);
  }
  if (phase === Infinity || phase === -Infinity) errno = 'EDOM'; // cos(inf), sin(inf)
  return { value: { real: len * crCos(phase), imag: len * crSin(phase) }, errno };
}

/** `c_powu`: `x ** n` for `n >= 1` by repeated squaring. */
function cPowu(x: Complex, n: number): Complex {
  let r = ONE;
  let p = x;
  for (let mask = 1; n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = complexMul(r, p);
    p = complexMul(p, p);
  }
  return r;
}

/** `c_powi`. */
function cPowi(x: Complex, n: number): WithErrno {
  if (n > 100 || n < -100) return cPow(x, { real: n, imag: 0 });
  if (n > 0) return { value: cPowu(x, n), errno: 0 };
  const q = cQuot(ONE, cPowu(x, -n));
  return q === null ? { value: { real: 0, imag: 0 }, errno: 'EDOM' } : { value: q, errno: 0 };
}

/**
 * `a ** b`.
 *
 * @see CPython 3.8 Objects/complexobject.c complex_pow
 */
export function complexPow(a: Complex, b: Complex): NumericResult<Complex> {
  // `(long)exponent.real`: x86-64 turns an out-of-range double into LONG_MIN.
  const intExponent = Math.abs(b.real) < 2 ** 63 ? Math.trunc(b.real) : -(2 ** 63);
  const { value: p, errno: e } = b.imag === 0 && b.real === intExponent ? cPowi(a, intExponent) : cPow(a, b);
  let errno = e;
  const huge = Math.abs(p.real) === Infinity || Math.abs(p.imag) === Infinity;
  if (huge) {
    if (errno === 0) errno = 'ERANGE';
  } else if (errno === 'ERANGE') {
    errno = 0;
  }
  if (errno === 'EDOM') return numericError('ZeroDivisionError', '0.0 to a negative or complex power');
  if (errno === 'ERANGE') return numericError('OverflowError', 'complex exponentiation');
  return p;
}

/** `-a`. */
export function complexNeg(a: Complex): Complex {
  return { real: -a.real, imag: -a.imag };
}
