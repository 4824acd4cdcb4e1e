/**
 * The Python exceptions the `random` module's algorithms raise, as plain data (Python
 * exceptions are VM data, never JS exceptions). Mirrors the `raise` sites of CPython 3.8
 * Lib/random.py and Modules/_randommodule.c.
 * @module
 */

/** A Python exception a `random` operation raises: its class name and message. */
export interface RandomError {
  readonly error: 'ValueError' | 'IndexError' | 'OverflowError' | 'TypeError' | 'ZeroDivisionError';
  readonly message: string;
}

/** A result, or the exception raised instead. */
export type RandomResult<T> = T | RandomError;

/** Builds a {@link RandomError}. */
export function randomError(error: RandomError['error'], message: string): RandomError {
  return { error, message };
}

/** Whether `result` is an exception rather than a value. */
export function isRandomError<T>(result: RandomResult<T>): result is RandomError {
  return typeof result === 'object' && result !== null && !Array.isArray(result) && 'error' in result && 'message' in result;
}
