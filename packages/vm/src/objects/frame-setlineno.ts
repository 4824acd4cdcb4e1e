/**
 * The checks `frame.f_lineno = n` makes before a jump (`frame_setlineno`): the target line's first
 * instruction, then a walk of the bytecode's blocks refusing jumps into a block, into or out of a
 * `finally` or `except` block, onto an `except` line or from a yield. Mirrors CPython 3.8
 * Objects/frameobject.c `frame_setlineno`.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { raiseMessage } from '../runtime/errors.ts';
import * as E from './exceptions.ts';
import type { PyFrame } from './frame.ts';

/** The instruction at `addr` with its EXTENDED_ARG prefixes folded in (`get_arg`). */
function argAt(code: Uint8Array, addr: number): number {
  let oparg = code[addr + 1] as number;
  let shift = 8;
  for (let a = addr - 2; a >= 0 && code[a] === Op.EXTENDED_ARG; a -= 2, shift += 8) oparg |= (code[a + 1] as number) << shift;
  return oparg;
}

function refuse(message: string): never {
  throw raiseMessage(E.ValueError, message);
}

/**
 * Checks a jump of `f` (stopped at a line event) to line `requested`, as `frame_setlineno` does
 * before it moves the frame. Returns the target offset (`new_lasti`) and line when the jump is
 * allowed; raises CPython's ValueError otherwise.
 */
export function checkJump(f: PyFrame, requested: number): { readonly lasti: number; readonly lineno: number } {
  const co = f.code.co;
  if (requested > 0x7fffffff || requested < -0x80000000) refuse('lineno out of range');
  let newLineno = requested;
  let newLasti = -1;
  if (newLineno < co.firstlineno) refuse(`line ${newLineno} comes before the current code block`);
  if (newLineno === co.firstlineno) {
    newLasti = 0;
  } else {
    // The start of the given line, or of the first line after it that has code.
    let addr = 0;
    let line = co.firstlineno;
    for (let i = 0; i + 1 < co.lnotab.length; i += 2) {
      addr += co.lnotab[i] as number;
      const d = co.lnotab[i + 1] as number;
      line += d >= 128 ? d - 256 : d;
      if (line >= newLineno) {
        newLasti = addr;
        newLineno = line;
        break;
      }
    }
  }
  if (newLasti === -1) refuse(`line ${newLineno} comes after the current code block`);
  const code = co.code;
  const lasti = f.lasti;
  if (code[lasti] === Op.YIELD_VALUE || code[lasti] === Op.YIELD_FROM) refuse("can't jump from a yield statement");
  if (code[newLasti] === Op.DUP_TOP || code[newLasti] === Op.POP_TOP) refuse("can't jump to 'except' line as there's no exception");
  // The starts of the `finally` blocks open at each point of the walk.
  const blockstack: number[] = [];
  for (let addr = 0; addr < code.length; addr += 2) {
    const op = code[addr] as number;
    if (op === Op.SETUP_FINALLY || op === Op.SETUP_WITH || op === Op.SETUP_ASYNC_WITH || op === Op.FOR_ITER) {
      const target = addr + argAt(code, addr) + 2;
      const firstIn = addr < lasti && lasti < target;
      const secondIn = addr < newLasti && newLasti < target;
      if (!firstIn && secondIn) refuse("can't jump into the middle of a block");
      const inForLoop = op === Op.FOR_ITER || code[target] === Op.END_ASYNC_FOR;
      if (!inForLoop) blockstack.push(target);
    } else if (op === Op.END_FINALLY) {
      const target = blockstack.pop() ?? 0;
      const firstIn = target <= lasti && lasti <= addr;
      const secondIn = target <= newLasti && newLasti <= addr;
      if (firstIn !== secondIn) {
        const first = code[target];
        const kind = first === Op.DUP_TOP || first === Op.POP_TOP ? "an 'except'" : "a 'finally'";
        refuse(`can't jump ${secondIn ? 'into' : 'out of'} ${kind} block`);
      }
    }
  }
  return { lasti: newLasti, lineno: newLineno };
}
