/**
 * The last line of defence between host failures and the program: a JavaScript stack overflow
 * becomes RecursionError and a host allocation failure MemoryError, where nothing of the
 * interpreter's own state was abandoned on the way (no Python frame was left without its
 * unwinding), so the program sees the exception CPython would raise rather than a crash.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyRaise, noMemoryError, raiseMessage } from './errors.ts';
import { tstate } from './thread-state.ts';
import type { PyObject } from './object.ts';

/** Whether `e` is the host's stack overflow (`Maximum call stack size exceeded`). */
export function isHostStackOverflow(e: unknown): e is RangeError {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** Whether `e` is a host allocation that could not be made (a string, array or buffer too large). */
export function isHostAllocationFailure(e: unknown): e is RangeError {
  return e instanceof RangeError && /Invalid (typed )?array length|Invalid string length|allocation failed|Array buffer|Maximum BigInt size/i.test(e.message);
}

/**
 * What to throw for `e`, caught by native code entered while `frame` was the current frame: the
 * Python exception a host stack overflow or allocation failure stands for (`where` completes the
 * RecursionError's message, as `Py_EnterRecursiveCall(where)` would), or `e` itself when it is a
 * Python exception already, any other host error, or one that abandoned Python frames on its way
 * here (their state is not unwound, so the run cannot go on).
 */
export function asPythonFailure(e: unknown, frame: PyObject | null, where = ''): unknown {
  if (e instanceof PyRaise || tstate.frame !== frame) return e;
  if (isHostStackOverflow(e)) return raiseMessage(E.RecursionError, `maximum recursion depth exceeded${where}`);
  if (isHostAllocationFailure(e)) return noMemoryError();
  return e;
}
