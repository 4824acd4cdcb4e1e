/**
 * The value of a NUMBER token. Mirrors CPython 3.8 Python/ast.c `parsenumber` (underscores
 * removed, then `PyLong_FromString`, `PyOS_string_to_double` or a complex with that imaginary
 * part).
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';

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
