/**
 * The limits a run can hit that are not Python errors: the host stops the program and says why.
 * @module
 */

/** The program executed more instructions than its budget allows. */
export class InstructionBudgetExceeded extends Error {
  override readonly name = 'InstructionBudgetExceeded';
  readonly budget: number;

  constructor(budget: number) {
    super(`instruction budget of ${budget} exceeded`);
    this.budget = budget;
  }
}
