/**
 * The iterators of sequences: `list_iterator`, `list_reverseiterator`, `tuple_iterator`, the
 * generic `iterator` over `__getitem__` (`PySeqIter_New`) and `callable_iterator`
 * (`iter(callable, sentinel)`). Mirrors CPython 3.8 Objects/iterobject.c, Objects/listobject.c
 * `listiter_*`/`listreviter_*` and Objects/tupleobject.c `tupleiter_*`.
 * @module
 */
import { EQ, richCompareBool } from '../runtime/abstract-compare.ts';
import { callNoArgs } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, overflowError, typeError } from '../runtime/errors.ts';
import { getBuiltinId } from './builtin-id.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import * as E from './exceptions.ts';
import { PyInt, newInt, normInt, type IntValue } from './int.ts';
import { PyList, newListStealing } from './list.ts';
import { newNone, newNotImplemented } from './singletons.ts';
import { PyTuple, emptyTuple, newTuple, newTupleStealing } from './tuple.ts';

/** An iterator over a sequence by index: `seq` is dropped (null) once exhausted. */
export class PySeqIter extends PyObject {
  seq: PyObject | null;
  index: number;
  /**
   * The generic iterator's index once `__setstate__` put it beyond what a number holds exactly
   * (`it_index` is a `Py_ssize_t`); null otherwise.
   */
  bigIndex: bigint | null = null;

  constructor(type: PyType, seq: PyObject, index: number) {
    super(type, allocateAddress(type));
    this.seq = seq;
    this.index = index;
  }
}

/** `callable_iterator`. */
export class PyCallIter extends PyObject {
  callable: PyObject | null;
  sentinel: PyObject | null;

  constructor(callable: PyObject, sentinel: PyObject) {
    super(callableIteratorType, allocateAddress(callableIteratorType));
    this.callable = callable;
    this.sentinel = sentinel;
  }
}

function iterType(name: string): PyType {
  const t = staticType({ name, basicsize: 32, flags: TPFLAGS_HAVE_GC });
  t.iter = (self) => incref(self);
  t.dealloc = (self) => {
    const it = self as PySeqIter;
    const seq = it.seq;
    it.seq = null;
    if (seq !== null) decref(seq);
    freeObject(self);
  };
  t.traverse = (self, visit) => {
    const seq = (self as PySeqIter).seq;
    if (seq !== null) visit(seq);
  };
  return t;
}

