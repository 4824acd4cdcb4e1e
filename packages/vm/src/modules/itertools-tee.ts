/**
 * `itertools.tee`: `_tee` iterators reading a chain of `_tee_dataobject` links, each holding up
 * to 57 values fetched from the shared iterator. The links are real objects the collector
 * traverses, so a tee whose iterator refers back to it is freed by `gc.collect()`, and the chunk
 * a tee has read past is freed when the last tee leaves it. Mirrors CPython 3.8
 * Modules/itertoolsmodule.c (`teedataobject`, `teeobject`, `tee`).
 * @module
 */
import type { NativeDef } from '../objects/native-function.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { newInt } from '../objects/int.ts';
import { formatIntArg, ssizeArg } from '../objects/list-methods.ts';
import { None } from '../objects/singletons.ts';
import { internStr } from '../objects/str.ts';
import { emptyTuple, newTupleStealing } from '../objects/tuple.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { getAttrOrNull, getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { runtimeError, typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { HolderObject, allocate, holderType, noKeywords, unpackArgs } from './functools-args.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { stateItems, typedArg } from './itertools-reduce-args.ts';

/** How many values one link holds (`LINKCELLS`). */
const LINKCELLS = 57;

/** `teedataobject`: one link of the buffer the tees of one `tee()` call share. */
class TeeData extends HolderObject {
  it: PyObject | null = null;
  values: PyObject[] = [];
  running = false;
  nextlink: TeeData | null = null;

  override refs(): (PyObject | null)[] {
    return [this.it, ...this.values, this.nextlink];
  }

  override drop(): void {
    this.it = null;
    this.values = [];
    this.nextlink = null;
  }
}

/** `teeobject`: a position (`index`) in a link. */
class Tee extends HolderObject {
  dataobj: TeeData | null = null;
  index = 0;

  override refs(): (PyObject | null)[] {
    return [this.dataobj];
  }

  override drop(): void {
    this.dataobj = null;
  }
}

const teeDataType = holderType({ name: '_tee_dataobject', module: 'itertools', basicsize: 496, doc: 'teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.' });
markDottedTypeName(teeDataType);
const teeType = holderType({ name: '_tee', module: 'itertools', basicsize: 40, doc: '_tee(iterable, /)\n--\n\nIterator wrapped to make it copyable.' });
markDottedTypeName(teeType);
teeType.weakrefable = true;
teeType.iter = (self) => incref(self);

/** `teedataobject_newinternal`: an empty link reading `it` (a new reference to it is taken). */
function newTeeData(it: PyObject): TeeData {
  const tdo = allocate(teeDataType, (a) => new TeeData(teeDataType, a));
  tdo.it = incref(it);
  return tdo;
}

/**
 * `teedataobject_safe_decref`: releases a chain of links one after the other rather than
 * recursively, so a long chain does not exhaust the host stack.
 */
function safeDecref(obj: TeeData | null): void {
  let link = obj;
  while (link !== null && link.refcnt === 1) {
    const next = link.nextlink;
    link.nextlink = null;
    decref(link);
    link = next;
  }
  if (link !== null) decref(link);
}

/** `teedataobject_clear`, also its dealloc: the chain after this link goes iteratively. */
function releaseTeeData(self: PyObject): void {
  const tdo = self as TeeData;
  const it = tdo.it;
  const values = tdo.values;
  const next = tdo.nextlink;
  tdo.drop();
  xdecref(it);
  for (const v of values) decref(v);
  safeDecref(next);
}
const baseTeeDataDealloc = teeDataType.dealloc;
teeDataType.clear = releaseTeeData;
teeDataType.dealloc = (self) => {
  releaseTeeData(self);
  baseTeeDataDealloc?.(self);
};

/** `teedataobject_getitem`: value `i` of the link, fetched from the iterator when it is next. */
function teeDataGetItem(tdo: TeeData, i: number): PyObject | null {
  if (i < tdo.values.length) return incref(tdo.values[i] as PyObject);
  if (tdo.running) throw runtimeError('cannot re-enter the tee iterator');
  tdo.running = true;
  let value: PyObject | null;
  try {
    value = iterNext(tdo.it as PyObject);
  } finally {
    tdo.running = false;
  }
  if (value === null) return null;
  tdo.values.push(value);
  return incref(value);
}

teeDataType.new = (_type, args, kwnames) => {
  noKeywords('teedataobject', kwnames);
  unpackArgs('teedataobject', args, 3, 3);
  const [it, values, next] = args as [PyObject, PyObject, PyObject];
  if (!(values instanceof PyList)) throw typeError(`teedataobject() argument 2 must be list, not ${argTypeName(values)}`);
  const tdo = newTeeData(it);
  const items = values.items.slice();
  const full = items.length === LINKCELLS;
  if (items.length > LINKCELLS || (full && next !== None && next.type !== teeDataType) || (!full && next !== None)) {
    decref(tdo);
    throw valueError('Invalid arguments');
  }
  tdo.values = items.map((v) => incref(v));
  if (full && next instanceof TeeData) tdo.nextlink = incref(next);
  return tdo;
};

