/**
 * Reading a program file's bytes as `python3.8 FILE` reads them: a UTF-8 byte-order mark, a
 * PEP 263 coding declaration, and the SyntaxError CPython reports for bytes it cannot read.
 * Mirrors CPython 3.8 Parser/tokenizer.c `decoding_fgets`.
 * @module
 */
import { decodeSourceFile } from '../modules/source-decoding.ts';
import { formatSyntaxError } from '../source/format-syntax-error.ts';
import type { Diagnostic } from '../source/diagnostic.ts';

/** A program's text, or the SyntaxError `python3.8 FILE` fails with before compiling it. */
export type ProgramText =
  | { readonly status: 'ok'; readonly text: string }
  | {
      readonly status: 'syntax-error';
      readonly diagnostic: Diagnostic;
      /** What `python3.8 FILE` writes to stderr for it. */
      readonly stderr: string;
    };

/**
 * Decodes the bytes of a program file.
 *
 * @remarks
 * Without a declaration the file must be UTF-8 ("Non-UTF-8 code starting with '\xe9' in file
 * ..."); a declaration of UTF-8, Latin-1 or ASCII is honoured, and an encoding corosim does not
 * have is read only when the file is all ASCII ("encoding problem: NAME" otherwise).
 * @param bytes - the file's contents
 * @param filename - the file name as given on the command line
 * @returns the text to compile, or the SyntaxError as data
 * @example
 * ```ts
 * const program = decodeProgram(new TextEncoder().encode('print(1)\n'), 'one.py');
 * if (program.status === 'ok') runMain(program.text, { filename: 'one.py', write });
 * ```
 * @see CPython 3.8 Parser/tokenizer.c decoding_fgets
 */
export function decodeProgram(bytes: Uint8Array, filename: string): ProgramText {
  const decoded = decodeSourceFile(bytes, filename);
  if (decoded.status === 'ok') return decoded;
  return { status: 'syntax-error', diagnostic: decoded.diagnostic, stderr: formatSyntaxError(decoded.diagnostic) };
}
