/**
 * SyntaxErrors raised by the symbol table and the compiler at a given line and column, with the
 * source line as their text. Mirrors CPython 3.8 `PyErr_SyntaxLocationObject` and
 * `PyErr_ProgramTextObject`.
 * @module
 */
import { fail } from '../source/diagnostic.ts';

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

/** The UTF-8 length of code point `cp`. */
function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Returns line `lineno` (1-based) of `source` with its newline, as CPython quotes it in a
 * SyntaxError, or null.
 *
 * @remarks
 * CPython re-reads the file with universal newlines through a 1000-byte buffer, so a line longer
 * than 999 UTF-8 bytes comes back as its last 999-byte chunk (and as null when that chunk would
 * start inside a character).
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
  const text = end < source.length ? `${source.slice(start, end)}\n` : source.slice(start, end);
  // Offsets (in UTF-8 bytes) of each code point, to find the last 999-byte chunk.
  let bytes = 0;
  const offsets: [number, number][] = [];
  for (let j = 0; j < text.length; ) {
    const cp = text.codePointAt(j) ?? 0;
    offsets.push([bytes, j]);
    bytes += utf8Length(cp);
    j += cp > 0xffff ? 2 : 1;
  }
  if (bytes <= 999) return text;
  const chunkStart = Math.floor((bytes - 1) / 999) * 999;
  const at = offsets.find(([b]) => b === chunkStart);
  return at === undefined ? null : text.slice(at[1]);
}

/** Throws the SyntaxError CPython raises with `PyErr_SyntaxLocationObject(filename, lineno, offset)`. */
export function syntaxError(src: SourceInfo, msg: string, lineno: number, offset: number): never {
  fail({ type: 'SyntaxError', msg, filename: src.filename, lineno, offset, text: sourceLine(src.source, lineno), textFromFile: true, locationAsAttributes: true });
}

