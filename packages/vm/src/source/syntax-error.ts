/**
 * Builds a {@link Diagnostic} the way CPython 3.8's SyntaxError constructor finishes one: a plain
 * SyntaxError whose line reads like a Python 2 `print`/`exec` statement gets the "Missing
 * parentheses" message. Mirrors CPython 3.8 Objects/exceptions.c `SyntaxError_init` and
 * `_report_missing_parentheses`.
 * @module
 */
import type { Diagnostic, DiagnosticType } from './diagnostic.ts';
import { fail } from './diagnostic.ts';

/**
 * Makes the diagnostic a SyntaxError with these arguments would be.
 * @param type - The exception class.
 * @param msg - The message.
 * @param filename - The file name.
 * @param lineno - The 1-based line.
 * @param offset - The caret offset, or null.
 * @param text - The source text, or null.
 * @returns The diagnostic.
 * @see CPython 3.8 Objects/exceptions.c SyntaxError_init
 */
export function makeDiagnostic(
  type: DiagnosticType,
  msg: string,
  filename: string,
  lineno: number,
  offset: number | null,
  text: string | null,
): Diagnostic {
  const reported = type === 'SyntaxError' && text !== null ? reportMissingParentheses(text) : null;
  // The constructor's first argument stays `msg`; only the `msg` attribute is reworded.
  if (reported !== null) return { type, msg: reported, argsMsg: msg, filename, lineno, offset, text };
  return { type, msg, filename, lineno, offset, text };
}

/** Throws the diagnostic {@link makeDiagnostic} builds. */
export function raiseSyntaxError(
  type: DiagnosticType,
  msg: string,
  filename: string,
  lineno: number,
  offset: number | null,
  text: string | null,
): never {
  return fail(makeDiagnostic(type, msg, filename, lineno, offset, text));
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c === 0x85 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * The "Missing parentheses in call to 'print'/'exec'" message for a source line that reads like a
 * Python 2 statement, or null.
 * @param text - The `text` a plain SyntaxError was constructed with.
 * @returns The message that replaces the exception's `msg` attribute (its args keep the original).
 * @see CPython 3.8 Objects/exceptions.c _report_missing_parentheses
 */
export function reportMissingParentheses(text: string): string | null {
  if (text.includes('(')) return null;
  const simple = checkLegacyStatements(text, 0);
  if (simple !== null) return simple;
  const colon = text.indexOf(':');
  if (colon >= 0) return checkLegacyStatements(text, colon + 1);
  return null;
}

// = _check_for_legacy_statements (indexes are code units; the texts concerned are ASCII-led)
function checkLegacyStatements(text: string, from: number): string | null {
  let start = from;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  if (start === text.length) return null;
  if (text.startsWith('print ', start)) {
    const startPos = start + 6;
    let endPos = text.indexOf(';', startPos);
    if (endPos < 0) endPos = text.length;
    const data = text.slice(startPos, endPos).replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    const endArg = data.endsWith(',') ? ' end=" "' : '';
    return `Missing parentheses in call to 'print'. Did you mean print(${data}${endArg})?`;
  }
  if (text.startsWith('exec ', start)) return "Missing parentheses in call to 'exec'";
  return null;
}
