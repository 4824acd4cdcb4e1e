/**
 * Allocating the storage of a bytes-like object: sizes no C allocation could give fail with
 * MemoryError (`PyErr_NoMemory`, as CPython's `PyObject_Malloc` failing does) instead of a host
 * RangeError.
 * @module
 */
import { noMemoryError, overflowError } from './errors.ts';

/** The largest buffer corosim allocates (the host's typed arrays and memory end about here). */
export const MAX_BUFFER_BYTES = 0x7fff_ffff;

/** `PyErr_NoMemory`: a MemoryError without arguments (`MemoryError()`). */
export function raiseNoMemory(): never {
  throw noMemoryError();
}

/**
 * `_PyBytes_FromSize`'s check: a bytes object of `size` bytes would not fit in `Py_ssize_t` with its
 * header (OverflowError "byte string is too large").
 */
export function checkBytesSize(size: number): void {
  if (size >= 2 ** 63 - 33) throw overflowError('byte string is too large');
}

/** A zeroed buffer of `size` bytes, or MemoryError where the allocation could not succeed. */
export function allocBuffer(size: number): Uint8Array {
  if (!(size <= MAX_BUFFER_BYTES)) raiseNoMemory();
  try {
    return new Uint8Array(size);
  } catch (e) {
    if (e instanceof RangeError) raiseNoMemory();
    throw e;
  }
}
