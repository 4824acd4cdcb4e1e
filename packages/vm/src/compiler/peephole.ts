/**
 * The peephole optimiser run on assembled bytecode: jump threading, dead-code removal and the
 * other rewrites of CPython 3.8 Python/peephole.c. Rewrites stay inside one basic block and never
 * grow the code: removed instructions become NOPs, and a last pass deletes the NOPs, retargets
 * the jumps and shifts the line-number table.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import { Op } from '../bytecode/opcodes.ts';
import { isTruthy } from '../bytecode/constant.ts';
import { isAbsoluteJump, isConditionalJump, isUnconditionalJump, jumpTarget, jumpsOnTrue, markBlocks } from './peephole-blocks.ts';
import { removeNops } from './peephole-nops.ts';
import { copyOpArg, fillNops, findOp, getArg, opAt, setArg, toUnits, type CodeUnits } from './peephole-units.ts';

/** The rewritten bytecode, its line-number table and its constants. */
export interface OptimizedBytecode {
  readonly code: Uint8Array;
  readonly lnotab: Uint8Array;
  /**
   * The constants the code now uses: the input ones, then one tuple per run of LOAD_CONSTs that
   * was folded into a single LOAD_CONST (CPython appends them to `co_consts`, duplicates
   * included). Equal to the input when nothing was folded.
   */
  readonly consts: readonly Constant[];
}

/**
 * Optimises assembled bytecode as CPython 3.8's `PyCode_Optimize` does.
 *
 * @param code - the assembled bytecode (not modified)
 * @param consts - `co_consts` in index order
 * @param _names - `co_names` (unused by 3.8's passes; kept for CPython's signature)
 * @param lnotab - the assembled `co_lnotab` (not modified)
 * @see CPython 3.8 Python/peephole.c PyCode_Optimize
 */
export function optimizeBytecode(code: Uint8Array, consts: readonly Constant[], _names: readonly string[], lnotab: Uint8Array): OptimizedBytecode {
  // Bypass when an address delta needed more than one lnotab byte.
  for (let i = 0; i < lnotab.length; i += 2) if (lnotab[i] === 255) return { code, lnotab, consts };
  const units = toUnits(code);
  const newConsts = [...consts];
  const blocks = markBlocks(units);
  rewrite(units, blocks, newConsts);
  const out = removeNops(units, lnotab);
  return { code: out.code ?? code, lnotab: out.lnotab, consts: newConsts };
}

/** Whether units `a` and `b` lie in one basic block (`ISBASICBLOCK`). */
function sameBlock(blocks: Uint32Array, a: number, b: number): boolean {
  return blocks[a] === blocks[b];
}