/** `list_iterator`. */
export const listIteratorType: PyType = iterType('list_iterator');
/** `list_reverseiterator`. */
export const listReverseIteratorType: PyType = iterType('list_reverseiterator');
/** `tuple_iterator`. */
export const tupleIteratorType: PyType = iterType('tuple_iterator');
/** `iterator`: the sequence iterator over `__getitem__`. */
export const seqIteratorType: PyType = iterType('iterator');
/** `callable_iterator`. */
export const callableIteratorType: PyType = staticType({ name: 'callable_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC });

/** `iter(list)`: a new reference. */
export function newListIter(list: PyList): PySeqIter {
  return new PySeqIter(listIteratorType, incref(list), 0);
}

/** `reversed(list)`: a new reference. */
export function newListRevIter(list: PyList): PySeqIter {
  return new PySeqIter(listReverseIteratorType, incref(list), list.items.length - 1);
}

/** `iter(tuple)`: a new reference. */
export function newTupleIter(tuple: PyTuple): PySeqIter {
  return new PySeqIter(tupleIteratorType, incref(tuple), 0);
}

/** `PySeqIter_New`: a new reference. */
export function newSeqIter(seq: PyObject): PySeqIter {
  return new PySeqIter(seqIteratorType, incref(seq), 0);
}

/** `PyCallIter_New`: a new reference. */
export function newCallIter(callable: PyObject, sentinel: PyObject): PyCallIter {
  return new PyCallIter(incref(callable), incref(sentinel));
}

/** Drops the sequence of an exhausted iterator. */
function exhaust(it: PySeqIter): null {
  const seq = it.seq;
  it.seq = null;
  if (seq !== null) decref(seq);
  return null;
}

listIteratorType.iternext = (self) => {
  const it = self as PySeqIter;
  const seq = it.seq;
  if (seq === null) return null;
  const items = (seq as PyList).items;
  if (it.index < items.length) return incref(items[it.index++] as PyObject);
  return exhaust(it);
};
tupleIteratorType.iternext = (self) => {
  const it = self as PySeqIter;
  const seq = it.seq;
  if (seq === null) return null;
  const items = (seq as PyTuple).items;
  if (it.index < items.length) return incref(items[it.index++] as PyObject);
  return exhaust(it);
};
listReverseIteratorType.iternext = (self) => {
  const it = self as PySeqIter;
  const seq = it.seq;
  const index = it.index;
  if (seq !== null && index >= 0 && index < (seq as PyList).items.length) {
    it.index--;
    return incref((seq as PyList).items[index] as PyObject);
  }
  it.index = -1;
  return exhaust(it);
};
seqIteratorType.iternext = (self) => {
  const it = self as PySeqIter;
  const seq = it.seq;
  if (seq === null) return null;
  const big = it.bigIndex;
  if (big === null ? it.index >= Number.MAX_SAFE_INTEGER : big === SSIZE_MAX) throw overflowError('iter index too large');
  const getitem = seq.type.getitem;
  if (getitem === undefined) return exhaust(it);
  const i = newInt(big ?? it.index);
  try {
    const res = getitem(seq, i);
    if (big === null) it.index++;
    else it.bigIndex = big + 1n;
    return res;
  } catch (e) {
    if (e instanceof PyRaise && (exceptionMatches(e, E.IndexError) || exceptionMatches(e, E.StopIteration))) {
      clearRaise(e);
      return exhaust(it);
    }
    throw e;
  } finally {
    decref(i);
  }
};

callableIteratorType.iter = (self) => incref(self);
callableIteratorType.iternext = (self) => {
  const it = self as PyCallIter;
  const callable = it.callable;
  if (callable === null) return null;
  let result: PyObject;
  try {
    result = callNoArgs(callable);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.StopIteration)) {
      clearRaise(e);
      clearCallIter(it);
      return null;
    }
    throw e;
  }
  let ok: boolean;
  try {
    ok = richCompareBool(it.sentinel as PyObject, result, EQ);
  } catch (e) {
    decref(result);
    throw e;
  }
  if (!ok) return result;
  decref(result);
  clearCallIter(it);
  return null;
};

function clearCallIter(it: PyCallIter): void {
  const c = it.callable;
  it.callable = null;
  if (c !== null) decref(c);
  const s = it.sentinel;
  it.sentinel = null;
  if (s !== null) decref(s);
}

callableIteratorType.dealloc = (self) => {
  clearCallIter(self as PyCallIter);
  freeObject(self);
};
callableIteratorType.traverse = (self, visit) => {
  const it = self as PyCallIter;
  if (it.callable !== null) visit(it.callable);
  if (it.sentinel !== null) visit(it.sentinel);
};

/** The items left for a forward iterator over a list or tuple. */
function remaining(self: PyObject): number {
  const it = self as PySeqIter;
  const seq = it.seq;
  if (seq === null) return 0;
  const n = (seq as PyList | PyTuple).items.length - it.index;
  return n < 0 ? 0 : n;
}

addMethods(listIteratorType, [{ name: '__length_hint__', kind: 'noargs', impl: (self) => newInt(remaining(self)) }]);
addMethods(tupleIteratorType, [{ name: '__length_hint__', kind: 'noargs', impl: (self) => newInt(remaining(self)) }]);
addMethods(listReverseIteratorType, [
  {
    name: '__length_hint__',
    kind: 'noargs',
    impl: (self) => {
      const it = self as PySeqIter;
      const seq = it.seq;
      if (seq === null) return newInt(0);
      const n = it.index + 1;
      return newInt((seq as PyList).items.length < n ? 0 : n);
    },
  },
]);

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * `PyLong_AsSsize_t` of an iterator's `__setstate__` argument: an int (no `__index__`) in the C
 * range, exactly.
 *
 * @param state - the argument
 * @returns its value
 */
export function ssizeState(state: PyObject): bigint {
  if (!(state instanceof PyInt)) throw typeError('an integer is required');
  const v = BigInt(state.value);
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw overflowError('Python int too large to convert to C ssize_t');
  return v;
}

