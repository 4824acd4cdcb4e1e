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
  ticks = 0;
  reserve = limit;
  budget = limit;
}

/** Counts one instruction; throws {@link InstructionBudgetExceeded} when the budget is spent. */
export function countInstructions(): void {
  if (--ticks < 0) refill();
}

/** Starts the next chunk with the instruction being counted, or throws when none is left. */
function refill(): void {
  if (reserve <= 0) {
    ticks = 0;
    throw new InstructionBudgetExceeded(budget);
  }
  const n = Math.min(reserve, CHUNK);
  reserve -= n;
  ticks = n - 1;
}
