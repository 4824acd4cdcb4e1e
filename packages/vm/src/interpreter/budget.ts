/**
 * The instruction budget: a run that executes more instructions than allowed stops with a clear
 * error instead of running forever.
 * @module
 */
import { InstructionBudgetExceeded } from '../runtime/limits.ts';

/**
 * Instructions are counted down in chunks of at most this many, so that the counter is a 32-bit
 * integer (an unbounded budget is `Infinity`).
 */
const CHUNK = 1 << 30;

/**
 * Instructions left in the current chunk, in its one cell: shared with compiled code, which
 * charges a run of instructions at once (jit-codegen.ts `chargeGroups`) and gives back what it
 * did not run before it calls out.
 */
export const chunkTicks = new Int32Array(1);
/** Instructions of the budget not yet handed to a chunk. */
let reserve = Number.POSITIVE_INFINITY;
let budget = Number.POSITIVE_INFINITY;

/** Sets the budget of the next run. */
export function resetBudget(limit: number): void {
  interpretOnly = false;
  chunkTicks[0] = 0;
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
  reserve += chunkTicks[0] as number;
  chunkTicks[0] = 0;
}

/** Whether compiled code may run (no trace or profile function is set). */
export function compiledCodeAllowed(): boolean {
  return !interpretOnly;
}

/** Counts one instruction; throws {@link InstructionBudgetExceeded} when the budget is spent. */
export function countInstructions(): void {
  const left = (chunkTicks[0] as number) - 1;
  chunkTicks[0] = left;
  if (left < 0) refill();
}

/**
 * Counts one instruction of compiled code, unless compiled code must hand over to the interpreter
 * (see {@link requireInterpreter}): then it returns true and counts nothing (the interpreter
 * counts the instruction it runs instead).
 */
export function countCompiledInstruction(): boolean {
  // As small as countInstructions, so that V8 inlines it into compiled code.
  const left = (chunkTicks[0] as number) - 1;
  chunkTicks[0] = left;
  return left < 0 && chunkEndedInCompiledCode();
}

/** {@link countCompiledInstruction} at the end of a chunk: a new chunk, or the hand-over. */
function chunkEndedInCompiledCode(): boolean {
  if (interpretOnly) {
    chunkTicks[0] = 0;
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
      chunkTicks[0] = 0;
      throw new InstructionBudgetExceeded(budget);
    }
    reserve -= 1;
    chunkTicks[0] = 0;
    return;
  }
  if (reserve <= 0) {
    chunkTicks[0] = 0;
    throw new InstructionBudgetExceeded(budget);
  }
  const n = Math.min(reserve, CHUNK);
  reserve -= n;
  chunkTicks[0] = n - 1;
}
