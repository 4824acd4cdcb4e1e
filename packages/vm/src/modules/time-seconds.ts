/**
 * Seconds given to a C function that takes a timeout or a duration (`time.sleep`,
 * `RLock.acquire(timeout=...)`): a float or an int whose nanoseconds fit CPython's signed 64-bit
 * `_PyTime_t`. Mirrors CPython 3.8 Python/pytime.c `_PyTime_FromSecondsObject`.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyFloat } from '../objects/float.ts';
import { raiseMessage } from '../runtime/errors.ts';
import type { PyObject } from '../runtime/object.ts';
import { longValue } from '../runtime/abstract-number.ts';

/** `_PyTime_overflow`: the seconds do not fit a `_PyTime_t` of nanoseconds. */
function pyTimeOverflow(): never {
  throw raiseMessage(E.OverflowError, 'timestamp too large to convert to C _PyTime_t');
}

/**
 * A seconds argument as `_PyTime_FromSecondsObject` reads it: a float (not NaN), or an int
 * (`PyLong_AsLongLong`), whose nanoseconds fit a signed 64-bit `_PyTime_t`.
 *
 * @param o - the argument.
 * @returns the seconds.
 * @see CPython 3.8 Python/pytime.c `_PyTime_FromSecondsObject`
 */
export function secondsArg(o: PyObject): number {
  if (o instanceof PyFloat) {
    if (Number.isNaN(o.value)) throw raiseMessage(E.ValueError, 'Invalid value NaN (not a number)');
    // `_Py_InIntegralTypeRange(_PyTime_t, d)`, on the nanoseconds as a double
    const ns = Math.ceil(Math.abs(o.value * 1e9)) * Math.sign(o.value);
    if (!(ns >= -(2 ** 63) && ns <= 2 ** 63)) pyTimeOverflow();
    return o.value;
  }
  const sec = BigInt(longValue(o));
  if (sec >= 2n ** 63n || sec < -(2n ** 63n)) pyTimeOverflow();
  // `_PyTime_check_mul_overflow(sec, SEC_TO_NS)`
  if (sec > (2n ** 63n - 1n) / 1_000_000_000n || sec < -(2n ** 63n) / 1_000_000_000n) pyTimeOverflow();
  return Number(sec);
}
