/**
 * Shared helpers of the str and bytes methods: argument-count checks with CPython's messages
 * (`PyArg_ParseTuple`, Argument Clinic's `_PyArg_CheckPositional` and keyword parsing), index
 * conversion (`PyNumber_AsSsize_t`, `_PyEval_SliceIndex`), slice unpacking (`PySlice_Unpack`,
 * `PySlice_AdjustIndices`), and code point / UTF-16 offset conversion. Mirrors CPython 3.8
 * Python/getargs.c, Objects/abstract.c, Objects/sliceobject.c and Objects/stringlib/find.h.
 * @module
 */
import { parseArgs } from '../runtime/clinic-args.ts';
import { typeError, indexError, overflowError, valueError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { type IntValue, PyInt, intType, normInt } from './int.ts';
import { warnStrictSubclassResult } from '../runtime/abstract-number.ts';
import { None } from './singletons.ts';
import { PyStr } from './str.ts';
import { isSlice, type PySlice } from './slice.ts';
import { tpName } from '../runtime/type-name.ts';

export const SSIZE_MAX = 2 ** 63 - 1;
const SSIZE_MAX_BIG = 2n ** 63n - 1n;

/** The slice object the text types index with. */
export type SliceLike = PySlice;

/** The object as a slice, or null. */
export function asSlice(o: PyObject): PySlice | null {
  return isSlice(o) ? o : null;
}

const plural = (n: number): string => (n === 1 ? '' : 's');

/** `PyArg_ParseTuple` counts: "find() takes at least 1 argument (0 given)". */
export function checkTupleArgs(name: string, n: number, min: number, max: number): void {
  if (n >= min && n <= max) return;
  const how = min === max ? 'exactly' : n < min ? 'at least' : 'at most';
  const count = n < min ? min : max;
  throw typeError(`${name}() takes ${how} ${count} argument${plural(count)} (${n} given)`);
}

/** Argument Clinic positional counts: "replace expected at least 2 arguments, got 1". */
export function checkClinicArgs(name: string, n: number, min: number, max: number): void {
  if (n < min) throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${plural(min)}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${plural(max)}, got ${n}`);
}

/**
 * Keyword parsing of a function with optional parameters `names` (vectorcall shape):
 * the value of each parameter or undefined.
 */
export function parseKwArgs(fname: string, args: readonly PyObject[], kwnames: readonly string[] | null, names: readonly string[], min = 0): (PyObject | undefined)[] {
  return parseArgs(fname, args, kwnames, names, min);
}

/** Rejects keyword arguments: "f() takes no keyword arguments". */
export function noKeywords(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/** Whether `o` supports `__index__` (`PyIndex_Check`). */
export function isIndexable(o: PyObject): boolean {
  return o instanceof PyInt || o.type.nbIndex !== undefined;
}

/** `PyNumber_Index`: the int value, or TypeError "'X' object cannot be interpreted as an integer". */
export function indexValue(o: PyObject): bigint {
  if (o instanceof PyInt) return o.big;
  const slot = o.type.nbIndex;
  if (slot === undefined) throw typeError(`'${tpName(o.type)}' object cannot be interpreted as an integer`);
  const r = slot(o);
  try {
    if (!(r instanceof PyInt)) throw typeError(`__index__ returned non-int (type ${tpName(r.type)})`);
    if (r.type !== intType) warnStrictSubclassResult('__index__', r, 'int');
    return r.big;
  } finally {
    decref(r);
  }
}

/**
 * `PyNumber_AsSsize_t(o, exc)`: raises `exc` ('index' for IndexError, 'overflow' for
 * OverflowError, 'value' for ValueError) with "cannot fit 'int' into an index-sized integer" when
 * out of range; `null` clamps instead.
 */
export function asSsize(o: PyObject, exc: 'index' | 'overflow' | 'value' | null): number {
  return Number(ssizeBig(o, exc));
}

/**
 * {@link asSsize} for a value that is kept and shown again (BlockingIOError's
 * `characters_written`): exact, a bigint where a JS number would round it.
 */
export function asSsizeExact(o: PyObject, exc: 'index' | 'overflow' | 'value'): IntValue {
  return normInt(ssizeBig(o, exc));
}

function ssizeBig(o: PyObject, exc: 'index' | 'overflow' | 'value' | null): bigint {
  const v = indexValue(o);
  if (v > SSIZE_MAX_BIG || v < -SSIZE_MAX_BIG - 1n) {
    if (exc === null) return v < 0n ? -SSIZE_MAX_BIG - 1n : SSIZE_MAX_BIG;
    const msg = `cannot fit '${tpName(o.type)}' into an index-sized integer`;
    throw exc === 'index' ? indexError(msg) : exc === 'value' ? valueError(msg) : overflowError(msg);
  }
  return v;
}

/** `_PyEval_SliceIndex`: null for None; clamps to the ssize range. */
export function sliceIndex(o: PyObject | undefined): number | null {
  if (o === undefined || o === None) return null;
  if (!isIndexable(o)) throw typeError('slice indices must be integers or None or have an __index__ method');
  return asSsize(o, null);
}

/** A slice resolved against a length: start, stop, step and how many items. */
export interface SliceRange {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  readonly count: number;
}

/** `PySlice_Unpack` + `PySlice_AdjustIndices`. */
export function sliceRange(slice: SliceLike, length: number): SliceRange {
  let step = 1;
  if (slice.step !== None) {
    step = sliceIndex(slice.step) ?? 1;
    if (step === 0) throw valueError('slice step cannot be zero');
    if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  }
  let start = sliceIndex(slice.start) ?? (step < 0 ? SSIZE_MAX : 0);
  let stop = sliceIndex(slice.stop) ?? (step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, count };
}

/** `ADJUST_INDICES` of stringlib: optional start/end arguments resolved against `length`. */
export function adjustIndices(startArg: PyObject | undefined, endArg: PyObject | undefined, length: number): [number, number] {
  let start = sliceIndex(startArg) ?? 0;
  let end = sliceIndex(endArg) ?? SSIZE_MAX;
  if (end > length) end = length;
  else if (end < 0) {
    end += length;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** The code points of a str (lone surrogates stay single code points). */
export function codePoints(s: PyStr): string[] {
  return s.isBmpOnly ? s.value.split('') : Array.from(s.value);
}

/** The UTF-16 offset of code point `cp` (clamped to the string). */
export function unitOffset(s: PyStr, cp: number): number {
  if (s.isBmpOnly) return cp;
  const v = s.value;
  let u = 0;
  for (let i = 0; i < cp && u < v.length; i++) {
    const c = v.charCodeAt(u);
    u += c >= 0xd800 && c < 0xdc00 && u + 1 < v.length && (v.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** The code point index of UTF-16 offset `u` in text `v` (`bmp` for the fast path). */
export function cpOffset(v: string, u: number, bmp: boolean): number {
  if (bmp) return u;
  let n = 0;
  for (let i = 0; i < u; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < v.length && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/** The str argument or TypeError "must be str, not int" (`ensure_unicode`). */
export function expectStr(o: PyObject, prefix = ''): PyStr {
  if (o instanceof PyStr) return o;
  throw typeError(`${prefix}must be str, not ${tpName(o.type)}`);
}

/** Python's whitespace (`Py_UNICODE_ISSPACE`): Zs plus bidi WS, B and S. */
export function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Python's line breaks (`Py_UNICODE_ISLINEBREAK`). */
export function isLineBreakUnit(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029;
}
