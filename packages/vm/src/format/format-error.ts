/**
 * The error values of the formatting library: CPython raises, this library returns. The runtime
 * turns a {@link FormatError} into the Python exception it names. Mirrors the `PyErr_SetString`
 * calls of CPython 3.8 Python/formatter_unicode.c and Objects/unicodeobject.c.
 * @module
 */

/** The Python exception classes the formatting functions can report. */
export type FormatErrorType = 'ValueError' | 'OverflowError' | 'TypeError';

/** A Python exception to raise: its class name and its message, word for word. */
export interface FormatError {
  readonly error: FormatErrorType;
  readonly message: string;
}

/** A formatted text, or the exception CPython 3.8 would raise instead. */
export type FormatResult = string | FormatError;

/**
 * Builds a {@link FormatError}.
 *
 * @param error - the Python exception class
 * @param message - its message
 * @returns the error value
 */
export function formatError(error: FormatErrorType, message: string): FormatError {
  return { error, message };
}

/**
 * Tells whether a result is an error rather than a text.
 *
 * @param result - a value returned by a formatting function
 * @returns true for a {@link FormatError}
 */
export function isFormatError(result: unknown): result is FormatError {
  return typeof result === 'object' && result !== null && 'error' in result && 'message' in result;
}

/**
 * The error of `long_to_decimal_string` for an int of more decimal digits than `maxDigits`
 * (`sys.set_int_max_str_digits`; 0 is no limit), or null when it is within.
 */
export function decimalDigitsError(digits: number, maxDigits: number): FormatError | null {
  if (maxDigits <= 0 || digits <= maxDigits) return null;
  return formatError('ValueError', `Exceeds the limit (${maxDigits}) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}
