/**
 * `bytearray`: a mutable byte string. The object keeps a buffer with spare room (`ob_alloc`) and
 * its used size (`ob_size`). Mirrors CPython 3.8 Objects/bytearrayobject.c (`PyByteArrayObject`,
 * `PyByteArray_Resize`).
 * @module
 */
import { allocBuffer } from '../runtime/buffer-alloc.ts';
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, incref, type PyType } from '../runtime/object.ts';
import { raiseMessage } from '../runtime/errors.ts';
import { BufferError } from './exceptions.ts';

/** The `bytearray` type. */
export const bytearrayType: PyType = staticType({ name: 'bytearray', basicsize: 56, flags: TPFLAGS_BASETYPE });
bytearrayType.addIsConcat = true;

/** A bytearray object. */
export class PyByteArray extends PyObject {
  /** The buffer; bytes past `size` are spare room. */
  buf: Uint8Array;
  /** The number of bytes in use. */
  size: number;
  /** `ob_alloc`: the bytes CPython's buffer holds, its trailing NUL included (0 when empty). */
  alloc: number;
  /**
   * `ob_start - ob_bytes`: bytes deleted from the front that CPython skips instead of moving the
   * rest (`bytearray_setslice_linear`); they count against the buffer until it is reallocated.
   */
  start = 0;
  /** `ob_exports`: the live memoryviews over this bytearray; while any lives, its size is fixed. */
  exports = 0;

  constructor(type: PyType, value: Uint8Array, address: number) {
    super(type, address);
    this.buf = value;
    this.size = value.length;
    this.alloc = value.length === 0 ? 0 : value.length + 1;
  }

  /** The bytes in use (a view: valid until the next resize). */
  get value(): Uint8Array {
    return this.buf.subarray(0, this.size);
  }

  /** Replaces the contents with a copy of `v`, resizing as `PyByteArray_Resize` does. */
  setValue(v: Uint8Array): void {
    const copy = v.buffer === this.buf.buffer ? v.slice() : v;
    this.resize(copy.length);
    this.buf.set(copy);
  }

  /**
   * `_canresize`: a bytearray that has exported its buffer (a live memoryview over it) cannot
   * change size. Callers that move bytes before resizing ask first, as CPython's do.
   */
  checkResizable(n: number): void {
    if (n !== this.size) this.checkCanResize();
  }

  /** `_canresize` itself: a live export forbids even a resize that would change nothing. */
  checkCanResize(): void {
    if (this.exports > 0) throw raiseMessage(BufferError, 'Existing exports of data: object cannot be re-sized');
  }

  /**
   * `PyByteArray_Resize` keeping the contents: a small shrink keeps the buffer, a big one (below
   * half) cuts it to size; growth over-allocates by an eighth when moderate, else fits exactly.
   */
  resize(n: number): void {
    if (n === this.size) return;
    this.checkResizable(n);
    let alloc = this.alloc;
    if (n + this.start + 1 <= alloc) {
      // `size < alloc / 2` in size_t arithmetic: the half rounds down.
      if (n >= Math.floor(alloc / 2)) {
        if (n > this.size) this.buf.fill(0, this.size, n);
        this.size = n;
        return;
      }
      alloc = n + 1;
    } else if (n <= alloc * 1.125) {
      alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
    } else {
      alloc = n + 1;
    }
    const next = allocBuffer(Math.max(alloc - 1, n));
    next.set(this.buf.subarray(0, Math.min(this.size, n)));
    this.buf = next;
    this.alloc = alloc;
    this.start = 0;
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
