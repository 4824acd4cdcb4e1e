/**
 * Reading a program file's bytes as `python3.8 FILE` reads them: a UTF-8 byte-order mark, a
 * PEP 263 coding declaration, and the SyntaxError CPython reports for bytes it cannot read.
 * Mirrors CPython 3.8 Parser/tokenizer.c `decoding_fgets`.
 * @module
 */
import { decodeSourceFile } from '../modules/source-decoding.ts';
import { formatSyntaxError } from '../source/format-syntax-error.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { compile } from './compile.ts';

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
  const diagnostic = placeNonUtf8Error(bytes, filename, decoded.diagnostic);
  return { status: 'syntax-error', diagnostic, stderr: formatSyntaxError(diagnostic) };
}

/**
 * Where CPython meets a line that is not UTF-8: its tokenizer checks a line only when it reads
 * it, so a tokenizer or parser error on an earlier line comes first. That is the error of the
 * lines before the bad one compiled alone, unless it comes from cutting them off there (an end
 * of file met too soon) or from a later stage (an AST, symbol-table or compiler error, which
 * CPython finds only after reading the whole file). A line read in the middle of a token (a
 * triple-quoted string, a backslash continuation) has already been counted, so the message
 * names the line after it (`tok->lineno + 1`).
 */
function placeNonUtf8Error(bytes: Uint8Array, filename: string, nonUtf8: Diagnostic): Diagnostic {
  const badLine = nonUtf8.lineno;
  if (!nonUtf8.msg.startsWith('Non-UTF-8 code') || badLine === null || badLine < 2) return nonUtf8;
  let end = 0;
  for (let line = 1; line < badLine; line++) end = bytes.indexOf(0x0a, end) + 1;
  const before = decodeSourceFile(bytes.subarray(0, end), filename);
  if (before.status !== 'ok') return nonUtf8;
  const outcome = compile(before.text, filename);
  if (outcome.status === 'ok') return nonUtf8;
  const d = outcome.diagnostic;
  const continued = bytes[end - 2] === 0x5c || (bytes[end - 2] === 0x0d && bytes[end - 3] === 0x5c);
  const cutOff = d.msg.includes('EOF') || (continued && d.msg.includes('EOL'));
  if (cutOff && (d.msg.includes('triple-quoted') || continued)) {
    return { ...nonUtf8, msg: nonUtf8.msg.replace(` on line ${String(badLine)},`, ` on line ${String(badLine + 1)},`) };
  }
  return cutOff || d.textFromFile === true || d.lineno === null || d.lineno >= badLine ? nonUtf8 : d;
}
