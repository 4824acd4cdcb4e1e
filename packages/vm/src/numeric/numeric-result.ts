/**
 * The outcome of an arithmetic operation on Python numbers: a value, or the Python exception
 * CPython 3.8 would raise, as plain data (Python exceptions are VM data, never JS exceptions).
 * @module
 */

/** A Python exception an arithmetic operation raises: its class name and message. */
export interface NumericError {
  readonly error: 'ZeroDivisionError' | 'OverflowError' | 'ValueError' | 'TypeError';
  readonly message: string;
}

/** A result, or the exception raised instead. */
export type NumericResult<T> = T | NumericError;

/** Builds a {@link NumericError}. */
export function numericError(error: NumericError['error'], message: string): NumericError {
  return { error, message };
}

/** Whether `result` is an exception rather than a value. */
export function isNumericError<T>(result: NumericResult<T>): result is NumericError {
  return typeof result === 'object' && result !== null && 'error' in result && 'message' in result;
}
