/**
 * `memoryview` over a bytes or bytearray object: one dimension, format 'B', itemsize 1. Indexing
 * gives ints, slicing gives a new memoryview of the same object, and `tobytes`, `tolist`, `hex`,
 * `release`, the context manager and item and slice assignment over a bytearray work as in
 * CPython 3.8 Objects/memoryobject.c (a subset: no casts, no multi-dimensional views).
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { typeError, valueError, indexError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { hashObject } from '../runtime/abstract-compare.ts';
import { setViewBytes } from '../runtime/abstract-number.ts';
import { PyByteArray } from './bytearray.ts';
import { PyBytes, newBytes, newFreshBytes } from './bytes.ts';
import { hexDef } from './bytes-hex.ts';
import { newBool, newInt } from './int.ts';
import { newListStealing } from './list.ts';
import { None, NotImplemented } from './singletons.ts';
import { newStr } from './str.ts';
import { asSlice, asSsize, indexValue, isIndexable, sliceRange } from './str-methods-util.ts';
import { newTupleStealing } from './tuple.ts';
import { tpName } from '../runtime/type-name.ts';
import { clearWeakrefs } from './weakref.ts';

/** `memoryview`. */
export const memoryviewType: PyType = staticType({ name: 'memoryview', basicsize: 144, itemsize: 8, flags: TPFLAGS_HAVE_GC });

/** `Py_SIZE` of a memoryview: `3 * ndim` (corosim's views are one-dimensional). */
export const MEMORYVIEW_ITEMS = 3;

/** A view of `step`-spaced bytes of a bytes or bytearray object, from `start`, `length` items. */
export class PyMemoryView extends PyObject {
  /** The exporting object (owned), or null once released. */
  obj: PyObject | null;
  readonly start: number;
  readonly step: number;
  readonly length: number;

  constructor(obj: PyObject, start: number, step: number, length: number) {
    // `memory_alloc(ndim)`: a var-sized object of `3 * ndim` shape, strides and suboffsets.
    super(memoryviewType, allocateAddress(memoryviewType, MEMORYVIEW_ITEMS));
    this.obj = obj;
    // DEVIATION(cpython): each view holds its own export of a bytearray, where CPython's views
    // sliced from one another share one managed buffer; either way the bytearray stays fixed
    // in size while any of them lives.
    if (obj instanceof PyByteArray) obj.exports++;
    this.start = start;
    this.step = step;
    this.length = length;
  }
}

/** The bytes of a bytes-like exporter, or null when `o` exports no buffer. */
function exportedBytes(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.value;
  if (o instanceof PyByteArray) return o.value;
  return null;
}

/** The exporter of a live view (raises on a released one). */
function liveObj(m: PyMemoryView): PyObject {
  if (m.obj === null) throw valueError('operation forbidden on released memoryview object');
  return m.obj;
}

/** The bytes the view shows, copied. */
export function memoryviewBytes(m: PyMemoryView): Uint8Array {
  const src = exportedBytes(liveObj(m)) ?? new Uint8Array(0);
  const out = new Uint8Array(m.length);
  for (let k = 0, i = m.start; k < m.length; k++, i += m.step) out[k] = src[i] ?? 0;
  return out;
}

/**
 * The bytes of a view that `PyObject_GetBuffer(PyBUF_SIMPLE)` accepts (C-contiguous: step 1, or
 * at most one item), copied; null for a strided or released view or another object.
 */
export function contiguousViewBytes(o: PyObject): Uint8Array | null {
  // A released view exports nothing: the caller's own TypeError replaces the ValueError.
  if (!(o instanceof PyMemoryView) || o.obj === null) return null;
  return o.step === 1 || o.length <= 1 ? memoryviewBytes(o) : null;
}
setViewBytes(contiguousViewBytes);

/** `memoryview(obj)`: a new view of the whole of `obj` (borrowed). */
export function newMemoryView(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    const o = liveObj(obj);
    return new PyMemoryView(incref(o), obj.start, obj.step, obj.length);
  }
  const b = exportedBytes(obj);
  if (b === null) throw typeError(`memoryview: a bytes-like object is required, not '${tpName(obj.type)}'`);
  return new PyMemoryView(incref(obj), 0, 1, b.length);
}

function release(m: PyMemoryView): void {
  const o = m.obj;
  m.obj = null;
  if (o instanceof PyByteArray) o.exports--;
  if (o !== null) decref(o);
}

