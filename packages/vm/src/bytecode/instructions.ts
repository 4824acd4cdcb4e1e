/**
 * Decoding bytecode into instructions with resolved arguments, as `dis` sees them. Mirrors
 * CPython 3.8 Lib/dis.py `_unpack_opargs`, `findlabels` and `_get_instructions_bytes`.
 * @module
 */
import type { CodeObject } from './code-object.ts';
import { ARG_KIND, CMP_OP, HAVE_ARGUMENT, Op, OPNAME } from './opcodes.ts';
import { findLineStarts } from './line-starts.ts';
import { constantRepr } from '../repr/constant-repr.ts';
import type { AddressOf } from '../repr/code-repr.ts';
import { assert } from '../internal/assert.ts';

/** One decoded instruction: the fields of `dis.Instruction` that the listing prints. */
export interface Instruction {
  /** `dis.opname[opcode]`, or `<N>` for an unknown opcode. */
  readonly opname: string;
  readonly opcode: number;
  /** The argument with every preceding EXTENDED_ARG folded in; undefined below HAVE_ARGUMENT. */
  readonly arg: number | undefined;
  /** The human-readable argument: a constant's repr, a name, `to N`, a comparison, … */
  readonly argrepr: string;
  readonly offset: number;
  /** The source line this instruction starts, if it starts one. */
  readonly startsLine: number | undefined;
  readonly isJumpTarget: boolean;
}

/** `dis.FORMAT_VALUE_CONVERTERS`: the conversion shown for the low two bits of the argument. */
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'] as const;

/** `dis.MAKE_FUNCTION_FLAGS`, by bit. */
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'] as const;

/** A raw instruction: offset, opcode and argument (EXTENDED_ARG folded in). */
interface RawInstruction {
  readonly offset: number;
  readonly op: number;
  readonly arg: number | undefined;
}

/**
 * Splits bytecode into (offset, opcode, argument) triples, folding EXTENDED_ARG prefixes into the
 * argument of the instruction they prefix.
 *
 * @see CPython 3.8 Lib/dis.py _unpack_opargs
 */
function unpackOpargs(code: Uint8Array): RawInstruction[] {
  const out: RawInstruction[] = [];
  let extendedArg = 0;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i] ?? 0;
    let arg: number | undefined;
    if (op >= HAVE_ARGUMENT) {
      // Arguments are unbounded in Python; keep exact integers past 32 bits.
      arg = (code[i + 1] ?? 0) + extendedArg;
      extendedArg = op === Op.EXTENDED_ARG ? arg * 256 : 0;
    }
    out.push({ offset: i, op, arg });
  }
  return out;
}

/** The jump target of a raw instruction, if it jumps. */
function jumpTarget(raw: RawInstruction): number | undefined {
  if (raw.arg === undefined) return undefined;
  const name = OPNAME[raw.op];
  const kind = name === undefined ? undefined : ARG_KIND[name];
  if (kind === 'hasjrel') return raw.offset + 2 + raw.arg;
  if (kind === 'hasjabs') return raw.arg;
  return undefined;
}

/**
 * Decodes a code object's bytecode into instructions, as `dis.get_instructions(code)` does.
 *
 * @remarks
 * Arguments are resolved as `dis` resolves them: constants by repr (code objects at the address
 * `addressOf` gives), names, local and cell/free variable names as they are, relative jumps as
 * `to TARGET`, comparisons by operator, FORMAT_VALUE conversions and MAKE_FUNCTION flags by
 * name. Absolute jumps show only their argument.
 *
 * @param code - the code object
 * @param addressOf - the address shown in the repr of a code object constant
 * @returns one instruction per 2-byte unit, EXTENDED_ARG included
 * @throws InternalError when an argument indexes past the end of its table
 * @example
 * ```ts
 * getInstructions(code, sequentialAddresses())[0]?.opname; // 'LOAD_CONST'
 * ```
 * @see CPython 3.8 Lib/dis.py _get_instructions_bytes
 */
