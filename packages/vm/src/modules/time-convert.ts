/**
 * The `time` module's conversions between seconds and `struct_time`: `gmtime`, `localtime`,
 * `mktime`, `asctime`, `ctime` and `strftime`, with their argument checks and messages. "Now" is
 * the run's virtual clock, and local time is UTC (`timezone` 0, `tzname` ('UTC', 'UTC')), as under
 * `TZ=UTC`. Mirrors CPython 3.8 Modules/timemodule.c.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyFloat, newFloat } from '../objects/float.ts';
import { newBool, newInt } from '../objects/int.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyStructSeq, newStructSeq, newStructSeqType } from '../objects/struct-seq.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { newExceptionStealing, raiseMessage, raiseValue, typeError } from '../runtime/errors.ts';
import type { PyObject } from '../runtime/object.ts';
import { now } from '../runtime/virtual-time.ts';
import { brokenDown, secondsOf, type BrokenDownTime } from './time-calendar.ts';
import { strftime } from './time-strftime.ts';
import { newSimpleNamespace } from './types.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { longValue } from '../runtime/abstract-number.ts';
import { formatIntArg } from '../objects/list-methods.ts';

/** `time.struct_time`: nine items, and `tm_zone`/`tm_gmtoff` as attributes only. */
export const structTimeType = newStructSeqType({
  name: 'struct_time',
  module: 'time',
  doc: 'The time value as returned by gmtime(), localtime(), and strptime(), and\n'
    + ' accepted by asctime(), mktime() and strftime().  May be considered as a\n'
    + ' sequence of 9 integers.\n\n'
    + " Note that several fields' values are not the same as those defined by\n"
    + ' the C language standard for struct tm.  For example, the value of the\n'
    + ' field tm_year is the actual year, not year - 1900.  See individual\n'
    + " fields' descriptions for details.",
  canCreate: true,
  visible: 9,
  fields: [
    { name: 'tm_year', doc: 'year, for example, 1993' },
    { name: 'tm_mon', doc: 'month of year, range [1, 12]' },
    { name: 'tm_mday', doc: 'day of month, range [1, 31]' },
    { name: 'tm_hour', doc: 'hours, range [0, 23]' },
    { name: 'tm_min', doc: 'minutes, range [0, 59]' },
    { name: 'tm_sec', doc: 'seconds, range [0, 61])' },
    { name: 'tm_wday', doc: 'day of week, range [0, 6], Monday is 0' },
    { name: 'tm_yday', doc: 'day of year, range [1, 366]' },
    { name: 'tm_isdst', doc: '1 if summer time is in effect, 0 if not, and -1 if unknown' },
    { name: 'tm_zone', doc: 'abbreviation of timezone name' },
    { name: 'tm_gmtoff', doc: 'offset from UTC in seconds' },
  ],
});

/** The zone `localtime` reports (glibc's `gmtime` says GMT). */
const LOCAL_ZONE = 'UTC';

/** `tmtotuple`. */
function toStructTime(tm: BrokenDownTime): PyObject {
  const fields = [tm.year + 1900, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7, tm.yday + 1, tm.isdst];
  return newStructSeq(structTimeType, [...fields.map((v) => newInt(v)), newStr(tm.zone ?? ''), newInt(tm.gmtoff)]);
}

const TIME_T_RANGE = 2 ** 63;

/** `_PyTime_ObjectToTime_t(o, _PyTime_ROUND_FLOOR)`. */
function timeT(o: PyObject): number {
  if (o instanceof PyFloat) {
    if (Number.isNaN(o.value)) throw raiseMessage(E.ValueError, 'Invalid value NaN (not a number)');
    const t = Math.floor(o.value);
    if (!(t >= -TIME_T_RANGE && t < TIME_T_RANGE)) throw raiseMessage(E.OverflowError, 'timestamp out of range for platform time_t');
    return t;
  }
  // `_PyLong_AsTime_t`: `PyLong_AsLongLong`, its OverflowError reworded
  const v = longValue(o);
  if (typeof v === 'bigint' && (v < -(2n ** 63n) || v >= 2n ** 63n)) throw raiseMessage(E.OverflowError, 'timestamp out of range for platform time_t');
  return Number(v);
}

/** `parse_time_t_args`: the optional seconds argument, the virtual clock's now by default. */
function secondsArg(fname: string, args: readonly PyObject[]): number {
  if (args.length > 1) throw typeError(`${fname}() takes at most 1 argument (${args.length} given)`);
  const o = args[0];
  return o === undefined || o === None ? Math.floor(now()) : timeT(o);
}

/** `_PyTime_gmtime` / `_PyTime_localtime`: OSError when the year does not fit the C library's. */
function convert(t: number, zone: string): BrokenDownTime {
  const tm = brokenDown(t, zone);
  if (tm === null) throw raiseValue(newExceptionStealing(E.OSError, [newInt(75), newStr('Value too large for defined data type')]));
  return tm;
}

/** `PyArg_ParseTuple(args, "iiiiiiiii")`: one time-tuple field. */
const cInt = formatIntArg;

