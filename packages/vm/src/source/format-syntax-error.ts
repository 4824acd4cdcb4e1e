/**
 * The text `python3.8 FILE` writes to stderr for a program that does not compile: the
 * `  File "...", line N` line, the offending source line without its indentation, the caret
 * line, and `SyntaxError: msg`. Mirrors CPython 3.8 Python/pythonrun.c `print_exception`
 * (its SyntaxError branch) and `print_error_text`.
 * @module
 */
import type { Diagnostic } from './diagnostic.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';

/**
 * Formats a compile error exactly as CPython 3.8 prints it for a script.
 *
 * @remarks
 * The caret offset is applied to the UTF-8 bytes of the text, as CPython's C code does, even
 * where the offset counts characters; multi-line texts show the line the offset falls in.
 * @param d - The diagnostic.
 * @returns The stderr text, ending in a newline.
 * @example
 * ```ts
 * formatSyntaxError({ type: 'SyntaxError', msg: 'invalid syntax', filename: 'a.py', lineno: 1, offset: 3, text: 'a b\n' });
 * // '  File "a.py", line 1\n    a b\n      ^\nSyntaxError: invalid syntax\n'
 * ```
 * @see CPython 3.8 Python/pythonrun.c print_error_text
 */
export function formatSyntaxError(d: Diagnostic): string {
  // A SyntaxError without location arguments prints as any other exception's last line.
  if (d.lineno === null) return (d.stderr ?? '') + (d.msg === '' ? `${d.type}\n` : `${d.type}: ${d.msg}\n`);
  return `${syntaxErrorBlockPieces(d).join('')}${d.type}: ${d.msg}\n`;
}

/**
 * The `  File "...", line N` line, the source line and the caret line of a located diagnostic,
 * in the pieces `print_exception` and `print_error_text` write to the file one by one (the
 * caret line's spaces one at a time).
 *
 * @param d - The diagnostic; its `lineno` is not null.
 * @returns The pieces, in order.
 * @see CPython 3.8 Python/pythonrun.c print_error_text
 */
export function syntaxErrorBlockPieces(d: Diagnostic): string[] {
  const out = [`  File "${d.filename}", line ${d.lineno ?? 0}\n`];
  if (d.text !== null) errorText(out, d.offset ?? -1, d.text);
  return out;
}

// = print_error_text
function errorText(out: string[], initialOffset: number, textValue: string): void {
  // CPython works on the C string `PyUnicode_AsUTF8` gives (`strlen`, `strchr`, then
  // `PyFile_WriteString`): the text ends at its first NUL.
  const utf8 = encodeUtf8(textValue);
  const nul = utf8.indexOf(0);
  const bytes = nul < 0 ? utf8 : utf8.subarray(0, nul);
  let offset = initialOffset;
  let start = 0;
  if (offset >= 0) {
    if (offset > 0 && offset === bytes.length && bytes[offset - 1] === 10) offset--;
    for (;;) {
      let nl = start;
      while (nl < bytes.length && bytes[nl] !== 10) nl++;
      if (nl >= bytes.length || nl - start >= offset) break;
      offset -= nl + 1 - start;
      start = nl + 1;
    }
    while (start < bytes.length && (bytes[start] === 32 || bytes[start] === 9 || bytes[start] === 12)) {
      start++;
      offset--;
    }
  }
  const text = decodeUtf8(bytes, start, bytes.length);
  out.push('    ', text);
  if (text.length === 0 || !text.endsWith('\n')) out.push('\n');
  if (offset === -1) return;
  out.push('    ');
  while (--offset > 0) out.push(' ');
  out.push('^\n');
}
