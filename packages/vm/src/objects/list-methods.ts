/**
 * The methods of `list` (and the argument conversions Argument Clinic generates for them):
 * append, extend, insert, pop, remove, index, count, clear, copy, reverse, sort, `__reversed__`,
 * `__getitem__`. Mirrors CPython 3.8 Objects/listobject.c and Objects/clinic/listobject.c.h.
 * @module
 */
import { EQ, richCompareBool } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { indexError, overflowError, typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { listGrowByOne, listResize } from './list-capacity.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { isFloat } from './float.ts';
import { newInt } from './int.ts';
import { PyList, listType } from './list.ts';
import { listAssSlice, listClear, listExtend, listSlice } from './list-slots.ts';
import { listSort } from './list-sort.ts';
import { newListRevIter } from './seq-iter.ts';
import { None, newNone } from './singletons.ts';
import { SSIZE_MAX, indexValueOrNull } from './slice.ts';
import { longValue } from '../runtime/abstract-number.ts';
import { tpName } from '../runtime/type-name.ts';

/** Clinic's `Py_ssize_t` converter: rejects floats, `__index__`, OverflowError past ssize_t. */
export function ssizeArg(o: PyObject): number {
  return Number(ssizeArgValue(o));
}

/** {@link ssizeArg}, with a value past 2**53 kept exact (a bigint). */
export function ssizeArgValue(o: PyObject): number | bigint {
  if (isFloat(o)) throw typeError('integer argument expected, got float');
  const v = indexValueOrNull(o);
  if (v === null) throw typeError(`'${tpName(o.type)}' object cannot be interpreted as an integer`);
  // Compared exactly: 2**63 as a JS number equals SSIZE_MAX as a JS number.
  if (typeof v === 'bigint' ? v >= 2n ** 63n || v < -(2n ** 63n) : v > SSIZE_MAX || v < -SSIZE_MAX - 1) {
    throw overflowError('Python int too large to convert to C ssize_t');
  }
  return v;
}

/** The value of an int argument through `__index__`, else `__int__` (`_PyLong_FromNbIndexOrNbInt`). */
function intArgValue(o: PyObject): number | bigint {
  if (isFloat(o)) throw typeError('integer argument expected, got float');
  return longValue(o);
}

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** Clinic's `int` converter (`_PyLong_AsInt`). */
export function intArg(o: PyObject): number {
  const n = Number(intArgValue(o));
  if (n > INT_MAX || n < INT_MIN) throw overflowError('Python int too large to convert to C int');
  return n;
}

/**
 * `PyArg_ParseTuple`'s `i` format: `PyLong_AsLong` (its own OverflowError past a C long), then
 * the C int range with messages of its own.
 *
 * @see CPython 3.8 Python/getargs.c `convertsimple` case 'i'
 */
export function formatIntArg(o: PyObject): number {
  const v = intArgValue(o);
  if (typeof v === 'bigint' && (v >= 2n ** 63n || v < -(2n ** 63n))) throw overflowError('Python int too large to convert to C long');
  const n = Number(v);
  if (n > INT_MAX) throw overflowError('signed integer is greater than maximum');
  if (n < INT_MIN) throw overflowError('signed integer is less than minimum');
  return n;
}

/**
 * `list.sort(*, key=None, reverse=False)` as Argument Clinic parses it; `sorted()` passes its
 * keyword arguments straight through, so both report `sort()` in their messages.
 *
 * @see CPython 3.8 Objects/clinic/listobject.c.h `list_sort`
 */
export function listSortMethod(list: PyList, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [key, reverse] = parseArgs('sort', args, kwnames, ['key', 'reverse'], 0, 0, 0);
  const isReversed = reverse !== undefined && intArg(reverse) !== 0;
  listSort(list, key === undefined || key === None ? null : key, isReversed);
  return newNone();
}

/** `_PyEval_SliceIndexNotNone`. */
export function sliceIndexNotNone(o: PyObject): number {
  const v = indexValueOrNull(o);
  if (v === null) throw typeError('slice indices must be integers or have an __index__ method');
  const n = Number(v);
  return n > SSIZE_MAX ? SSIZE_MAX : n < -SSIZE_MAX - 1 ? -SSIZE_MAX - 1 : n;
}

/** `_PyArg_CheckPositional`. */
export function checkPositional(name: string, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
  }
  if (nargs > max) {
    throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
  }
}

