/**
 * The `time` module on corosim's virtual clock: `time()`, `monotonic()`, `perf_counter()` and
 * their `_ns` forms read it, `sleep(x)` advances it by `x` seconds. The clock starts at 0.0 for
 * every run (runtime/virtual-time.ts); `process_time()` counts no CPU time and stays 0.0. The
 * calendar functions (time-convert.ts) read the same clock, in UTC.
 * Mirrors CPython 3.8 Modules/timemodule.c for the names it provides.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyFloat, newFloat } from '../objects/float.ts';
import { newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { raiseMessage } from '../runtime/errors.ts';
import { incref, type PyObject } from '../runtime/object.ts';
import { advance, now } from '../runtime/virtual-time.ts';
import { defineNativeModule } from './module-builder.ts';
import { CONVERSIONS, structTimeType, zoneValues } from './time-convert.ts';
import { longValue } from '../runtime/abstract-number.ts';

function toNs(seconds: number): PyObject {
  return newInt(BigInt(Math.round(seconds * 1e9)));
}

/** `_PyTime_overflow`: the seconds do not fit a `_PyTime_t` of nanoseconds. */
function pyTimeOverflow(): never {
  throw raiseMessage(E.OverflowError, 'timestamp too large to convert to C _PyTime_t');
}

/**
 * `_PyTime_FromSecondsObject`: a float, or an int (`PyLong_AsLongLong`), whose nanoseconds fit a
 * signed 64-bit `_PyTime_t`.
 */
function secondsArg(o: PyObject): number {
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

const FUNCTIONS: NativeDef[] = [
  { name: 'time', kind: 'noargs', impl: () => newFloat(now()) },
  { name: 'monotonic', kind: 'noargs', impl: () => newFloat(now()) },
  { name: 'perf_counter', kind: 'noargs', impl: () => newFloat(now()) },
  { name: 'process_time', kind: 'noargs', impl: () => newFloat(0) },
  { name: 'thread_time', kind: 'noargs', impl: () => newFloat(0) },
  { name: 'time_ns', kind: 'noargs', impl: () => toNs(now()) },
  { name: 'monotonic_ns', kind: 'noargs', impl: () => toNs(now()) },
  { name: 'perf_counter_ns', kind: 'noargs', impl: () => toNs(now()) },
  { name: 'process_time_ns', kind: 'noargs', impl: () => newInt(0) },
  { name: 'thread_time_ns', kind: 'noargs', impl: () => newInt(0) },
  {
    name: 'sleep', kind: 'o',
    impl: (_m, args) => {
      const secs = secondsArg(args[0] as PyObject);
      if (secs < 0) throw raiseMessage(E.ValueError, 'sleep length must be non-negative');
      advance(secs);
      return incref(None);
    },
  },
];

defineNativeModule({
  name: 'time',
  doc: 'This module provides various functions to manipulate time values.\n\n'
    + 'corosim: every clock reads the virtual time of the run, which starts at 0.0; sleep() advances it; local time is UTC.',
  functions: [...FUNCTIONS, ...CONVERSIONS],
  values: () => [['struct_time', incref(structTimeType)], ...zoneValues()],
});
