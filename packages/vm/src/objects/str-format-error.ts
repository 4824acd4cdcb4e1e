/**
 * Turning the formatting library's error values into Python exceptions. Shared by str and bytes
 * formatting.
 * @module
 */
import { isFormatError, type FormatError, type FormatResult } from '../format/format-error.ts';
import { raiseMessage, type PyRaise } from '../runtime/errors.ts';
import * as E from './exceptions.ts';

/** Raises a formatting library error as the Python exception it names. */
export function raiseFormatError(e: FormatError): PyRaise {
  const type = e.error === 'ValueError' ? E.ValueError : e.error === 'OverflowError' ? E.OverflowError : E.TypeError;
  return raiseMessage(type, e.message);
}

/** The text of a formatting result, raising its error. */
export function formatOrRaise(r: FormatResult): string {
  if (isFormatError(r)) throw raiseFormatError(r);
  return r;
}
