/**
 * The errors the tokenizer and the parser report through parsetok, by CPython's `E_*` code, and
 * the exception class and message each becomes. Mirrors CPython 3.8 Include/errcode.h and
 * Python/pythonrun.c `err_input`.
 * @module
 */
import type { DiagnosticType } from '../source/diagnostic.ts';
import { DEDENT, INDENT } from './token-kind.ts';

/** `E_EOF`, `E_EOFS`, `E_EOLS`, `E_TABSPACE`, `E_DEDENT`, `E_TOODEEP`, `E_LINECONT`, `E_IDENTIFIER`, `E_SYNTAX`. */
export type ParseErrorCode = 'eof' | 'eofs' | 'eols' | 'tabspace' | 'dedent' | 'toodeep' | 'linecont' | 'identifier' | 'syntax';

/**
 * The exception class and message for an error code.
 * @param code - The error code (`syntax` is the parser's own "invalid syntax").
 * @param token - The kind of the token the parser rejected (for `syntax`).
 * @param expectedIndent - Whether the parser could only have accepted an INDENT.
 * @returns What `err_input` makes of it.
 * @see CPython 3.8 Python/pythonrun.c err_input
 */
export function errorMessage(code: ParseErrorCode, token: number, expectedIndent: boolean): { type: DiagnosticType; msg: string } {
  switch (code) {
    case 'syntax':
      if (expectedIndent) return { type: 'IndentationError', msg: 'expected an indented block' };
      if (token === INDENT) return { type: 'IndentationError', msg: 'unexpected indent' };
      if (token === DEDENT) return { type: 'IndentationError', msg: 'unexpected unindent' };
      return { type: 'SyntaxError', msg: 'invalid syntax' };
    case 'eof':
      return { type: 'SyntaxError', msg: 'unexpected EOF while parsing' };
    case 'eofs':
      return { type: 'SyntaxError', msg: 'EOF while scanning triple-quoted string literal' };
    case 'eols':
      return { type: 'SyntaxError', msg: 'EOL while scanning string literal' };
    case 'tabspace':
      return { type: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation' };
    case 'dedent':
      return { type: 'IndentationError', msg: 'unindent does not match any outer indentation level' };
    case 'toodeep':
      return { type: 'IndentationError', msg: 'too many levels of indentation' };
    case 'linecont':
      return { type: 'SyntaxError', msg: 'unexpected character after line continuation character' };
    case 'identifier':
      return { type: 'SyntaxError', msg: 'invalid character in identifier' };
  }
}