/** The main loop of `PyCode_Optimize`: one pass over the instructions, rewriting in place. */
function rewrite(code: CodeUnits, blocks: Uint32Array, consts: Constant[]): void {
  let cumlc = 0; // LOAD_CONSTs in a row ending at the current instruction
  let nexti: number;
  for (let i = findOp(code, 0); i < code.length; i = nexti) {
    const opcode = opAt(code, i);
    let opStart = i;
    while (opStart >= 1 && opAt(code, opStart - 1) === Op.EXTENDED_ARG) opStart--;
    nexti = findOp(code, i + 1);
    const nextop = nexti < code.length ? opAt(code, nexti) : 0;
    const lastlc = cumlc;
    cumlc = 0;

    switch (opcode) {
      case Op.LOAD_CONST: {
        // LOAD_CONST <true> POP_JUMP_IF_FALSE: the test always passes (`while 1:`).
        cumlc = lastlc + 1;
        if (nextop !== Op.POP_JUMP_IF_FALSE || !sameBlock(blocks, opStart, i + 1)) break;
        const value = consts[getArg(code, i)];
        if (value !== undefined && isTruthy(value)) {
          fillNops(code, opStart, nexti + 1);
          cumlc = 0;
        }
        break;
      }

      case Op.BUILD_TUPLE: {
        // LOAD_CONST c1 ... LOAD_CONST cn BUILD_TUPLE n → LOAD_CONST (c1, ..., cn).
        const j = getArg(code, i);
        if (j > 0 && lastlc >= j) {
          const h = lastConstStart(code, opStart, j);
          if (sameBlock(blocks, h, opStart)) {
            foldTupleOnConstants(code, h, i + 1, consts, j);
            break;
          }
        }
        // BUILD_TUPLE n UNPACK_SEQUENCE n → nothing, ROT_TWO, or ROT_THREE ROT_TWO.
        if (nextop !== Op.UNPACK_SEQUENCE || !sameBlock(blocks, opStart, i + 1) || j !== getArg(code, nexti)) break;
        if (j < 2) {
          fillNops(code, opStart, nexti + 1);
        } else if (j === 2) {
          code.op[opStart] = Op.ROT_TWO;
          code.arg[opStart] = 0;
          fillNops(code, opStart + 1, nexti + 1);
        } else if (j === 3) {
          code.op[opStart] = Op.ROT_THREE;
          code.arg[opStart] = 0;
          code.op[opStart + 1] = Op.ROT_TWO;
          code.arg[opStart + 1] = 0;
          fillNops(code, opStart + 2, nexti + 1);
        }
        break;
      }

      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        // A conditional jump to a conditional jump: go straight to the second one's target when
        // it will jump too, or just past it (popping the value) when it will not.
        const tgt = findOp(code, getArg(code, i) >>> 1);
        let j = opAt(code, tgt);
        if (isConditionalJump(j)) {
          let h: number;
          if (jumpsOnTrue(j) === jumpsOnTrue(opcode)) {
            h = setArg(code, i, getArg(code, tgt));
          } else {
            h = setArg(code, i, (tgt + 1) * 2);
            j = opcode === Op.JUMP_IF_TRUE_OR_POP ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
          }
          if (h >= 0) {
            nexti = h; // look at the rewritten jump again
            code.op[nexti] = j;
            break;
          }
        }
        threadJump(code, i, opStart, opcode);
        break;
      }

      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP_FORWARD:
      case Op.JUMP_ABSOLUTE:
        threadJump(code, i, opStart, opcode);
        break;

      case Op.RETURN_VALUE: {
        // Remove the unreachable rest of the block, but keep END_FINALLY (it marks the end of a
        // `finally` for frame_setlineno) and SETUP_FINALLY (for balance).
        let h = i + 1;
        while (h < code.length && sameBlock(blocks, i, h) && opAt(code, h) !== Op.END_FINALLY) {
          if (opAt(code, h) === Op.SETUP_FINALLY) {
            while (h > i + 1 && opAt(code, h - 1) === Op.EXTENDED_ARG) h--;
            break;
          }
          h++;
        }
        if (h > i + 1) {
          fillNops(code, i + 1, h);
          nexti = findOp(code, h);
        }
        break;
      }

      default:
        break;
    }
  }
}

/**
 * A jump to an unconditional jump goes to that jump's target instead; an unconditional jump to
 * a RETURN_VALUE becomes a RETURN_VALUE.
 */
function threadJump(code: CodeUnits, i: number, opStart: number, opcode: number): void {
  const tgt = findOp(code, jumpTarget(code, i));
  if (isUnconditionalJump(opcode) && opAt(code, tgt) === Op.RETURN_VALUE) {
    code.op[opStart] = Op.RETURN_VALUE;
    code.arg[opStart] = 0;
    fillNops(code, opStart + 1, i + 1);
  } else if (isUnconditionalJump(opAt(code, tgt))) {
    let arg = jumpTarget(code, tgt);
    if (opcode === Op.JUMP_FORWARD) {
      opcode = Op.JUMP_ABSOLUTE; // an absolute jump may go backwards
    } else if (!isAbsoluteJump(opcode)) {
      if (arg < i + 1) return; // no backward relative jumps
      arg -= i + 1;
    }
    copyOpArg(code, opStart, opcode, arg * 2, i + 1);
  }
}

/**
 * The index where the last `n` LOAD_CONSTs before `i` start, EXTENDED_ARG prefixes included
 * (`lastn_const_start`).
 */
function lastConstStart(code: CodeUnits, i: number, n: number): number {
  for (;;) {
    i--;
    if (opAt(code, i) === Op.LOAD_CONST && --n === 0) {
      while (i > 0 && opAt(code, i - 1) === Op.EXTENDED_ARG) i--;
      return i;
    }
  }
}

/**
 * Replaces the `n` LOAD_CONSTs from `start` and the BUILD_TUPLE ending before `end` by a
 * LOAD_CONST of a new tuple constant appended to `consts` (`fold_tuple_on_constants`).
 */
function foldTupleOnConstants(code: CodeUnits, start: number, end: number, consts: Constant[], n: number): void {
  const items: Constant[] = [];
  for (let k = 0, pos = start; k < n; k++, pos++) {
    pos = findOp(code, pos);
    const item = consts[getArg(code, pos)];
    if (item === undefined) return;
    items.push(item);
  }
  const index = consts.length;
  consts.push({ kind: 'tuple', items });
  copyOpArg(code, start, Op.LOAD_CONST, index, end);
}
