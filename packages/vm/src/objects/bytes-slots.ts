/**
 * The slots of `bytes`: repr, hash, comparison, length, indexing (an int) and slicing (bytes),
 * `in`, iteration (`bytes_iterator`), concatenation, repetition and `bytes()` itself. Mirrors
 * CPython 3.8 Objects/bytesobject.c (`bytes_repr`, `bytes_hash`, `bytes_richcompare`,
 * `bytes_subscript`, `bytes_contains`, `bytes_concat`, `bytes_repeat`, `bytes_new`,
 * `striter_*`).
 * @module
 */
import { parseTupleAndKeywords } from '../runtime/clinic-args.ts';
import { repeatOverflows, setConcatAdd } from '../runtime/abstract-number.ts';
import { sqRepeatSlot } from './sequence-slots.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { lookupSpecial } from '../runtime/attributes.ts';
import { callNoArgs } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, indexError, overflowError, typeError, valueError } from '../runtime/errors.ts';
import * as E from './exceptions.ts';
import { MAX_BUFFER_BYTES, allocBuffer, checkBytesSize, raiseNoMemory } from '../runtime/buffer-alloc.ts';
import { lengthHint } from '../runtime/abstract-item.ts';
import { allocateAddress, allocateGeneric } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { hashBytes } from '../hash/siphash24.ts';
import { bytesRepr } from '../repr/bytes-repr.ts';
import { PyByteArray } from './bytearray.ts';
import { PyMemoryView, memoryviewBytes } from './memoryview.ts';
import { PyBytes, bytesType, newBytes, newFreshBytes } from './bytes.ts';
import { tupleType } from './tuple.ts';
import { listType } from './list.ts';
import { newBool, newInt } from './int.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { newNotImplemented } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { asSsize, asSlice, indexValue, isIndexable, sliceRange } from './str-methods-util.ts';
import { repeatSlot } from './str-slots.ts';
import { tpName } from '../runtime/type-name.ts';
import { cStringArg, encodeNamed } from './codec-call.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** A new reference to `b` when exact, else an exact copy. */
export function exactBytes(b: PyBytes): PyBytes {
  return b.type === bytesType ? incref(b) : newBytes(b.value.slice());
}

/** The bytes of a bytes-like argument, or null (bytes, bytearray, memoryview as far as present). */
export function bytesLike(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyByteArray) return o.value;
  if (o instanceof PyMemoryView) return memoryviewBytes(o);
  return null;
}

/** Compares byte strings (`memcmp` then length): -1, 0 or 1. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number) ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Whether `needle` occurs in `hay` from `from`: its index or -1. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  const last = to - needle.length;
  outer: for (let i = from; i <= last; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

bytesType.repr = (self) => newStr(bytesRepr((self as PyBytes).value));
bytesType.str = bytesType.repr;
bytesType.hash = (self) => hashBytes((self as PyBytes).value);
bytesType.length = (self) => (self as PyBytes).value.length;
bytesType.isSequence = true;

bytesType.richcompare = (a, b, op) => {
  if (!(a instanceof PyBytes) || !(b instanceof PyBytes)) return newNotImplemented();
  const c = compareBytes(a.value, b.value);
  const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0;
  return newBool(r);
};

bytesType.getitem = (self, key) => {
  const b = (self as PyBytes).value;
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw indexError('index out of range');
    return newInt(b[i] as number);
  }
  const slice = asSlice(key);
  if (slice !== null) {
    const r = sliceRange(slice, b.length);
    if (r.step === 1 && r.start === 0 && r.count === b.length) return exactBytes(self as PyBytes);
    const out = new Uint8Array(Math.max(0, r.count));
    for (let k = 0, i = r.start; k < r.count; k++, i += r.step) out[k] = b[i] as number;
    // A contiguous slice copies from the bytes (the shared one-byte bytes can serve); a stepped
    // one fills a new object.
    return r.step === 1 ? newBytes(out) : newFreshBytes(out);
  }
  throw typeError(`byte indices must be integers or slices, not ${tpName(key.type)}`);
};

/** `_Py_bytes_contains`: an int byte or a bytes-like substring. */
export function bytesContains(hay: Uint8Array, item: PyObject): boolean {
  if (isIndexable(item)) {
    const v = indexValue(item);
    if (v < 0n || v > 255n) throw valueError('byte must be in range(0, 256)');
    return hay.includes(Number(v));
  }
  const needle = bytesLike(item);
  if (needle === null) throw typeError(`a bytes-like object is required, not '${tpName(item.type)}'`);
  return indexOfBytes(hay, needle) >= 0;
}

