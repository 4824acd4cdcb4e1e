/**
 * The `time` module on corosim's virtual clock: `time()`, `monotonic()`, `perf_counter()` and
 * their `_ns` forms read it, `sleep(x)` advances it by `x` seconds. The clock starts at 0.0 for
 * every run (runtime/virtual-time.ts); `process_time()` counts no CPU time and stays 0.0. The
 * calendar functions (time-convert.ts) read the same clock, in UTC.
 * Mirrors CPython 3.8 Modules/timemodule.c for the names it provides.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { newFloat } from '../objects/float.ts';
import { newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { raiseMessage } from '../runtime/errors.ts';
import { incref, type PyObject } from '../runtime/object.ts';
import { advance, now } from '../runtime/virtual-time.ts';
import { defineNativeModule } from './module-builder.ts';
import { CONVERSIONS, structTimeType, zoneValues } from './time-convert.ts';
import { secondsArg } from './time-seconds.ts';

function toNs(seconds: number): PyObject {
  return newInt(BigInt(Math.round(seconds * 1e9)));
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
  // `_STRUCT_TM_ITEMS`: how many fields a struct_time has with tm_zone and tm_gmtoff (11 on Linux).
  values: () => [['struct_time', incref(structTimeType)], ...zoneValues(), ['_STRUCT_TM_ITEMS', newInt(11)]],
});