memoryviewType.new = (_type, args, kwnames) => {
  // Argument Clinic `memoryview(object)`.
  const [obj] = parseArgs('memoryview', args, kwnames, ['object'], 1);
  return newMemoryView(obj as PyObject);
};
// `memory_dealloc`: the view lets go of its object before its weak references are cleared.
memoryviewType.weakrefable = true;
memoryviewType.dealloc = (self) => {
  release(self as PyMemoryView);
  if (self.weakrefs !== null) clearWeakrefs(self);
  freeObject(self);
};
memoryviewType.traverse = (self, visit) => {
  const o = (self as PyMemoryView).obj;
  if (o !== null) visit(o);
};
memoryviewType.repr = (self) => {
  const m = self as PyMemoryView;
  return newStr(`<${m.obj === null ? 'released ' : ''}memory at 0x${self.address.toString(16)}>`);
};
memoryviewType.length = (self) => {
  liveObj(self as PyMemoryView);
  return (self as PyMemoryView).length;
};
memoryviewType.getitem = (self, key) => {
  const m = self as PyMemoryView;
  const obj = liveObj(m);
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    if (i < 0) i += m.length;
    if (i < 0 || i >= m.length) throw indexError('index out of bounds on dimension 1');
    return newInt((exportedBytes(obj) ?? new Uint8Array(0))[m.start + i * m.step] ?? 0);
  }
  const slice = asSlice(key);
  if (slice !== null) {
    const r = sliceRange(slice, m.length);
    const count = Math.max(0, r.count);
    return new PyMemoryView(incref(obj), m.start + r.start * m.step, m.step * r.step, count);
  }
  throw typeError('memoryview: invalid slice key');
};
/** `pack_single` for format 'B': the byte an int stores, or the format's TypeError/ValueError. */
function packByte(value: PyObject): number {
  // `pylong_as_lu` then `fix_error_int`: a non-integer is a type error, a negative or too big one a value error.
  if (!isIndexable(value)) throw typeError("memoryview: invalid type for format 'B'");
  const v = indexValue(value);
  if (v < 0n || v > 255n) throw valueError("memoryview: invalid value for format 'B'");
  return Number(v);
}

/** `memory_ass_sub`: `m[i] = int` and `m[a:b:c] = bytes-like` of the same length. */
memoryviewType.setitem = (self, key, value) => {
  const m = self as PyMemoryView;
  const obj = liveObj(m);
  if (!(obj instanceof PyByteArray)) throw typeError('cannot modify read-only memory');
  if (value === null) throw typeError('cannot delete memory');
  const dest = obj.value;
  if (isIndexable(key)) {
    let i = asSsize(key, 'index');
    if (i < 0) i += m.length;
    if (i < 0 || i >= m.length) throw indexError('index out of bounds on dimension 1');
    dest[m.start + i * m.step] = packByte(value);
    return;
  }
  const slice = asSlice(key);
  if (slice === null) throw typeError('memoryview: invalid slice key');
  const src = value instanceof PyMemoryView ? memoryviewBytes(value) : exportedBytes(value);
  if (src === null) throw typeError(`a bytes-like object is required, not '${tpName(value.type)}'`);
  const r = sliceRange(slice, m.length);
  const count = Math.max(0, r.count);
  if (src.length !== count) throw valueError('memoryview assignment: lvalue and rvalue have different structures');
  // Copied first: the source may be this very buffer.
  const bytes = src.slice();
  for (let k = 0; k < count; k++) dest[m.start + (r.start + k * r.step) * m.step] = bytes[k] ?? 0;
};
memoryviewType.richcompare = (a, b, op) => {
  if (op !== 2 && op !== 3) return incref(NotImplemented);
  const m = a as PyMemoryView;
  let other: Uint8Array | null;
  if (b instanceof PyMemoryView) other = b.obj === null ? null : memoryviewBytes(b);
  else other = exportedBytes(b);
  if (m.obj === null || other === null) {
    if (b instanceof PyMemoryView || exportedBytes(b) !== null) return newBool((a === b) === (op === 2));
    return incref(NotImplemented);
  }
  const mine = memoryviewBytes(m);
  const equal = mine.length === other.length && mine.every((v, i) => v === other[i]);
  return newBool(equal === (op === 2));
};
memoryviewType.hash = (self) => {
  const m = self as PyMemoryView;
  if (!(liveObj(m) instanceof PyBytes)) throw valueError('cannot hash writable memoryview object');
  const b = newBytes(memoryviewBytes(m));
  try {
    return hashObject(b);
  } finally {
    decref(b);
  }
};

addMethods(memoryviewType, [
  { name: 'tobytes', kind: 'fastkw', impl: (self) => newFreshBytes(memoryviewBytes(self as PyMemoryView)) },
  { name: 'tolist', kind: 'noargs', impl: (self) => newListStealing([...memoryviewBytes(self as PyMemoryView)].map((v) => newInt(v))) },
  hexDef((self) => memoryviewBytes(self as PyMemoryView)),
  { name: 'release', kind: 'noargs', impl: (self) => (release(self as PyMemoryView), incref(None)) },
  { name: '__enter__', kind: 'noargs', impl: (self) => (liveObj(self as PyMemoryView), incref(self)) },
  { name: '__exit__', kind: 'fast', impl: (self) => (release(self as PyMemoryView), incref(None)) },
]);
addGetSets(memoryviewType, [
  { name: 'obj', get: (self) => incref(liveObj(self as PyMemoryView)) },
  { name: 'nbytes', get: (self) => (liveObj(self as PyMemoryView), newInt((self as PyMemoryView).length)) },
  { name: 'readonly', get: (self) => newBool(!(liveObj(self as PyMemoryView) instanceof PyByteArray)) },
  { name: 'itemsize', get: (self) => (liveObj(self as PyMemoryView), newInt(1)) },
  { name: 'format', get: (self) => (liveObj(self as PyMemoryView), newStr('B')) },
  { name: 'ndim', get: (self) => (liveObj(self as PyMemoryView), newInt(1)) },
  { name: 'shape', get: (self) => newTupleStealing([newInt((liveObj(self as PyMemoryView), (self as PyMemoryView).length))]) },
  { name: 'strides', get: (self) => newTupleStealing([newInt((liveObj(self as PyMemoryView), (self as PyMemoryView).step))]) },
  { name: 'contiguous', get: (self) => newBool((liveObj(self as PyMemoryView), (self as PyMemoryView).step === 1)) },
]);

