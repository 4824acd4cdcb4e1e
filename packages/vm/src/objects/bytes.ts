/**
 * `bytes`: an immutable byte string. Mirrors CPython 3.8 Objects/bytesobject.c (33 bytes plus
 * one per byte; the empty bytes and single bytes are static in CPython too).
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress, staticAddress } from '../runtime/memory.ts';
import { IMMORTAL, PyObject, TPFLAGS_BASETYPE, type PyType } from '../runtime/object.ts';

/** The `bytes` type. */
export const bytesType: PyType = staticType({ name: 'bytes', basicsize: 33, itemsize: 1, flags: TPFLAGS_BASETYPE });
bytesType.addIsConcat = true;

/** `PY_SSIZE_T_MAX` as a float bound for size checks. */
export const SSIZE_MAX = 2 ** 63 - 1;

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
  if (value.length <= 1) {
    // `nullstring` and `characters[256]`: the empty and the one-byte bytes are shared.
    const shared = value.length === 0 ? emptyBytes : singleBytes[value[0] ?? 0];
    if (shared !== undefined) {
      shared.refcnt++;
      return shared;
    }
  }
  return new PyBytes(bytesType, value, allocateAddress(bytesType, value.length));
}

/**
 * A new bytes object holding `value` (not copied) that is never the shared one-byte bytes:
 * `PyBytes_FromStringAndSize(NULL, n)`, which the C functions that fill their result in place
 * (upper, replace, translate, a stepped slice, `bytes(buffer)`...) start from. Only the empty
 * bytes is still shared.
 */
export function newFreshBytes(value: Uint8Array): PyBytes {
  if (value.length !== 1) return newBytes(value);
  return new PyBytes(bytesType, value, allocateAddress(bytesType, 1));
}

function staticBytes(value: Uint8Array): PyBytes {
  const b = new PyBytes(bytesType, value, staticAddress(33 + value.length));
  b.refcnt = IMMORTAL;
  return b;
}

const emptyBytes: PyBytes = staticBytes(new Uint8Array(0));
const singleBytes: PyBytes[] = Array.from({ length: 256 }, (_, i) => staticBytes(Uint8Array.of(i)));

/** Whether `o` is a bytes object (exact or subclass). */
export function isBytes(o: PyObject): o is PyBytes {
  return o instanceof PyBytes;
}
