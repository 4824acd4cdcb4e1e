/**
 * The value of a NUMBER token. Mirrors CPython 3.8 Python/ast.c `parsenumber` (underscores
 * removed, then `PyLong_FromString`, `PyOS_string_to_double` or a complex with that imaginary
 * part).
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';

/** `sys.get_int_max_str_digits()` default (3.8.14+): `_PY_LONG_DEFAULT_MAX_STR_DIGITS`. */
export const INT_MAX_STR_DIGITS = 4300;

/** `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`: shorter decimal conversions are never checked. */
export const MAX_STR_DIGITS_THRESHOLD = 640;

/**
 * Converts number-literal text (already validated by the tokenizer) to its constant.
 * @param text - The literal as written.
 * @returns An int, float or complex constant.
 */
export function parseNumber(text: string): Constant {
  const s = text.includes('_') ? text.replaceAll('_', '') : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return { kind: 'complex', real: 0, imag: Number(s.slice(0, -1)) };
  const c1 = s.charCodeAt(1);
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) {
    return { kind: 'int', value: BigInt(s) };
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { kind: 'float', value: Number(s) };
  }
  return { kind: 'int', value: BigInt(s) };
}

/**
 * The SyntaxError message of a decimal int literal with more digits than `sys.int_max_str_digits`
 * allows, or null. CPython meets the limit in `PyLong_FromString` while building the AST, and
 * `ast_for_atom` turns its ValueError into this message.
 *
 * @param text - The literal as written (an int: no point, exponent or `j`).
 * @param limit - The run's limit (0: none).
 * @returns The message, or null when the literal converts.
 * @see CPython 3.8 Python/ast.c ast_for_atom, Objects/longobject.c PyLong_FromString
 */
export function intLiteralLimitMessage(text: string, limit: number): string | null {
  // Hexadecimal, octal and binary literals are converted in linear time and never checked.
  const c1 = text.charCodeAt(1);
  if (text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) return null;
  const digits = text.includes('_') ? text.replaceAll('_', '') : text;
  // A decimal literal starting with 0 holds only zeros, which PyLong_FromString skips.
  if (digits.length <= MAX_STR_DIGITS_THRESHOLD || limit <= 0 || digits.length <= limit || digits.charCodeAt(0) === 48) return null;
  return `Exceeds the limit (${String(limit)}) for integer string conversion: value has ${String(digits.length)} digits; use sys.set_int_max_str_digits() to increase the limit`
    + ' - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.';
}
