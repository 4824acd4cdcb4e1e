/**
 * SyntaxErrors raised by the symbol table and the compiler at a given line and column, with the
 * source line as their text. Mirrors CPython 3.8 `PyErr_SyntaxLocationObject` and
 * `PyErr_ProgramTextObject`.
 * @module
 */
import { fail } from '../source/diagnostic.ts';
import { programTextChunk } from '../source/source-buffer.ts';

/** Where errors point: the file name and its source (for the `text` of a diagnostic). */
export interface SourceInfo {
  /** The file name errors report. */
  readonly filename: string;
  /** The source text errors quote. */
  readonly source: string;
  /** `tstate->recursion_depth` when compiling starts (0 for a program's own module). */
  readonly recursionDepth?: number;
  /** `sys.getrecursionlimit()` when compiling starts (1000 unless the program changed it). */
  readonly recursionLimit?: number;
}

/**
 * Returns line `lineno` (1-based) of `source` with its newline, as CPython quotes it in a
 * SyntaxError, or null.
 *
 * @remarks
 * CPython re-reads the file with universal newlines through a 1000-byte buffer
 * ({@link programTextChunk}).
 * @see CPython 3.8 Python/errors.c err_programtext
 */
export function sourceLine(source: string, lineno: number): string | null {
  if (lineno < 1) return null;
  let start = 0;
  let line = 1;
  let i = 0;
  for (; i < source.length && line < lineno; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      if (ch === 13 && source.charCodeAt(i + 1) === 10) i++;
      line++;
      start = i + 1;
    }
  }
  if (line < lineno || (start >= source.length && lineno > 1)) return null;
  let end = start;
  while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
  return programTextChunk(end < source.length ? `${source.slice(start, end)}\n` : source.slice(start, end));
}

/** Throws the SyntaxError CPython raises with `PyErr_SyntaxLocationObject(filename, lineno, offset)`. */
export function syntaxError(src: SourceInfo, msg: string, lineno: number, offset: number): never {
  fail({ type: 'SyntaxError', msg, filename: src.filename, lineno, offset, text: sourceLine(src.source, lineno), textFromFile: true, locationAsAttributes: true });
}

