// sys.intern's table is per run: a str interned by a run that was stopped early (and so never
// freed it) must not be returned to a later run in the same process.
import { expect, it } from 'vitest';
import { runMain } from '../../src/api/run-main.ts';
import { runPy } from '../support/run-python.ts';

it('sys.intern in a new run does not return a str interned by an earlier, stopped run', () => {
  const stopped = 'import sys\ns = "kept across runs " + str(len(sys.argv))\nt = sys.intern(s)\nwhile True: pass\n';
  const first = runMain(stopped, { filename: 'first.py', instructionBudget: 10_000, write: () => {} });
  // Stopped by the budget (exit status 124), before the module's globals were freed.
  expect(first).toEqual({ status: 'exited', exitCode: 124 });
  const out = runPy('import sys\ns = "kept across runs " + str(len(sys.argv))\nprint(sys.intern(s) is s)\n');
  expect(out).toBe('True\n');
});