bytesType.contains = (self, item) => bytesContains((self as PyBytes).value, item);

setConcatAdd(bytesType, (a, b) => {
  const x = bytesLike(a);
  const y = bytesLike(b);
  if (!(a instanceof PyBytes)) return newNotImplemented();
  if (y === null || x === null) {
    throw typeError(`can't concat ${tpName(b.type)} to ${tpName(a.type)}`);
  }
  if (y.length === 0 && a.type === bytesType) return incref(a);
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return newBytes(out);
});

bytesType.nb.multiply = sqRepeatSlot(repeatSlot(
  (o) => o instanceof PyBytes,
  (seq, n) => {
    const b = (seq as PyBytes).value;
    if (n === 1 && seq.type === bytesType) return incref(seq);
    if (n < 1 || b.length === 0) return newBytes(new Uint8Array(0));
    // bytes_repeat: a size past PY_SSIZE_T_MAX is an OverflowError; one malloc refuses, a MemoryError.
    if (repeatOverflows(b.length, n)) throw overflowError('repeated bytes are too long');
    const out = allocBuffer(b.length * n);
    for (let i = 0; i < n; i++) out.set(b, i * b.length);
    return newBytes(out);
  },
  () => bytesType.nb.multiply,
));

/** A bytes (or bytes subclass instance) holding `value`: a new reference. */
export function newBytesOfType(type: PyType, value: Uint8Array): PyBytes {
  if (type === bytesType) return newBytes(value);
  const b = new PyBytes(type, value, allocateGeneric(type, value.length));
  if (type.isHeapType) incref(type);
  return b;
}

/**
 * The int case of `bytes(x)` and `bytearray(x)`: the count from `__index__`, or null when `x` has
 * none or its `__index__` raised TypeError, which both constructors clear to fall through to the
 * buffer and iterable cases (bpo-29159).
 */
export function countArgOrNull(x: PyObject): number | null {
  if (!isIndexable(x)) return null;
  let n: number;
  try {
    n = asSsize(x, 'overflow');
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    return null;
  }
  if (n < 0) throw valueError('negative count');
  return n;
}

/** The stack buffer of a `_PyBytesWriter`: a hint up to this size allocates nothing. */
const SMALL_WRITER_BUFFER = 512;