export function getInstructions(code: CodeObject, addressOf: AddressOf): Instruction[] {
  const cells = [...code.cellvars, ...code.freevars];
  const tables: ArgTables = {
    constant: (i) => constantRepr(lookup(code.consts, i, 'co_consts'), addressOf),
    name: (i) => lookup(code.names, i, 'co_names'),
    local: (i) => lookup(code.varnames, i, 'co_varnames'),
    free: (i) => lookup(cells, i, 'cell and free variables'),
  };
  return decode(code.code, tables, findLineStarts(code));
}

/**
 * Decodes a code object's bytecode with its arguments resolved by `tables` (the running
 * program's objects, as the in-program `dis` module resolves them), lines from its line table.
 *
 * @param code - the code object
 * @param tables - how constant, name, local and cell/free arguments are shown
 * @returns one instruction per 2-byte unit, EXTENDED_ARG included
 * @see CPython 3.8 Lib/dis.py _get_instructions_bytes
 */
export function getInstructionsWith(code: CodeObject, tables: ArgTables): Instruction[] {
  return decode(code.code, tables, findLineStarts(code));
}

/**
 * Decodes raw bytecode without its code object, as `dis.dis(bytes)` does: constant, name, local
 * and free-variable arguments show as their index, and no instruction starts a line.
 *
 * @param code - the bytecode
 * @returns one instruction per 2-byte unit, EXTENDED_ARG included
 * @example
 * ```ts
 * getInstructionsBytes(new Uint8Array([100, 0, 83, 0]))[0]?.argrepr; // '0'
 * ```
 * @see CPython 3.8 Lib/dis.py _get_instructions_bytes (called with no tables)
 */
export function getInstructionsBytes(code: Uint8Array): Instruction[] {
  return decode(code, null, new Map());
}

/** How arguments index the code object's tables (`_get_const_info`, `_get_name_info`). */
export interface ArgTables {
  readonly constant: (i: number) => string;
  readonly name: (i: number) => string;
  readonly local: (i: number) => string;
  readonly free: (i: number) => string;
}

function decode(bytes: Uint8Array, tables: ArgTables | null, lineStarts: ReadonlyMap<number, number>): Instruction[] {
  const raws = unpackOpargs(bytes);
  const labels = new Set<number>();
  for (const raw of raws) {
    const target = jumpTarget(raw);
    if (target !== undefined) labels.add(target);
  }
  return raws.map((raw) => ({
    opname: OPNAME[raw.op] ?? `<${raw.op}>`,
    opcode: raw.op,
    arg: raw.arg,
    argrepr: raw.arg === undefined ? '' : argRepr(raw.op, raw.arg, raw.offset, tables),
    offset: raw.offset,
    startsLine: lineStarts.get(raw.offset),
    isJumpTarget: labels.has(raw.offset),
  }));
}

/** The argument as `dis` shows it; without tables, an index shows as its repr. */
function argRepr(op: number, arg: number, offset: number, tables: ArgTables | null): string {
  const name = OPNAME[op];
  switch (name === undefined ? undefined : ARG_KIND[name]) {
    case 'hasconst':
      return tables === null ? String(arg) : tables.constant(arg);
    case 'hasname':
      return tables === null ? String(arg) : tables.name(arg);
    case 'hasjrel':
      return `to ${offset + 2 + arg}`;
    case 'haslocal':
      return tables === null ? String(arg) : tables.local(arg);
    case 'hascompare':
      return lookup(CMP_OP, arg, 'cmp_op');
    case 'hasfree':
      return tables === null ? String(arg) : tables.free(arg);
    case 'hasjabs':
    case undefined:
      break;
  }
  if (op === Op.FORMAT_VALUE) {
    const conversion = FORMAT_VALUE_CONVERTERS[arg & 0x3] ?? '';
    if ((arg & 0x4) === 0) return conversion;
    return conversion === '' ? 'with format' : `${conversion}, with format`;
  }
  if (op === Op.MAKE_FUNCTION) return MAKE_FUNCTION_FLAGS.filter((_, bit) => (arg & (1 << bit)) !== 0).join(', ');
  return '';
}

function lookup<T>(table: readonly T[], index: number, what: string): T {
  const value = table[index];
  assert(value !== undefined, `${what} has no index ${index}`);
  return value;
}
