/**
 * The instruction budget: a run that executes more instructions than allowed stops with a clear
 * error instead of running forever.
 * @module
 */
import { InstructionBudgetExceeded } from '../runtime/limits.ts';

let remaining = Number.POSITIVE_INFINITY;
let budget = Number.POSITIVE_INFINITY;

/** Sets the budget of the next run. */
export function resetBudget(limit: number): void {
  remaining = limit;
  budget = limit;
}

/** Counts one instruction; throws {@link InstructionBudgetExceeded} when the budget is spent. */
export function countInstructions(): void {
  if (--remaining < 0) throw new InstructionBudgetExceeded(budget);
}
