/**
 * Basic-block numbering of wordcode for the peephole optimiser: every jump target starts a new
 * block, and two units are in the same block when no target lies between them. Mirrors CPython
 * 3.8 Python/peephole.c `markblocks`, `GETJUMPTGT` and the jump-kind macros.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { getArg, opAt, type CodeUnits } from './peephole-units.ts';

/** `JUMP_ABSOLUTE` and the conditional jumps: their argument is a byte offset from the start. */
export function isAbsoluteJump(op: number): boolean {
  return (
    op === Op.JUMP_ABSOLUTE ||
    op === Op.POP_JUMP_IF_FALSE ||
    op === Op.POP_JUMP_IF_TRUE ||
    op === Op.JUMP_IF_FALSE_OR_POP ||
    op === Op.JUMP_IF_TRUE_OR_POP
  );
}

/** `JUMP_ABSOLUTE` and `JUMP_FORWARD`. */
export function isUnconditionalJump(op: number): boolean {
  return op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD;
}

/** The four conditional jumps. */
export function isConditionalJump(op: number): boolean {
  return op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP;
}

/** The conditional jumps taken when the value is true. */
export function jumpsOnTrue(op: number): boolean {
  return op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_TRUE_OR_POP;
}

/** Every opcode whose argument is a jump (the ones `markblocks` follows). */
export function isJump(op: number): boolean {
  switch (op) {
    case Op.FOR_ITER:
    case Op.JUMP_FORWARD:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.JUMP_ABSOLUTE:
    case Op.SETUP_FINALLY:
    case Op.SETUP_WITH:
    case Op.SETUP_ASYNC_WITH:
    case Op.CALL_FINALLY:
      return true;
    default:
      return false;
  }
}

/** The unit index a jump at `i` goes to (`GETJUMPTGT`). */
export function jumpTarget(code: CodeUnits, i: number): number {
  return (getArg(code, i) >>> 1) + (isAbsoluteJump(opAt(code, i)) ? 0 : i + 1);
}

/**
 * The block number of each unit: how many jump targets are at or before it.
 *
 * @see CPython 3.8 Python/peephole.c markblocks
 */
export function markBlocks(code: CodeUnits): Uint32Array {
  const blocks = new Uint32Array(code.length);
  for (let i = 0; i < code.length; i++) {
    if (isJump(opAt(code, i))) {
      const j = jumpTarget(code, i);
      if (j < code.length) blocks[j] = 1;
    }
  }
  let count = 0;
  for (let i = 0; i < code.length; i++) {
    count += blocks[i] ?? 0;
    blocks[i] = count;
  }
  return blocks;
}
