/**
 * Editing 3.8 wordcode in place, one 2-byte code unit (opcode, argument byte) at a time, with
 * arguments wider than a byte spread over EXTENDED_ARG prefixes. Mirrors the helpers of CPython
 * 3.8 Python/peephole.c (`find_op`, `get_arg`, `set_arg`, `copy_op_arg`, `fill_nops`) and
 * Python/wordcode_helpers.h (`instrsize`, `write_op_arg`).
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';

/** Mutable wordcode: opcode and argument byte of each code unit. */
export interface CodeUnits {
  readonly op: Uint8Array;
  readonly arg: Uint8Array;
  readonly length: number;
}

/** Splits bytecode into code units (a copy). */
export function toUnits(code: Uint8Array): CodeUnits {
  const length = code.length >> 1;
  const op = new Uint8Array(length);
  const arg = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    op[i] = code[2 * i] ?? 0;
    arg[i] = code[2 * i + 1] ?? 0;
  }
  return { op, arg, length };
}

/** The opcode of unit `i` (0 past the end). */
export function opAt(code: CodeUnits, i: number): number {
  return code.op[i] ?? 0;
}

/** The number of code units an instruction with argument `oparg` takes (`instrsize`). */
export function instrSize(oparg: number): number {
  return oparg <= 0xff ? 1 : oparg <= 0xffff ? 2 : oparg <= 0xffffff ? 3 : 4;
}

/** The index of the first unit at or after `i` that is not EXTENDED_ARG (`find_op`). */
export function findOp(code: CodeUnits, i: number): number {
  while (i < code.length && opAt(code, i) === Op.EXTENDED_ARG) i++;
  return i;
}

/** The full argument of the instruction whose opcode is at `i` (`get_arg`). */
export function getArg(code: CodeUnits, i: number): number {
  let oparg = code.arg[i] ?? 0;
  for (let k = 1; k <= 3 && i - k >= 0 && opAt(code, i - k) === Op.EXTENDED_ARG; k++) {
    oparg = (oparg | ((code.arg[i - k] ?? 0) << (8 * k))) >>> 0;
  }
  return oparg;
}

/** Writes `op` with `oparg` over `ilen` units starting at `at`, EXTENDED_ARG first (`write_op_arg`). */
export function writeOpArg(code: CodeUnits, at: number, op: number, oparg: number, ilen: number): void {
  for (let k = ilen - 1; k >= 1; k--) {
    code.op[at] = Op.EXTENDED_ARG;
    code.arg[at] = (oparg >>> (8 * k)) & 0xff;
    at++;
  }
  code.op[at] = op;
  code.arg[at] = oparg & 0xff;
}

/** Fills units `start` up to `end` (exclusive) with NOP (`fill_nops`). */
export function fillNops(code: CodeUnits, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    code.op[i] = Op.NOP;
    code.arg[i] = Op.NOP;
  }
}

/**
 * Replaces the argument of the instruction at `i` in place when it fits the units it has;
 * returns the new index of its opcode, or -1 when it needs more units (`set_arg`).
 */
export function setArg(code: CodeUnits, i: number, oparg: number): number {
  const curarg = getArg(code, i);
  if (curarg === oparg) return i;
  const curilen = instrSize(curarg);
  const newilen = instrSize(oparg);
  if (curilen < newilen) return -1;
  writeOpArg(code, i + 1 - curilen, opAt(code, i), oparg, newilen);
  fillNops(code, i + 1 - curilen + newilen, i + 1);
  return i - curilen + newilen;
}

/**
 * Writes `op oparg` at the end of units `i` up to `maxi` (exclusive), NOPs before it; returns the
 * index of the opcode, or -1 when it does not fit (`copy_op_arg`).
 */
export function copyOpArg(code: CodeUnits, i: number, op: number, oparg: number, maxi: number): number {
  const ilen = instrSize(oparg);
  if (i + ilen > maxi) return -1;
  writeOpArg(code, maxi - ilen, op, oparg, ilen);
  fillNops(code, i, maxi - ilen);
  return maxi - 1;
}