/**
 * `Py_BuildValue("N(O)n", builtin, seq, index)`, or `"N(N)"` with `empty` once the iterator is
 * exhausted: what the sequence iterators' `__reduce__` return.
 *
 * @param builtinName - the builtin that remakes the iterator (`iter`, `reversed`).
 * @param seq - the sequence iterated (borrowed), or null once exhausted.
 * @param index - where the iterator is.
 * @param empty - the empty sequence an exhausted iterator reduces to (a new reference).
 * @returns a new tuple.
 */
export function reduceValue(builtinName: string, seq: PyObject | null, index: IntValue, empty: () => PyObject): PyObject {
  const fn = getBuiltinId(seq === null ? 'iter' : builtinName);
  if (seq === null) return newTupleStealing([fn, newTupleStealing([empty()])]);
  return newTupleStealing([fn, newTuple([seq]), newInt(index)]);
}

/** `listiter_setstate`/`tupleiter_setstate`: the index clamped to [0, len] while the sequence is held. */
function forwardSetState(self: PyObject, state: PyObject): PyObject {
  const it = self as PySeqIter;
  const index = ssizeState(state);
  const seq = it.seq;
  if (seq !== null) {
    const n = BigInt((seq as PyList | PyTuple).items.length);
    it.index = Number(index < 0n ? 0n : index > n ? n : index);
  }
  return newNone();
}

const forwardReduce = (empty: () => PyObject) => (self: PyObject): PyObject => {
  const it = self as PySeqIter;
  return reduceValue('iter', it.seq, it.index, empty);
};

// `listiter_reduce_general` (an exhausted iterator reduces to `iter([])`), `tupleiter_reduce`
// (`iter(())`), `iter_reduce`, `calliter_reduce`, and their `__setstate__`s.
addMethods(listIteratorType, [
  { name: '__reduce__', kind: 'noargs', impl: forwardReduce(() => newListStealing([])) },
  { name: '__setstate__', kind: 'o', impl: (self, args) => forwardSetState(self, args[0] as PyObject) },
]);
addMethods(tupleIteratorType, [
  { name: '__reduce__', kind: 'noargs', impl: forwardReduce(() => incref(emptyTuple)) },
  { name: '__setstate__', kind: 'o', impl: (self, args) => forwardSetState(self, args[0] as PyObject) },
]);
addMethods(listReverseIteratorType, [
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const it = self as PySeqIter;
      return reduceValue('reversed', it.seq, it.index, () => newListStealing([]));
    },
  },
  {
    name: '__setstate__',
    kind: 'o',
    impl: (self, args) => {
      // `listreviter_setstate`: clamped to [-1, len - 1].
      const it = self as PySeqIter;
      const index = ssizeState(args[0] as PyObject);
      const seq = it.seq;
      if (seq !== null) {
        const last = BigInt((seq as PyList).items.length - 1);
        it.index = Number(index < -1n ? -1n : index > last ? last : index);
      }
      return newNone();
    },
  },
]);
addMethods(seqIteratorType, [
  {
    name: '__length_hint__',
    kind: 'noargs',
    impl: (self) => {
      // `iter_len`: NotImplemented for a sequence without `__len__`.
      const it = self as PySeqIter;
      const seq = it.seq;
      if (seq === null) return newInt(0);
      const size = seq.type.length;
      if (size === undefined) return newNotImplemented();
      const len = BigInt(size(seq)) - (it.bigIndex ?? BigInt(it.index));
      return newInt(len >= 0n ? normInt(len) : 0);
    },
  },
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const it = self as PySeqIter;
      return reduceValue('iter', it.seq, it.bigIndex ?? it.index, () => incref(emptyTuple));
    },
  },
  {
    name: '__setstate__',
    kind: 'o',
    impl: (self, args) => {
      // `iter_setstate`: a negative index becomes 0; no upper bound.
      const it = self as PySeqIter;
      const index = ssizeState(args[0] as PyObject);
      if (it.seq !== null) {
        const v = index < 0n ? 0n : index;
        if (v < BigInt(Number.MAX_SAFE_INTEGER)) {
          it.index = Number(v);
          it.bigIndex = null;
        } else it.bigIndex = v;
      }
      return newNone();
    },
  },
]);
addMethods(callableIteratorType, [
  {
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const it = self as PyCallIter;
      const fn = getBuiltinId('iter');
      if (it.callable !== null && it.sentinel !== null) return newTupleStealing([fn, newTuple([it.callable, it.sentinel])]);
      return newTupleStealing([fn, newTupleStealing([incref(emptyTuple)])]);
    },
  },
]);
