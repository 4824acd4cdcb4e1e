/**
 * The listing `dis.dis(code)` prints for a code object and every code object nested in its
 * constants. Mirrors CPython 3.8 Lib/dis.py `_disassemble_recursive`, `_disassemble_bytes` and
 * `Instruction._disassemble`.
 * @module
 */
import type { CodeObject } from './code-object.ts';
import { getInstructions, type Instruction } from './instructions.ts';
import { findLineStarts } from './line-starts.ts';
import { codeRepr, sequentialAddresses, type AddressOf } from '../repr/code-repr.ts';

/** `dis._OPNAME_WIDTH`. */
const OPNAME_WIDTH = 20;

/** `dis._OPARG_WIDTH`. */
const OPARG_WIDTH = 5;

/**
 * Disassembles a code object and, recursively, every code object among its constants, exactly as
 * CPython 3.8's `dis.dis(code)` prints them.
 *
 * @remarks
 * **Details**: each nested code object follows a blank line and a
 * `Disassembly of <code object …>:` header, depth first in `co_consts` order. Line numbers take 3
 * columns (more from line 1000), offsets 4 (more from offset 10000); a blank line precedes each
 * new source line; `>>` marks jump targets.
 *
 * **Gotchas**: CPython prints real addresses, so goldens normalise `0x[0-9a-fA-F]+` to `0x?`.
 *
 * @param code - the code object, usually a module's
 * @param addressOf - the address shown for each code object; by default a fresh deterministic
 *   numbering (see `sequentialAddresses`)
 * @returns the listing, each line ending in a newline
 * @example
 * ```ts
 * const listing = disassembleCode(moduleCode); // starts '  1           0 LOAD_CONST'
 * ```
 * @see CPython 3.8 Lib/dis.py dis
 */
export function disassembleCode(code: CodeObject, addressOf: AddressOf = sequentialAddresses()): string {
  const lines: string[] = [];
  disassembleRecursive(code, addressOf, lines);
  lines.push('');
  return lines.join('\n');
}

function disassembleRecursive(code: CodeObject, addressOf: AddressOf, lines: string[]): void {
  disassembleOne(code, addressOf, lines);
  for (const c of code.consts) {
    if (c.kind !== 'code') continue;
    lines.push('', `Disassembly of ${codeRepr(c.code, addressOf(c.code))}:`);
    disassembleRecursive(c.code, addressOf, lines);
  }
}

/** `dis.disassemble(code)`: one code object, without recursion. */
function disassembleOne(code: CodeObject, addressOf: AddressOf, lines: string[]): void {
  let maxLine = -Infinity;
  for (const line of findLineStarts(code).values()) maxLine = Math.max(maxLine, line);
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = code.code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const instr of getInstructions(code, addressOf)) {
    if (instr.startsLine !== undefined && instr.offset > 0) lines.push('');
    lines.push(formatInstruction(instr, linenoWidth, offsetWidth));
  }
}

/**
 * One line of the listing.
 *
 * @see CPython 3.8 Lib/dis.py Instruction._disassemble
 */
function formatInstruction(instr: Instruction, linenoWidth: number, offsetWidth: number): string {
  const lineno = instr.startsLine === undefined ? ' '.repeat(linenoWidth) : String(instr.startsLine).padStart(linenoWidth);
  let text = `${lineno}     ${instr.isJumpTarget ? '>>' : '  '} ${String(instr.offset).padStart(offsetWidth)} ${instr.opname.padEnd(OPNAME_WIDTH)}`;
  if (instr.arg !== undefined) {
    text += ' ' + String(instr.arg).padStart(OPARG_WIDTH);
    if (instr.argrepr !== '') text += ` (${instr.argrepr})`;
  }
  return text.trimEnd();
}
