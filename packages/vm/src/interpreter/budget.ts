/**
 * The instruction budget: a run that executes more instructions than allowed stops with a clear
 * error instead of running forever.
 * @module
 */
import { InstructionBudgetExceeded } from '../runtime/limits.ts';

/**
 * Instructions are counted down in chunks of at most this many, so that the counter stays a
 * small integer: a module variable holding a double (an unbounded budget is `Infinity`) is a
 * boxed number, and decrementing it would allocate on every instruction.
 */
const CHUNK = 1 << 30;

/** Instructions left in the current chunk (a small integer). */
let ticks = 0;
/** Instructions of the budget not yet handed to a chunk. */
let reserve = Number.POSITIVE_INFINITY;
let budget = Number.POSITIVE_INFINITY;

/** Sets the budget of the next run. */
export function resetBudget(limit: number): void {
  interpretOnly = false;
  ticks = 0;
  reserve = limit;
  budget = limit;
}

/**
 * While true, compiled code leaves to the interpreter at its next instruction (the interpreter
 * reports trace events, compiled code does not): every instruction is counted from the reserve,
 * so that each count finds out.
 */
let interpretOnly = false;

/**
 * Makes compiled code hand over to the interpreter at its next instruction, and keep doing so
 * while `on` (a trace or profile function is set).
 */
export function requireInterpreter(on: boolean): void {
  if (on === interpretOnly) return;
  interpretOnly = on;
  // The chunk's rest goes back to the reserve: counting restarts from it.
  reserve += ticks;
  ticks = 0;
}

/** Whether compiled code may run (no trace or profile function is set). */
export function compiledCodeAllowed(): boolean {
  return !interpretOnly;
}

/** Counts one instruction; throws {@link InstructionBudgetExceeded} when the budget is spent. */
export function countInstructions(): void {
  if (--ticks < 0) refill();
}

/**
 * Counts one instruction of compiled code, unless compiled code must hand over to the interpreter
 * (see {@link requireInterpreter}): then it returns true and counts nothing (the interpreter
 * counts the instruction it runs instead).
 */
export function countCompiledInstruction(): boolean {
  // As small as countInstructions, so that V8 inlines it into compiled code.
  return --ticks < 0 && chunkEndedInCompiledCode();
}

/** {@link countCompiledInstruction} at the end of a chunk: a new chunk, or the hand-over. */
function chunkEndedInCompiledCode(): boolean {
  if (interpretOnly) {
    ticks = 0;
    return true;
  }
  refill();
  return false;
}

/** Starts the next chunk with the instruction being counted, or throws when none is left. */
function refill(): void {
  if (interpretOnly) {
    // One instruction at a time, so that compiled code notices.
    if (reserve <= 0) {
      ticks = 0;
      throw new InstructionBudgetExceeded(budget);
    }
    reserve -= 1;
    ticks = 0;
    return;
  }
  if (reserve <= 0) {
    ticks = 0;
    throw new InstructionBudgetExceeded(budget);
  }
  const n = Math.min(reserve, CHUNK);
  reserve -= n;
  ticks = n - 1;
}
