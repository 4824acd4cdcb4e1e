/**
 * The slots of `bytearray`: repr, comparison with any bytes-like object, length, indexing (an
 * int) and slicing (a bytearray), item and slice assignment and deletion, `in`, iteration,
 * concatenation and repetition (also in place), and `bytearray()` itself. Mirrors CPython 3.8
 * Objects/bytearrayobject.c (`bytearray_repr`, `bytearray_richcompare`, `bytearray_subscript`,
 * `bytearray_ass_subscript`, `bytearray_setslice_linear`, `bytearray_init`, `bytearray_concat`,
 * `bytearray_iconcat`, `bytearray_repeat`, `bytearray_irepeat`, `bytearrayiter_*`).
 * @module
 */
import { parseTupleAndKeywords } from '../runtime/clinic-args.ts';
import { getIter, iterNext, sequenceToArray } from '../runtime/abstract-iter.ts';
import { setSequenceSlots } from '../runtime/abstract-number.ts';
import { staticType } from '../runtime/core-types.ts';
import { indexError, typeError, valueError } from '../runtime/errors.ts';
import { MAX_BUFFER_BYTES, allocBuffer, raiseNoMemory } from '../runtime/buffer-alloc.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { PyByteArray, bytearrayType, newByteArrayOfType } from './bytearray.ts';
import { bytesContains, bytesLike, compareBytes, countArgOrNull } from './bytes-slots.ts';
import { newBool, newInt } from './int.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { newNotImplemented } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { asSlice, asSsize, indexValue, isIndexable, sliceRange } from './str-methods-util.ts';
import { tpName } from '../runtime/type-name.ts';
import { cStringArg, encodeNamed } from './codec-call.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

const ba = (o: PyObject): PyByteArray => o as PyByteArray;

/** `_getbytevalue`: an int in range(256). */
export function byteValue(o: PyObject): number {
  const v = indexValue(o);
  if (v < 0n || v > 255n) throw valueError('byte must be in range(0, 256)');
  return Number(v);
}

/** The bytes of an iterable of ints (`bytearray_init`'s iterator branch). */
export function bytesOfIterable(x: PyObject, cannot: string): Uint8Array {
  if (x.type.iter === undefined && x.type.getitem === undefined) throw typeError(cannot);
  const items = sequenceToArray(x);
  try {
    return Uint8Array.from(items.map(byteValue));
  } finally {
    for (const o of items) decref(o);
  }
}

/** `bytearray_repr`: `'` and `\\` are always escaped, whichever quote is used. */
function bytearrayRepr(b: Uint8Array): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === 0x27 || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

bytearrayType.repr = (self) => newStr(`${self.type.name}(${bytearrayRepr(ba(self).value)})`);
// `bytearray_str`: its own `tp_str`, the repr (the BytesWarning of `-b` aside), as bytes has.
bytearrayType.str = bytearrayType.repr;
// No `tp_hash`: a type comparing without hashing is unhashable and its `__hash__` is None
// (`PyObject_HashNotImplemented`), as inheritSlots records.
bytearrayType.length = (self) => ba(self).size;
bytearrayType.isSequence = true;
bytearrayType.richcompare = (a, b, op) => {
  const x = bytesLike(a);
  const y = bytesLike(b);
  if (x === null || y === null || a instanceof PyStr || b instanceof PyStr) return newNotImplemented();
  const c = compareBytes(x, y);
  const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0;
  return newBool(r);
};
bytearrayType.contains = (self, item) => bytesContains(ba(self).value, item);

bytearrayType.getitem = (self, key) => {
  const b = ba(self).value;
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) throw indexError('bytearray index out of range');
    return newInt(b[i] as number);
  }
  const slice = asSlice(key);
  if (slice !== null) {
    const r = sliceRange(slice, b.length);
    const out = new Uint8Array(Math.max(0, r.count));
    for (let k = 0, i = r.start; k < r.count; k++, i += r.step) out[k] = b[i] as number;
    return newByteArrayOfType(bytearrayType, out);
  }
  throw typeError(`bytearray indices must be integers or slices, not ${tpName(key.type)}`);
};

