/**
 * Stack effects of opcodes and the maximal stack depth of a code unit. Mirrors CPython 3.8
 * Python/compile.c `stack_effect` and `stackdepth`.
 * @module
 */
import { Op, OPNAME, STACK_EFFECT_ARG0 } from '../bytecode/opcodes.ts';
import { InternalError } from '../internal/assert.ts';
import type { BasicBlock, Instr } from './flow-graph.ts';

/** STACK_EFFECT_ARG0 indexed by opcode number. */
const EFFECTS: (readonly [number, number, number] | undefined)[] = OPNAME.map((name) => (name === undefined ? undefined : STACK_EFFECT_ARG0[name]));

const FVS_MASK = 0x4;
const FVS_HAVE_SPEC = 0x4;

/**
 * The stack effect of `op` with argument `oparg`.
 *
 * @remarks
 * Opcodes whose effect does not depend on the argument take it from the generated
 * STACK_EFFECT_ARG0 table; the others follow `stack_effect` case by case.
 * @param jump - 1 when the jump is taken, 0 when not, -1 for the maximum of both
 * @see CPython 3.8 Python/compile.c stack_effect
 */
export function stackEffect(op: number, oparg: number, jump: number): number {
  const effect = argumentEffect(op, oparg);
  if (effect !== null) return effect;
  const row = EFFECTS[op];
  if (row === undefined) throw new InternalError(`stack effect of unknown opcode ${op}`);
  return jump < 0 ? row[0] : jump > 0 ? row[1] : row[2];
}

/** The effect of an opcode whose effect depends on its argument (`stack_effect`'s cases), else null. */
function argumentEffect(op: number, oparg: number): number | null {
  switch (op) {
    case Op.UNPACK_SEQUENCE:
      return oparg - 1;
    case Op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8);
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
    case Op.BUILD_LIST_UNPACK:
    case Op.BUILD_TUPLE_UNPACK:
    case Op.BUILD_TUPLE_UNPACK_WITH_CALL:
    case Op.BUILD_SET_UNPACK:
    case Op.BUILD_MAP_UNPACK:
    case Op.BUILD_MAP_UNPACK_WITH_CALL:
      return 1 - oparg;
    case Op.BUILD_MAP:
      return 1 - 2 * oparg;
    case Op.BUILD_CONST_KEY_MAP:
    case Op.RAISE_VARARGS:
    case Op.CALL_FUNCTION:
      // 0 - oparg, not -oparg: no negative zero at oparg 0.
      return 0 - oparg;
    case Op.CALL_METHOD:
    case Op.CALL_FUNCTION_KW:
      return -oparg - 1;
    case Op.CALL_FUNCTION_EX:
      return -1 - (oparg & 0x01 ? 1 : 0);
    case Op.MAKE_FUNCTION:
      return -1 - (oparg & 0x01 ? 1 : 0) - (oparg & 0x02 ? 1 : 0) - (oparg & 0x04 ? 1 : 0) - (oparg & 0x08 ? 1 : 0);
    case Op.BUILD_SLICE:
      return oparg === 3 ? -2 : -1;
    case Op.FORMAT_VALUE:
      return (oparg & FVS_MASK) === FVS_HAVE_SPEC ? -1 : 0;
    default:
      return null;
  }
}

/** {@link FALL_THROUGH_EFFECT}'s mark for an opcode whose effect needs {@link stackEffect}. */
const VARIES = -0x8000;

/**
 * The effect when no jump is taken of each opcode whose effect does not depend on its argument
 * ({@link VARIES} for the others), by number: one load per instruction in {@link stackDepth}
 * instead of the switch of {@link argumentEffect}.
 */
const FALL_THROUGH_EFFECT: Int16Array = (() => {
  const table = new Int16Array(256).fill(VARIES);
  for (let op = 0; op < 256; op++) {
    const row = EFFECTS[op];
    if (row !== undefined && argumentEffect(op, 0) === null) table[op] = row[2];
  }
  return table;
})();

/**
 * The maximal stack depth of the code made of `blocks` (the first is the entry block).
 *
 * @see CPython 3.8 Python/compile.c stackdepth
 */
export function stackDepth(blocks: readonly BasicBlock[]): number {
  const entry = blocks[0];
  if (entry === undefined) return 0;
  for (const b of blocks) b.startDepth = -Infinity;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startDepth < depth) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(entry, 0);
  for (let b = stack.pop(); b !== undefined; b = stack.pop()) {
    let depth = b.startDepth;
    let next = b.next;
    const instrs = b.instrs;
    for (let i = 0; i < instrs.length; i++) {
      const instr = instrs[i] as Instr;
      const fixed = FALL_THROUGH_EFFECT[instr.opcode] ?? VARIES;
      const newDepth = depth + (fixed === VARIES ? stackEffect(instr.opcode, instr.oparg, 0) : fixed);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (instr.jump !== null && instr.target !== null) {
        const targetDepth = depth + stackEffect(instr.opcode, instr.oparg, 1);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        if (instr.opcode !== Op.CALL_FINALLY) push(instr.target, targetDepth);
      }
      depth = newDepth;
      const op = instr.opcode;
      if (op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}
