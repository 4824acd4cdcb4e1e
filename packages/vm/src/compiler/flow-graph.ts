/**
 * The control-flow graph the code generator emits into: basic blocks of instructions, linked in
 * emission order by `next` and by jump targets. Mirrors CPython 3.8 Python/compile.c `struct
 * instr` and `basicblock`.
 * @module
 */

/** One instruction before assembly (`struct instr`). */
export interface Instr {
  opcode: number;
  oparg: number;
  /** The jump target, for relative and absolute jumps. */
  target: BasicBlock | null;
  /** 'abs' for absolute jumps, 'rel' for relative ones, null for other opcodes. */
  jump: 'abs' | 'rel' | null;
  /** The source line, or 0 when this instruction does not start a line entry. */
  lineno: number;
}

/**
 * A straight-line run of instructions (`basicblock`).
 *
 * @see CPython 3.8 Python/compile.c basicblock
 */
export class BasicBlock {
  readonly instrs: Instr[] = [];
  /** The block that follows in emission order (fall-through), `b_next`. */
  next: BasicBlock | null = null;
  /** Set when a RETURN_VALUE was added (`b_return`). */
  isReturn = false;
  /** Marks blocks the depth-first ordering has visited (`b_seen`). */
  seen = false;
  /** Stack depth on entry, or -Infinity before the stack-depth pass reaches it. */
  startDepth = -Infinity;
  /** Offset in code units after jump resolution. */
  offset = 0;
}

/** The size in code units of an instruction with argument `oparg`, with its EXTENDED_ARGs. */
export function instrSize(oparg: number): number {
  return oparg <= 0xff ? 1 : oparg <= 0xffff ? 2 : oparg <= 0xffffff ? 3 : 4;
}
