/**
 * The listing `dis.dis(code)` prints for a code object and every code object nested in its
 * constants. Mirrors CPython 3.8 Lib/dis.py `_disassemble_recursive`, `_disassemble_bytes` and
 * `Instruction._disassemble`.
 * @module
 */
import type { CodeObject } from './code-object.ts';
import { getInstructions, getInstructionsBytes, getInstructionsWith, type ArgTables, type Instruction } from './instructions.ts';
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
export function disassembleCode(code: CodeObject, addressOf: AddressOf = sequentialAddresses(), depth: number | null = null): string {
  const lines: string[] = [];
  disassembleRecursive(code, addressOf, depth, lines);
  lines.push('');
  return lines.join('\n');
}

/** `_disassemble_recursive(co, depth=depth)`: `depth` None recurses without limit. */
function disassembleRecursive(code: CodeObject, addressOf: AddressOf, depth: number | null, lines: string[]): void {
  lines.push(...listingLines(code, getInstructions(code, addressOf), {}));
  if (depth !== null && depth <= 0) return;
  for (const c of code.consts) {
    if (c.kind !== 'code') continue;
    lines.push('', `Disassembly of ${codeRepr(c.code, addressOf(c.code))}:`);
    disassembleRecursive(c.code, addressOf, depth === null ? null : depth - 1, lines);
  }
}

/** What `_disassemble_bytes` takes besides the code: the current instruction and a line shift. */
export interface ListingOptions {
  /** The offset marked `-->` (`lasti`); none when omitted. */
  readonly lasti?: number;
  /** Added to every line number (`line_offset`, from `first_line`). */
  readonly lineOffset?: number;
}

/**
 * The listing of one code object, without the code objects nested in it, as `dis.disassemble`
 * and `Bytecode.dis()` print it.
 *
 * @param code - the code object
 * @param addressOf - the address shown for code object constants
 * @param options - the instruction marked as current and the line number shift
 * @returns the listing, each line ending in a newline
 * @example
 * ```ts
 * disassembleOne(code, sequentialAddresses(), { lasti: 4 }); // the line at offset 4 shows '-->'
 * ```
 * @see CPython 3.8 Lib/dis.py _disassemble_bytes
 */
export function disassembleOne(code: CodeObject, addressOf: AddressOf, options: ListingOptions = {}): string {
  return listingLines(code, getInstructions(code, addressOf), options).map((l) => `${l}\n`).join('');
}

/**
 * The listing of one code object as {@link disassembleOne} prints it, its arguments shown as
 * `tables` gives them (the running program's objects, for the in-program `dis` module).
 *
 * @param code - the code object
 * @param tables - how constant, name, local and cell/free arguments are shown
 * @param options - the instruction marked as current and the line number shift
 * @returns the listing, each line ending in a newline
 * @see CPython 3.8 Lib/dis.py _disassemble_bytes
 */
export function disassembleOneWith(code: CodeObject, tables: ArgTables, options: ListingOptions = {}): string {
  return listingLines(code, getInstructionsWith(code, tables), options).map((l) => `${l}\n`).join('');
}

function listingLines(code: CodeObject, instructions: readonly Instruction[], options: ListingOptions): string[] {
  const lineOffset = options.lineOffset ?? 0;
  let maxLine = -Infinity;
  for (const line of findLineStarts(code).values()) maxLine = Math.max(maxLine, line);
  maxLine += lineOffset;
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = code.code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const lines: string[] = [];
  for (const instr of instructions) {
    const startsLine = instr.startsLine === undefined ? undefined : instr.startsLine + lineOffset;
    if (startsLine !== undefined && instr.offset > 0) lines.push('');
    lines.push(formatInstruction({ ...instr, startsLine }, { linenoWidth, offsetWidth, markAsCurrent: instr.offset === options.lasti }));
  }
  return lines;
}

/**
 * The listing of raw bytecode, as `dis.dis(bytes)` prints it: no line number column, and
 * arguments by index.
 *
 * @param code - the bytecode
 * @returns the listing, each line ending in a newline
 * @example
 * ```ts
 * disassembleBytes(new Uint8Array([100, 0, 83, 0])); // '          0 LOAD_CONST               0 (0)\n ...'
 * ```
 * @see CPython 3.8 Lib/dis.py _disassemble_bytes (called with no tables)
 */
export function disassembleBytes(code: Uint8Array): string {
  const maxOffset = code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  return getInstructionsBytes(code)
    .map((instr) => `${formatInstruction(instr, { linenoWidth: 0, offsetWidth, markAsCurrent: false })}\n`)
    .join('');
}

/** The columns of `Instruction._disassemble(lineno_width, mark_as_current, offset_width)`. */
export interface InstructionColumns {
  /** The width of the line number column; 0 leaves the column out. */
  readonly linenoWidth: number;
  readonly offsetWidth: number;
  /** Shows the `-->` marker. */
  readonly markAsCurrent: boolean;
}

/**
 * One line of the listing.
 *
 * @remarks
 * `instr.arg` and `instr.offset` are shown as Python shows them (`repr`), which is why they may
 * also be given as text by a caller that formats a Python-level Instruction.
 *
 * @param instr - the instruction's printed fields
 * @param columns - the column widths and the current-instruction marker
 * @returns the line, without a newline, trailing spaces removed
 * @example
 * ```ts
 * formatInstruction(instr, { linenoWidth: 3, offsetWidth: 4, markAsCurrent: false }); // '  1           0 LOAD_CONST ...'
 * ```
 * @see CPython 3.8 Lib/dis.py Instruction._disassemble
 */
export function formatInstruction(
  instr: Pick<Instruction, 'opname' | 'argrepr' | 'isJumpTarget'> & { readonly startsLine: number | string | undefined; readonly offset: number | string; readonly arg: number | string | undefined },
  columns: InstructionColumns,
): string {
  const fields: string[] = [];
  if (columns.linenoWidth !== 0) fields.push(instr.startsLine === undefined ? ' '.repeat(columns.linenoWidth) : String(instr.startsLine).padStart(columns.linenoWidth));
  fields.push(columns.markAsCurrent ? '-->' : '   ', instr.isJumpTarget ? '>>' : '  ');
  fields.push(String(instr.offset).padStart(columns.offsetWidth), instr.opname.padEnd(OPNAME_WIDTH));
  if (instr.arg !== undefined) {
    fields.push(String(instr.arg).padStart(OPARG_WIDTH));
    if (instr.argrepr !== '') fields.push(`(${instr.argrepr})`);
  }
  return fields.join(' ').trimEnd();
}
