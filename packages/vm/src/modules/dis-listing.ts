/**
 * The text listings of the in-program `dis` module, made from the running program's objects: a
 * constant shows as its `repr()`, names as the code object's name tuples hold them, so a code
 * object made by `types.CodeType` or `code.replace()` lists as CPython lists it (an argument past
 * the end of its tuple raises IndexError). Mirrors CPython 3.8 Lib/dis.py `disassemble`,
 * `_disassemble_recursive` and `_get_instructions_bytes`' `_get_const_info` / `_get_name_info`.
 * @module
 */
import { disassembleOneWith, type ListingOptions } from '../bytecode/dis.ts';
import type { ArgTables } from '../bytecode/instructions.ts';
import { PyCode } from '../objects/code.ts';
import * as E from '../objects/exceptions.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { raiseMessage } from '../runtime/errors.ts';
import type { PyObject } from '../runtime/object.ts';

/**
 * `co_consts[index]` (or another of the code object's tuples): what an argument indexes.
 *
 * @param table - the tuple's items
 * @param index - the instruction's argument
 * @returns the item, borrowed
 * @throws PyRaise IndexError past the tuple's end, as indexing the tuple does
 */
export function codeItem<T extends PyObject>(table: readonly T[], index: number): T {
  const v = table[index];
  if (v === undefined) throw raiseMessage(E.IndexError, 'tuple index out of range');
  return v;
}

/** How `_get_instructions_bytes` shows the arguments of `code`'s instructions. */
function runtimeTables(code: PyCode): ArgTables {
  return {
    constant: (i) => reprText(codeItem(code.consts, i)),
    name: (i) => codeItem(code.names, i).value,
    local: (i) => codeItem(code.varnames, i).value,
    free: (i) => codeItem(code.cellAndFreeNames, i).value,
  };
}

/**
 * `disassemble(co, lasti)`'s listing of one code object (`Bytecode.dis()` too).
 *
 * @param code - the code object
 * @param options - the instruction marked `-->` and the line number shift
 * @returns the listing, each line ending in a newline
 */
export function codeListing(code: PyCode, options: ListingOptions = {}): string {
  return disassembleOneWith(code.co, runtimeTables(code), options);
}

/**
 * `_disassemble_recursive(co, depth=depth)`: the listing of `code`, then of each code object among
 * its constants under a `Disassembly of ...:` header; `depth` None recurses without limit.
 *
 * @param code - the code object
 * @param depth - how many levels of nested code objects to list
 * @returns the listing, each line ending in a newline
 */
export function codeTreeListing(code: PyCode, depth: number | null): string {
  let text = codeListing(code);
  if (depth !== null && depth <= 0) return text;
  for (const c of code.consts) {
    if (!(c instanceof PyCode)) continue;
    text += `\nDisassembly of ${reprText(c)}:\n${codeTreeListing(c, depth === null ? null : depth - 1)}`;
  }
  return text;
}
