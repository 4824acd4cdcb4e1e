// Programs with the output CPython 3.8 gave for them (recorded through the oracle; tests never run
// python3.8), run on corosim with the refcount check and compared with addresses as 0x?.
import { describe, expect, it } from 'vitest';
import { normalizeAddresses, runPython } from './run-python.ts';

/** One recorded program. */
export interface CpythonCase {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

/**
 * A `describe` block with one test per case: corosim must print what CPython 3.8 printed, under
 * each of `jitThresholds` (by default only the run's own threshold).
 */
export function describeCpythonCases(title: string, cases: readonly CpythonCase[], jitThresholds: readonly (number | undefined)[] = [undefined]): void {
  describe(title, () => {
    for (const c of cases) {
      for (const threshold of jitThresholds) {
        const under = threshold === undefined ? '' : ` (JIT threshold ${threshold})`;
        it(`behaves as CPython 3.8: ${c.name}${under}`, () => {
          const run = runPython(c.source, c.file, true, threshold);
          expect(normalizeAddresses(run.stdout)).toBe(c.stdout);
          expect(normalizeAddresses(run.stderr)).toBe(c.stderr);
          expect(run.exitCode).toBe(c.exit);
        });
      }
    }
  });
}