/** Replaces `self[lo:hi]` with `bytes` (`bytearray_setslice_linear`). */
export function setSliceLinear(self: PyByteArray, lo: number, hi: number, bytes: Uint8Array): void {
  const v = self.value;
  if (hi < lo) hi = lo;
  self.checkResizable(v.length - (hi - lo) + bytes.length);
  // Deleting from the front advances the logical start; while the buffer keeps its size (a minor
  // downsize: `PyByteArray_Resize` leaves it), nothing moves: the buffer becomes a view further in.
  if (lo === 0 && hi > 0 && bytes.length === 0 && self.size - hi >= Math.floor(self.alloc / 2)) {
    self.start += hi;
    self.buf = self.buf.subarray(hi);
    self.size -= hi;
    return;
  }
  const out = new Uint8Array(v.length - (hi - lo) + bytes.length);
  out.set(v.subarray(0, lo));
  out.set(bytes, lo);
  out.set(v.subarray(hi), lo + bytes.length);
  // Shrinking from the front advances the buffer's logical start instead of moving the rest.
  if (lo === 0 && out.length < v.length) self.start += v.length - out.length;
  self.setValue(out);
}

/**
 * Removes the byte at `i` (`bytearray_pop`, `bytearray_remove`): the bytes after it move down,
 * then the buffer is resized; unlike a deleted slice, the logical start stays where it is.
 */
export function deleteByteAt(self: PyByteArray, i: number): void {
  self.checkResizable(self.size - 1);
  self.buf.copyWithin(i, i + 1, self.size);
  self.resize(self.size - 1);
}

bytearrayType.setitem = (self, key, value) => {
  const a = ba(self);
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) throw indexError('bytearray index out of range');
    if (value === null) setSliceLinear(a, i, i + 1, new Uint8Array(0));
    else a.buf[i] = byteValue(value);
    return;
  }
  const slice = asSlice(key);
  if (slice === null) throw typeError(`bytearray indices must be integers or slices, not ${tpName(key.type)}`);
  let bytes: Uint8Array;
  if (value === null) bytes = new Uint8Array(0);
  else {
    const direct = value === self ? null : bytesLike(value);
    if (direct !== null) bytes = direct.slice();
    else {
      if (value instanceof PyStr || isIndexable(value) || value.type.nbFloat !== undefined) {
        throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      }
      bytes = value === self ? a.value.slice() : bytesOfIterable(value, `cannot convert '${tpName(value.type)}' object to bytearray`);
    }
  }
  const r = sliceRange(slice, a.size);
  if (r.step === 1) {
    setSliceLinear(a, r.start, r.stop, bytes);
    return;
  }
  // An extended slice given no bytes (deleted, or assigned an empty sequence) is deleted, whatever
  // its length: `bytearray_ass_subscript` asks `_canresize` before it looks at the slice length.
  if (bytes.length === 0) {
    a.checkCanResize();
    if (r.count <= 0) return;
    const drop = new Set<number>();
    for (let k = 0, i = r.start; k < r.count; k++, i += r.step) drop.add(i);
    a.setValue(a.value.filter((_, i) => !drop.has(i)));
    return;
  }
  if (bytes.length !== r.count) throw valueError(`attempt to assign bytes of size ${bytes.length} to extended slice of size ${r.count}`);
  for (let k = 0, i = r.start; k < r.count; k++, i += r.step) a.buf[i] = bytes[k] as number;
};

function concatBytes(x: Uint8Array, y: Uint8Array): Uint8Array {
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return out;
}

/** `bytearray_repeat` / `bytearray_irepeat`: a size past what malloc gives is `PyErr_NoMemory`. */
function repeatBytes(b: Uint8Array, n: number): Uint8Array {
  if (n < 1 || b.length === 0) return new Uint8Array(0);
  // `bytearray_repeat`: a size past PY_SSIZE_T_MAX is PyErr_NoMemory there too.
  const out = allocBuffer(b.length * n);
  for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return out;
}

function otherBytes(self: PyObject, other: PyObject): Uint8Array {
  const y = bytesLike(other);
  if (y === null) throw typeError(`can't concat ${tpName(other.type)} to ${tpName(self.type)}`);
  return y;
}

setSequenceSlots(bytearrayType, {
  concat: (self, other) => {
    const x = bytesLike(self);
    if (x === null) throw typeError(`can't concat ${tpName(other.type)} to ${tpName(self.type)}`);
    return newByteArrayOfType(bytearrayType, concatBytes(x, otherBytes(self, other)));
  },
  repeat: (self, n) => newByteArrayOfType(bytearrayType, repeatBytes(ba(self).value, n)),
  inplaceConcat: (self, other) => {
    const y = otherBytes(self, other).slice();
    const a = ba(self);
    const n = a.size;
    // `bytearray_iconcat` holds the buffer of `other` while it resizes: `b += b` is refused.
    if (other === self) {
      a.exports++;
      try {
        a.checkResizable(n + y.length);
      } finally {
        a.exports--;
      }
    }
    a.resize(n + y.length);
    a.buf.set(y, n);
    return incref(self);
  },
  inplaceRepeat: (self, n) => {
    const a = ba(self);
    a.setValue(repeatBytes(a.value, n));
    return incref(self);
  },
});