/** `PyBytes_FromObject`: a buffer's bytes, else an iterable's (never a str's), else TypeError. */
export function bytesFromObject(x: PyObject): Uint8Array {
  const direct = bytesLike(x);
  if (direct !== null) return direct.slice();
  if (x instanceof PyStr || (x.type.iter === undefined && x.type.getitem === undefined)) throw typeError(`cannot convert '${tpName(x.type)}' object to bytes`);
  // `_PyBytes_FromList` / `_PyBytes_FromIterator`: each item is converted as it comes, so an
  // `__index__` that changes a list is seen by the rest of the walk.
  const out: number[] = [];
  const it = getIter(x);
  try {
    // `_PyBytes_FromIterator` sizes its writer by the hint (an exact list or tuple has its own
    // path, which asks none): the hint's errors, and a size no bytes object can have, stop it.
    if (x.type !== listType && x.type !== tupleType) {
      const hint = lengthHint(x, 64);
      if (hint > SMALL_WRITER_BUFFER) {
        checkBytesSize(hint);
        if (hint > MAX_BUFFER_BYTES) raiseNoMemory();
      }
    }
    for (let item = iterNext(it); item !== null; item = iterNext(it)) {
      let v: bigint;
      try {
        v = indexValue(item);
      } finally {
        decref(item);
      }
      if (v < 0n || v > 255n) throw valueError('bytes must be in range(0, 256)');
      out.push(Number(v));
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

bytesType.new = (type, args, kwnames) => {
  // `PyArg_ParseTupleAndKeywords(..., "|Oss:bytes", ...)`: each `s` is converted as it is bound.
  const [x, encoding, errors] = parseTupleAndKeywords('bytes', args, kwnames, ['source', 'encoding', 'errors'], 0, (i, v) => {
    if (i === 0) return;
    if (!(v instanceof PyStr)) throw typeError(`bytes() argument ${i + 1} must be str, not ${argTypeName(v)}`);
    cStringArg(v);
  }) as [PyObject | undefined, PyStr | undefined, PyStr | undefined];
  let value: Uint8Array;
  if (x === undefined) {
    if (encoding !== undefined) throw typeError('encoding without a string argument');
    if (errors !== undefined) throw typeError('errors without a string argument');
    value = new Uint8Array(0);
  } else if (encoding !== undefined) {
    if (!(x instanceof PyStr)) throw typeError('encoding without a string argument');
    value = encodeNamed(x.value, encoding.value, errors === undefined ? 'strict' : errors.value);
  } else if (errors !== undefined) {
    // Errors alone encode nothing, not even a str.
    throw typeError(x instanceof PyStr ? 'string argument without an encoding' : 'errors without a string argument');
  } else {
    // `__bytes__` first (before the int case, so not through PyObject_Bytes).
    const method = lookupSpecial(x, '__bytes__');
    if (method !== null) {
      let res: PyObject;
      try {
        res = callNoArgs(method);
      } finally {
        decref(method);
      }
      if (!(res instanceof PyBytes)) {
        decref(res);
        throw typeError(`__bytes__ returned non-bytes (type ${tpName(res.type)})`);
      }
      if (type === bytesType) return res;
      value = res.value.slice();
      decref(res);
      return newBytesOfType(type, value);
    }
    if (x instanceof PyStr) throw typeError('string argument without an encoding');
    if (x.type === bytesType && type === bytesType) return incref(x);
    const n = countArgOrNull(x);
    if (n !== null) {
      // `_PyBytes_FromSize`: a size past PY_SSIZE_T_MAX less the header overflows.
      checkBytesSize(n);
      value = allocBuffer(n);
    } else {
      value = bytesFromObject(x);
    }
    // `_PyBytes_FromSize`, `_PyBytes_FromBuffer` and `_PyBytes_FromTuple` fill a new object; a
    // list or another iterable goes through a bytes writer, whose one byte is the shared one.
    if (type === bytesType && (n !== null || bytesLike(x) !== null || x.type === tupleType)) return newFreshBytes(value);
  }
  return newBytesOfType(type, value);
};

/** `bytes_iterator`. */
export const bytesIteratorType: PyType = staticType({ name: 'bytes_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC });

/** An iterator over the bytes of a bytes object (ints). */
export class PyBytesIterator extends PyObject {
  seq: PyBytes | null;
  index = 0;

  constructor(seq: PyBytes) {
    super(bytesIteratorType, allocateAddress(bytesIteratorType));
    this.seq = incref(seq);
  }
}

bytesType.iter = (self) => new PyBytesIterator(self as PyBytes);
bytesIteratorType.iter = (self) => incref(self);
bytesIteratorType.iternext = (self) => {
  const it = self as PyBytesIterator;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.value.length) return newInt(seq.value[it.index++] as number);
  it.seq = null;
  decref(seq);
  return null;
};
bytesIteratorType.dealloc = (self) => {
  const it = self as PyBytesIterator;
  const seq = it.seq;
  it.seq = null;
  xdecref(seq);
  freeObject(self);
};
bytesIteratorType.traverse = (self, visit) => {
  const seq = (self as PyBytesIterator).seq;
  if (seq !== null) visit(seq);
};
// `striter_len`: the bytes left.
addMethods(bytesIteratorType, [
  {
    name: '__length_hint__', kind: 'noargs',
    impl: (self) => {
      const it = self as PyBytesIterator;
      return newInt(it.seq === null ? 0 : it.seq.value.length - it.index);
    },
  },
]);