/** `gettmarg`: a 9-tuple or a struct_time (whose zone and offset come along). */
function timeTuple(o: PyObject, fname: string): BrokenDownTime {
  if (!(o instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
  if (o.items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const [year, mon, mday, hour, min, sec, wday, yday, isdst] = o.items.map(cInt) as [number, number, number, number, number, number, number, number, number];
  if (year < -(2 ** 31) + 1900) throw raiseMessage(E.OverflowError, 'year out of range');
  const tm: BrokenDownTime = { year: year - 1900, mon: mon - 1, mday, hour, min, sec, wday: (wday + 1) % 7, yday: yday - 1, isdst, zone: null, gmtoff: 0 };
  if (o instanceof PyStructSeq && o.type === structTimeType) {
    const [zone, gmtoff] = o.hidden;
    if (zone instanceof PyStr) tm.zone = zone.value;
    if (gmtoff !== undefined && gmtoff !== None) tm.gmtoff = cInt(gmtoff);
  }
  return tm;
}

/** `checktm`: fields strftime and asctime index tables with; 0 stands for the lowest month or day. */
function checkTm(tm: BrokenDownTime): BrokenDownTime {
  const fail = (what: string): never => {
    throw raiseMessage(E.ValueError, `${what} out of range`);
  };
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) fail('month');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) fail('day of month');
  if (tm.hour < 0 || tm.hour > 23) fail('hour');
  if (tm.min < 0 || tm.min > 59) fail('minute');
  if (tm.sec < 0 || tm.sec > 61) fail('seconds');
  if (tm.wday < 0) fail('day of week');
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) fail('day of year');
  return tm;
}

/** The time tuple argument of asctime/strftime, or local now when absent. */
function tupleOrNow(o: PyObject | undefined, fname: string): BrokenDownTime {
  return o === undefined ? convert(Math.floor(now()), LOCAL_ZONE) : checkTm(timeTuple(o, fname));
}

/** `_asctime`: `Sat Jun  6 16:26:11 1998`. */
function asctime(tm: BrokenDownTime): PyObject {
  const two = (n: number): string => String(n).padStart(2, '0');
  return newStr(`${strftime('%a %b', tm)} ${String(tm.mday).padStart(2, ' ')} ${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)} ${tm.year + 1900}`);
}

/** What `get_clock_info` reports of each clock: CPython's clocks on Linux (the virtual clock stands in for them). */
const CLOCKS: Readonly<Record<string, readonly [adjustable: boolean, implementation: string, monotonic: boolean]>> = {
  time: [true, 'clock_gettime(CLOCK_REALTIME)', false],
  monotonic: [false, 'clock_gettime(CLOCK_MONOTONIC)', true],
  perf_counter: [false, 'clock_gettime(CLOCK_MONOTONIC)', true],
  process_time: [false, 'clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true],
  thread_time: [false, 'clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true],
};

/** `get_clock_info(name)`. */
function clockInfo(clock: PyObject): PyObject {
  if (!(clock instanceof PyStr)) throw typeError(`get_clock_info() argument 1 must be str, not ${argTypeName(clock)}`);
  const info = Object.hasOwn(CLOCKS, clock.value) ? CLOCKS[clock.value] : undefined;
  if (info === undefined) throw raiseMessage(E.ValueError, 'unknown clock');
  const [adjustable, implementation, monotonic] = info;
  return newSimpleNamespace([
    ['adjustable', newBool(adjustable)],
    ['implementation', newStr(implementation)],
    ['monotonic', newBool(monotonic)],
    ['resolution', newFloat(1e-9)],
  ]);
}

/** The conversion functions, for the module's function table. */
export const CONVERSIONS: NativeDef[] = [
  { name: 'gmtime', kind: 'fast', impl: (_m, args) => toStructTime(convert(secondsArg('gmtime', args), 'GMT')) },
  { name: 'localtime', kind: 'fast', impl: (_m, args) => toStructTime(convert(secondsArg('localtime', args), LOCAL_ZONE)) },
  {
    name: 'mktime', kind: 'o',
    impl: (_m, args) => {
      const t = secondsOf(timeTuple(args[0] as PyObject, 'mktime'));
      if (t === null) throw raiseMessage(E.OverflowError, 'mktime argument out of range');
      return newFloat(t);
    },
  },
  {
    name: 'asctime', kind: 'fast',
    impl: (_m, args) => {
      if (args.length > 1) throw typeError(`asctime expected at most 1 argument, got ${args.length}`);
      return asctime(tupleOrNow(args[0], 'asctime'));
    },
  },
  { name: 'ctime', kind: 'fast', impl: (_m, args) => asctime(convert(secondsArg('ctime', args), LOCAL_ZONE)) },
  {
    name: 'strftime', kind: 'fast',
    impl: (_m, args) => {
      // `PyArg_ParseTuple(args, "U|O:strftime")`.
      if (args.length < 1 || args.length > 2) {
        throw typeError(`strftime() takes ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'} (${args.length} given)`);
      }
      const [format, tuple] = args;
      if (!(format instanceof PyStr)) throw typeError(`strftime() argument 1 must be str, not ${argTypeName(format as PyObject)}`);
      const tm = tupleOrNow(tuple, 'strftime');
      // Normalized "just in case someone foolishly implements %Z based on ... [-1, 1]".
      tm.isdst = Math.max(-1, Math.min(1, tm.isdst));
      if (format.value.includes('\0')) throw raiseMessage(E.ValueError, 'embedded null character');
      return newStr(strftime(format.value, tm));
    },
  },
  {
    // `PyArg_ParseTuple(args, "s:get_clock_info", ...)`: METH_VARARGS, so getargs words the count
    name: 'get_clock_info', kind: 'fast',
    impl: (_m, args) => {
      if (args.length !== 1) throw typeError(`get_clock_info() takes exactly 1 argument (${args.length} given)`);
      return clockInfo(args[0] as PyObject);
    },
  },
];

/** `timezone`, `altzone`, `daylight` and `tzname` of a run in UTC. */
export function zoneValues(): (readonly [string, PyObject])[] {
  return [
    ['timezone', newInt(0)],
    ['altzone', newInt(0)],
    ['daylight', newInt(0)],
    ['tzname', newTupleStealing([newStr(LOCAL_ZONE), newStr(LOCAL_ZONE)])],
  ];
}
