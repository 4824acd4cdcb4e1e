/**
 * Assigning `frame.f_lineno` from a trace function: the checks of CPython 3.8
 * Objects/frameobject.c `frame_setlineno` (an integer, a `line` event, a line inside the code
 * block, not onto an `except` line, not into the middle of a block, not into or out of a
 * `finally` or `except` block), then the jump: the blocks and values it leaves are popped and
 * `f_lasti` moves, and the evaluation loop goes on there (interpreter/eval.ts).
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { attributeError, raiseMessage } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { traceState } from '../runtime/trace-state.ts';
import * as E from './exceptions.ts';
import { blockHandler, blockLevel, blockType, frameTrace, type PyFrame, type TryBlock } from './frame.ts';
import { PyInt, intType } from './int.ts';

const CO_MAXBLOCKS = 20;

/** `get_arg`: the argument of the instruction at `addr`, with its `EXTENDED_ARG` prefixes. */
function getArg(code: Uint8Array, addr: number): number {
  let oparg = code[addr + 1] as number;
  let shift = 8;
  for (let a = addr - 2; a >= 0 && code[a] === Op.EXTENDED_ARG && shift <= 24; a -= 2) {
    oparg |= (code[a + 1] as number) << shift;
    shift += 8;
  }
  return oparg;
}

/**
 * `f->f_stacktop != NULL`: the frame's value stack is out of the evaluation loop, as in its
 * `call`, `line` or `opcode` event, after a yield, or while it is a suspended generator's.
 */
function stackVisible(f: PyFrame): boolean {
  if (traceState.stackFrame === f) return true;
  return f.gen !== null && !f.executing && !f.finished && f.lasti >= 0;
}

/** The offset that starts `line` or the first line with code after it (`new_lineno` updated), or -1. */
function lineStart(f: PyFrame, line: number): [number, number] {
  const co = f.code.co;
  if (line === co.firstlineno) return [0, line];
  const tab = co.lnotab;
  let addr = 0;
  let at = co.firstlineno;
  for (let i = 0; i + 1 < tab.length; i += 2) {
    addr += tab[i] as number;
    at += ((tab[i + 1] as number) << 24) >> 24;
    if (at >= line) return [addr, at];
  }
  return [-1, line];
}

/**
 * `frame_setlineno`'s walk of the bytecode with a simulated block stack: a jump must not enter
 * a block in its middle, nor cross the edge of a `finally` or `except` block. Returns what the
 * jump leaves: the blocks it jumps out of, and the values to pop besides theirs (the iterator of
 * a `for` loop, the None pushed before a `SETUP_FINALLY`).
 */
function walkBlocks(code: Uint8Array, lasti: number, target: number): { readonly blocks: number; readonly values: number } {
  const ends: number[] = [];
  let blocks = 0;
  let values = 0;
  let prevop: number = Op.NOP;
  for (let addr = 0; addr < code.length; addr += 2) {
    const op = code[addr] as number;
    if (op === Op.SETUP_FINALLY || op === Op.SETUP_WITH || op === Op.SETUP_ASYNC_WITH || op === Op.FOR_ITER) {
      const end = addr + getArg(code, addr) + 2;
      const firstIn = addr < lasti && lasti < end;
      const secondIn = addr < target && target < end;
      if (!firstIn && secondIn) throw raiseMessage(E.ValueError, "can't jump into the middle of a block");
      const inForLoop = op === Op.FOR_ITER || code[end] === Op.END_ASYNC_FOR;
      if (firstIn && !secondIn) {
        if (blocks === 0 && (inForLoop || prevop === Op.LOAD_CONST)) values++;
        if (!inForLoop) blocks++;
      }
      if (!inForLoop && ends.length < CO_MAXBLOCKS) ends.push(end);
    } else if (op === Op.END_FINALLY) {
      const start = ends.pop() ?? 0;
      const firstIn = start <= lasti && lasti <= addr;
      const secondIn = start <= target && target <= addr;
      if (firstIn !== secondIn) {
        const first = code[start];
        const kind = first === Op.DUP_TOP || first === Op.POP_TOP ? "an 'except'" : "a 'finally'";
        throw raiseMessage(E.ValueError, `can't jump ${secondIn ? 'into' : 'out of'} ${kind} block`);
      }
    }
    prevop = op;
  }
  return { blocks, values };
}

/**
 * The jump: the blocks left are popped with the values above their level (and a `with`
 * statement's exit function), then the values `values` counts; the frame goes on at `target`
 * (the evaluation loop reloads `f_lasti` and the stack after a `line` or `opcode` event).
 */
function jump(f: PyFrame, target: number, line: number, left: { readonly blocks: number; readonly values: number }): void {
  let values = left.values;
  if (left.blocks > 0) {
    const keep = f.blocks.length - left.blocks;
    const b = f.blocks[keep] as TryBlock;
    values += f.sp - blockLevel(b);
    if (blockType(b) === Op.SETUP_FINALLY && f.code.co.code[blockHandler(b)] === Op.WITH_CLEANUP_START) values++;
    f.blocks.length = keep;
  }
  for (; values > 0; values--) {
    const v = f.stack[--f.sp] as PyObject;
    f.stack[f.sp] = null;
    decref(v);
  }
  frameTrace(f).lineno = line;
  f.lasti = target;
  // A frame out of the loop (a `call` event, a suspended generator) resumes after `f_lasti`, as
  // ceval's `next_instr` does; in a `line` or `opcode` event the loop runs `f_lasti` itself.
  f.pc = target + 2;
}

/**
 * `frame_setlineno`: checks that `f` may jump to line `value`, in CPython's order and with its
 * messages, then jumps.
 *
 * @param f - the frame whose `f_lineno` is assigned.
 * @param value - the new line (null for `del`).
 * @see CPython 3.8 Objects/frameobject.c frame_setlineno
 */
export function setFrameLineno(f: PyFrame, value: PyObject | null): void {
  if (value === null) throw attributeError('cannot delete attribute');
  if (value.type !== intType) throw raiseMessage(E.ValueError, 'lineno must be an integer');
  if (f.lasti === -1) throw raiseMessage(E.ValueError, "can't jump from the 'call' trace event of a new frame");
  if ((f.traceInfo?.func ?? null) === null) throw raiseMessage(E.ValueError, 'f_lineno can only be set by a trace function');
  if (!stackVisible(f)) throw raiseMessage(E.ValueError, "can only jump from a 'line' trace event");
  const v = (value as PyInt).value;
  if (typeof v === 'bigint' || v > 0x7fffffff || v < -0x80000000) {
    throw raiseMessage(E.ValueError, 'lineno out of range');
  }
  const requested = v;
  if (requested < f.code.co.firstlineno) {
    throw raiseMessage(E.ValueError, `line ${requested} comes before the current code block`);
  }
  const [target, line] = lineStart(f, requested);
  if (target === -1) throw raiseMessage(E.ValueError, `line ${line} comes after the current code block`);
  const code = f.code.co.code;
  const op = code[f.lasti];
  if (op === Op.YIELD_VALUE || op === Op.YIELD_FROM) throw raiseMessage(E.ValueError, "can't jump from a yield statement");
  const first = code[target];
  if (first === Op.DUP_TOP || first === Op.POP_TOP) {
    throw raiseMessage(E.ValueError, "can't jump to 'except' line as there's no exception");
  }
  jump(f, target, line, walkBlocks(code, f.lasti, target));
}
