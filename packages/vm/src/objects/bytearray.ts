/**
 * `bytearray`: a mutable byte string. The object keeps a buffer with spare room (`ob_alloc`) and
 * its used size (`ob_size`). Mirrors CPython 3.8 Objects/bytearrayobject.c (`PyByteArrayObject`,
 * `PyByteArray_Resize`).
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, incref, type PyType } from '../runtime/object.ts';

/** The `bytearray` type. */
export const bytearrayType: PyType = staticType({ name: 'bytearray', basicsize: 56, flags: TPFLAGS_BASETYPE });
bytearrayType.addIsConcat = true;

/** A bytearray object. */
export class PyByteArray extends PyObject {
  /** The buffer; bytes past `size` are spare room. */
  buf: Uint8Array;
  /** The number of bytes in use. */
  size: number;

  constructor(type: PyType, value: Uint8Array, address: number) {
    super(type, address);
    this.buf = value;
    this.size = value.length;
  }

  /** The bytes in use (a view: valid until the next resize). */
  get value(): Uint8Array {
    return this.buf.subarray(0, this.size);
  }

  /** Replaces the contents with a copy of `v`. */
  setValue(v: Uint8Array): void {
    if (v.length <= this.buf.length && v.buffer !== this.buf.buffer) this.buf.set(v);
    else this.buf = v.slice();
    this.size = v.length;
  }

  /** `PyByteArray_Resize` keeping the contents: grows the buffer by over-allocation. */
  resize(n: number): void {
    if (n > this.buf.length) {
      const next = new Uint8Array(Math.max(n, this.size + (this.size >> 3) + 6));
      next.set(this.value);
      this.buf = next;
    }
    if (n > this.size) this.buf.fill(0, this.size, n);
    this.size = n;
  }
}

/** A new bytearray (or subclass instance) holding a copy of `value`. */
export function newByteArrayOfType(type: PyType, value: Uint8Array): PyByteArray {
  const b = new PyByteArray(type, value.slice(), allocateAddress(type));
  if (type.isHeapType) incref(type);
  return b;
}

/** A new bytearray holding a copy of `value`. */
export function newByteArray(value: Uint8Array): PyByteArray {
  return newByteArrayOfType(bytearrayType, value);
}