/**
 * `bytearray_init`: empties `self` first, then fills it from `bytearray(source, encoding,
 * errors)`. An iterable's bytes are appended one by one as they come, so the iterator sees the
 * bytearray grow (with CPython's over-allocation).
 */
function bytearrayInit(self: PyByteArray, args: readonly PyObject[], kwnames: readonly string[] | null): void {
  if (self.size !== 0) self.resize(0);
  // `PyArg_ParseTupleAndKeywords(..., "|Oss:bytearray", ...)`: each `s` is converted as it is bound.
  const [x, encoding, errors] = parseTupleAndKeywords('bytearray', args, kwnames, ['source', 'encoding', 'errors'], 0, (i, v) => {
    if (i === 0) return;
    if (!(v instanceof PyStr)) throw typeError(`bytearray() argument ${i + 1} must be str, not ${argTypeName(v)}`);
    cStringArg(v);
  }) as [PyObject | undefined, PyStr | undefined, PyStr | undefined];
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) throw typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return;
  }
  if (x instanceof PyStr) {
    if (encoding === undefined) throw typeError('string argument without an encoding');
    self.setValue(encodeNamed(x.value, encoding.value, errors === undefined ? 'strict' : errors.value));
    return;
  }
  if (encoding !== undefined || errors !== undefined) throw typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
  const n = countArgOrNull(x);
  if (n !== null) {
    if (n > MAX_BUFFER_BYTES) raiseNoMemory();
    self.resize(n);
    return;
  }
  const direct = bytesLike(x);
  if (direct !== null) {
    self.setValue(direct.slice());
    return;
  }
  if (x.type.iter === undefined && x.type.getitem === undefined) throw typeError(`cannot convert '${tpName(x.type)}' object to bytearray`);
  const it = getIter(x);
  try {
    for (let item = iterNext(it); item !== null; item = iterNext(it)) {
      let v: number;
      try {
        v = byteValue(item);
      } finally {
        decref(item);
      }
      // Room left in the buffer only moves the size; else `PyByteArray_Resize` grows it.
      if (self.size + 1 < self.alloc) self.size++;
      else self.resize(self.size + 1);
      self.buf[self.size - 1] = v;
    }
  } finally {
    decref(it);
  }
}

bytearrayType.new = (type) => newByteArrayOfType(type, new Uint8Array(0));
bytearrayType.init = (self, args, kwnames) => {
  bytearrayInit(ba(self), args, kwnames);
};

/** `bytearray_iterator`. */
export const bytearrayIteratorType: PyType = staticType({ name: 'bytearray_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC });

/** An iterator over a bytearray (ints), seeing later changes. */
export class PyByteArrayIterator extends PyObject {
  seq: PyByteArray | null;
  index = 0;

  constructor(seq: PyByteArray) {
    super(bytearrayIteratorType, allocateAddress(bytearrayIteratorType));
    this.seq = incref(seq);
  }
}

bytearrayType.iter = (self) => new PyByteArrayIterator(ba(self));
bytearrayIteratorType.iter = (self) => incref(self);
bytearrayIteratorType.iternext = (self) => {
  const it = self as PyByteArrayIterator;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.size) return newInt(seq.buf[it.index++] as number);
  it.seq = null;
  decref(seq);
  return null;
};
bytearrayIteratorType.dealloc = (self) => {
  const it = self as PyByteArrayIterator;
  const seq = it.seq;
  it.seq = null;
  xdecref(seq);
  freeObject(self);
};
bytearrayIteratorType.traverse = (self, visit) => {
  const seq = (self as PyByteArrayIterator).seq;
  if (seq !== null) visit(seq);
};
// `bytearrayiter_length_hint`: the bytes left (the bytearray may have shrunk meanwhile).
addMethods(bytearrayIteratorType, [
  {
    name: '__length_hint__', kind: 'noargs',
    impl: (self) => {
      const it = self as PyByteArrayIterator;
      return newInt(it.seq === null ? 0 : Math.max(0, it.seq.size - it.index));
    },
  },
]);
