/**
 * `bytes`: an immutable byte string. Mirrors CPython 3.8 Objects/bytesobject.c (33 bytes plus
 * one per byte; the empty bytes and single bytes are static in CPython too).
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, type PyType } from '../runtime/object.ts';

/** The `bytes` type. */
export const bytesType: PyType = staticType({ name: 'bytes', basicsize: 33, itemsize: 1, flags: TPFLAGS_BASETYPE });

/** A bytes object. */
export class PyBytes extends PyObject {
  readonly value: Uint8Array;

  constructor(type: PyType, value: Uint8Array, address: number) {
    super(type, address);
    this.value = value;
  }
}

/** A new bytes object holding `value` (not copied). */
export function newBytes(value: Uint8Array): PyBytes {
  return new PyBytes(bytesType, value, allocateAddress(bytesType, value.length));
}

/** Whether `o` is a bytes object (exact or subclass). */
export function isBytes(o: PyObject): o is PyBytes {
  return o instanceof PyBytes;
}