/** The positional part of vectorcall arguments. */
export function positional(args: readonly PyObject[], kwnames: readonly string[] | null): readonly PyObject[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

/** `list.index`/`tuple.index` start and stop, normalised against `size`. */
export function indexBounds(args: readonly PyObject[], size: number): [number, number] {
  let start = args[1] === undefined ? 0 : sliceIndexNotNone(args[1]);
  let stop = args[2] === undefined ? SSIZE_MAX : sliceIndexNotNone(args[2]);
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size;
    if (stop < 0) stop = 0;
  }
  return [start, stop];
}

/** Whether `items[i] == value`, holding a reference to the item while comparing. */
export function itemEquals(item: PyObject, value: PyObject): boolean {
  incref(item);
  try {
    return richCompareBool(item, value, EQ);
  } finally {
    decref(item);
  }
}

const L = (o: PyObject): PyList => o as PyList;

addMethods(listType, [
  { name: '__getitem__', kind: 'o', impl: (self, args) => (listType.getitem as NonNullable<typeof listType.getitem>)(self, args[0] as PyObject) },
  { name: '__reversed__', kind: 'noargs', impl: (self) => newListRevIter(L(self)) },
  { name: '__sizeof__', kind: 'noargs', impl: (self) => newInt(self.type.basicsize + 8 * L(self).allocated) },
  { name: 'clear', kind: 'noargs', impl: (self) => (listClear(L(self)), newNone()) },
  { name: 'copy', kind: 'noargs', impl: (self) => listSlice(L(self), 0, L(self).items.length) },
  {
    name: 'append', kind: 'o',
    impl: (self, args) => {
      listGrowByOne(L(self));
      L(self).items.push(incref(args[0] as PyObject));
      return newNone();
    },
  },
  {
    name: 'insert',
    kind: 'fast',
    impl: (self, args) => {
      checkPositional('insert', args.length, 2, 2);
      const a = L(self);
      let where = ssizeArg(args[0] as PyObject);
      const n = a.items.length;
      if (where < 0) {
        where += n;
        if (where < 0) where = 0;
      }
      if (where > n) where = n;
      listGrowByOne(a);
      a.items.splice(where, 0, incref(args[1] as PyObject));
      return newNone();
    },
  },
  { name: 'extend', kind: 'o', impl: (self, args) => (listExtend(L(self), args[0] as PyObject), newNone()) },
  {
    name: 'pop',
    kind: 'fast',
    impl: (self, args) => {
      checkPositional('pop', args.length, 0, 1);
      const a = L(self);
      let index = args[0] === undefined ? -1 : ssizeArg(args[0]);
      if (a.items.length === 0) throw indexError('pop from empty list');
      if (index < 0) index += a.items.length;
      if (index < 0 || index >= a.items.length) throw indexError('pop index out of range');
      const v = a.items[index] as PyObject;
      if (index === a.items.length - 1) {
        listResize(a, index);
        a.items.pop();
        return v;
      }
      incref(v);
      listAssSlice(a, index, index + 1, null);
      return v;
    },
  },
  {
    name: 'remove',
    kind: 'o',
    impl: (self, args) => {
      const a = L(self);
      const value = args[0] as PyObject;
      for (let i = 0; i < a.items.length; i++) {
        if (itemEquals(a.items[i] as PyObject, value)) {
          listAssSlice(a, i, i + 1, null);
          return newNone();
        }
      }
      throw valueError('list.remove(x): x not in list');
    },
  },
  {
    name: 'index',
    kind: 'fast',
    impl: (self, args) => {
      checkPositional('index', args.length, 1, 3);
      const a = L(self);
      const value = args[0] as PyObject;
      const [start, stop] = indexBounds(args, a.items.length);
      for (let i = start; i < stop && i < a.items.length; i++) if (itemEquals(a.items[i] as PyObject, value)) return newInt(i);
      throw valueError(`${reprText(value)} is not in list`);
    },
  },
  {
    name: 'count',
    kind: 'o',
    impl: (self, args) => {
      const a = L(self);
      const value = args[0] as PyObject;
      let count = 0;
      for (let i = 0; i < a.items.length; i++) {
        const obj = a.items[i] as PyObject;
        if (obj === value || itemEquals(obj, value)) count++;
      }
      return newInt(count);
    },
  },
  { name: 'reverse', kind: 'noargs', impl: (self) => (L(self).items.reverse(), newNone()) },
  { name: 'sort', kind: 'fastkw', impl: (self, args, kwnames) => listSortMethod(L(self), args, kwnames) },
]);
