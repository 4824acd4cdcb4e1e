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
  const raws = unpackOpargs(code.code);
  const labels = new Set<number>();
  for (const raw of raws) {
    const target = jumpTarget(raw);
    if (target !== undefined) labels.add(target);
  }
  const lineStarts = findLineStarts(code);
  const cells = [...code.cellvars, ...code.freevars];
  return raws.map((raw) => ({
    opname: OPNAME[raw.op] ?? `<${raw.op}>`,
    opcode: raw.op,
    arg: raw.arg,
    argrepr: raw.arg === undefined ? '' : argRepr(raw.op, raw.arg, raw.offset),
    offset: raw.offset,
    startsLine: lineStarts.get(raw.offset),
    isJumpTarget: labels.has(raw.offset),
  }));

  function argRepr(op: number, arg: number, offset: number): string {
    const name = OPNAME[op];
    switch (name === undefined ? undefined : ARG_KIND[name]) {
      case 'hasconst':
        return constantRepr(lookup(code.consts, arg, 'co_consts'), addressOf);
      case 'hasname':
        return lookup(code.names, arg, 'co_names');
      case 'hasjrel':
        return `to ${offset + 2 + arg}`;
      case 'haslocal':
        return lookup(code.varnames, arg, 'co_varnames');
      case 'hascompare':
        return lookup(CMP_OP, arg, 'cmp_op');
      case 'hasfree':
        return lookup(cells, arg, 'cell and free variables');
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
}

function lookup<T>(table: readonly T[], index: number, what: string): T {
  const value = table[index];
  assert(value !== undefined, `${what} has no index ${index}`);
  return value;
}
