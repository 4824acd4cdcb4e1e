/**
 * The offsets at which source lines start, decoded from `co_lnotab`. Mirrors CPython 3.8
 * Lib/dis.py `findlinestarts` (the table's format is described in Objects/lnotab_notes.txt).
 * @module
 */
import type { CodeObject } from './code-object.ts';

/**
 * Returns the bytecode offsets that start a new source line, with their line numbers.
 *
 * @remarks
 * **Details**: `co_lnotab` holds (byte increment, line increment) pairs; line increments are
 * signed bytes. An offset is reported only when its line differs from the last one reported, and
 * the walk stops once the offsets run past the end of the bytecode (lines optimised away).
 *
 * @param code - the code object
 * @returns offset → line number, in increasing offset order
 * @example
 * ```ts
 * findLineStarts(code).get(0); // code.firstlineno, or the first line with code
 * ```
 * @see CPython 3.8 Lib/dis.py findlinestarts
 */
export function findLineStarts(code: CodeObject): Map<number, number> {
  const starts = new Map<number, number>();
  const table = code.lnotab;
  const bytecodeLength = code.code.length;
  let lastLine: number | undefined;
  let line = code.firstlineno;
  let addr = 0;
  for (let i = 0; i + 1 < table.length; i += 2) {
    const byteIncr = table[i] ?? 0;
    const lineIncr = table[i + 1] ?? 0;
    if (byteIncr !== 0) {
      if (line !== lastLine) {
        starts.set(addr, line);
        lastLine = line;
      }
      addr += byteIncr;
      if (addr >= bytecodeLength) return starts;
    }
    line += lineIncr >= 0x80 ? lineIncr - 0x100 : lineIncr;
  }
  if (line !== lastLine) starts.set(addr, line);
  return starts;
}