teeType.iternext = (self) => {
  const to = self as Tee;
  const link = to.dataobj;
  if (link === null) return null;
  if (to.index >= LINKCELLS) {
    // `teedataobject_jumplink`: move on to the next link, made on first use.
    link.nextlink ??= newTeeData(link.it as PyObject);
    to.dataobj = incref(link.nextlink);
    to.index = 0;
    decref(link);
  }
  const value = teeDataGetItem(to.dataobj as TeeData, to.index);
  if (value === null) return null;
  to.index++;
  return value;
};

/** `tee_copy`: a new tee at the same position. */
function teeCopy(to: Tee): Tee {
  const copy = allocate(teeType, (a) => new Tee(teeType, a));
  copy.dataobj = to.dataobj === null ? null : incref(to.dataobj);
  copy.index = to.index;
  return copy;
}

addMethods(teeType, [
  { name: '__copy__', kind: 'noargs', doc: 'Returns an independent iterator.', impl: (self) => teeCopy(self as Tee) },
  {
    // `tee_reduce`: a tee over `()` given the link and position back by `__setstate__`.
    name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.',
    impl: (self) => {
      const to = self as Tee;
      const state = newTupleStealing([incref(to.dataobj ?? None), newInt(to.index)]);
      return newTupleStealing([incref(teeType), newTupleStealing([incref(emptyTuple)]), state]);
    },
  },
  {
    // `tee_setstate`: "O!i" (a link and an index within it).
    name: '__setstate__', kind: 'o', doc: 'Set state information for unpickling.',
    impl: (self, args) => {
      const [tdoArg, indexArg] = stateItems(args[0] as PyObject, 2) as [PyObject, PyObject];
      const tdo = typedArg(tdoArg, teeDataType, 1) as TeeData;
      const index = formatIntArg(indexArg);
      if (index < 0 || index > LINKCELLS) throw valueError('Index out of range');
      const to = self as Tee;
      const old = to.dataobj;
      to.dataobj = incref(tdo);
      to.index = index;
      xdecref(old);
      return incref(None);
    },
  },
]);
addMethods(teeDataType, [{
  // `teedataobject_reduce`: the iterator, the values read so far and the next link.
  name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling.',
  impl: (self) => {
    const tdo = self as TeeData;
    const values = newListStealing(tdo.values.map((v) => incref(v)));
    const args = newTupleStealing([incref(tdo.it ?? None), values, incref(tdo.nextlink ?? None)]);
    return newTupleStealing([incref(teeDataType), args]);
  },
}]);

/** `tee_fromiterable`: a tee over `iterable` (a copy when its iterator is a tee already). */
function teeFromIterable(iterable: PyObject): Tee {
  const it = getIter(iterable);
  try {
    if (it instanceof Tee) return teeCopy(it);
    const to = allocate(teeType, (a) => new Tee(teeType, a));
    to.dataobj = newTeeData(it);
    return to;
  } finally {
    decref(it);
  }
}

teeType.new = (_type, args, kwnames) => {
  noKeywords('_tee', kwnames);
  unpackArgs('_tee', args, 1, 1);
  return teeFromIterable(args[0] as PyObject);
};

/**
 * `itertools.tee(iterable, n=2)`: n tees sharing one buffer, or, when the iterator has a
 * `__copy__` of its own, the iterator and n - 1 results of calling that same bound method.
 *
 * @see CPython 3.8 Modules/itertoolsmodule.c `itertools_tee_impl`
 */
export const teeFunction: NativeDef = {
  name: 'tee',
  kind: 'fast',
  impl: (_s, args) => {
    unpackArgs('tee', args, 1, 2);
    // "O|n": floats refused, OverflowError beyond Py_ssize_t (never clamped).
    const n = args[1] === undefined ? 2 : ssizeArg(args[1]);
    if (n < 0) throw valueError('n must be >= 0');
    // The result tuple comes first, as `PyTuple_New(n)` does; its slots are filled one by one.
    const result = newTupleStealing(Array.from({ length: n }, () => incref(None)));
    const put = (i: number, o: PyObject): void => {
      const old = result.items[i] as PyObject;
      result.items[i] = o;
      decref(old);
    };
    if (n === 0) return result;
    let copyfunc: PyObject | null = null;
    try {
      const it = getIter(args[0] as PyObject);
      let copyable: PyObject;
      try {
        const name = internStr('__copy__');
        copyfunc = getAttrOrNull(it, name);
        decref(name);
        if (copyfunc !== null) copyable = incref(it);
        else {
          copyable = teeFromIterable(it);
          put(0, copyable);
          copyfunc = getAttrString(copyable, '__copy__');
        }
      } finally {
        decref(it);
      }
      if (result.items[0] !== copyable) put(0, copyable);
      for (let i = 1; i < n; i++) put(i, callObject(copyfunc, []));
    } catch (e) {
      xdecref(copyfunc);
      decref(result);
      throw e;
    }
    decref(copyfunc);
    return result;
  },
};

/** The tee types itertools.ts adds to the module namespace. */
export const teeTypes = [teeType, teeDataType] as const;
