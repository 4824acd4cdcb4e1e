// Programs with the output CPython 3.8 gave for them (recorded through the oracle; tests never run
// python3.8), run on corosim with the refcount check and compared with addresses as 0x? and the
// traceback entries of other files than the program left out on both sides, as the oracle's
// normalize.py does (corosim's native library code has no Python frames, and names its files
// under /usr/lib/python3.8 where CPython's were elsewhere).
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

/** The oracle's normalize.py for frames: an entry of another file goes with its source line. */
function dropLibraryFrames(text: string, filename: string): string {
  const out: string[] = [];
  const lines = text.split(/(?<=\n)/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = /^ {2}File "([^"]+)", line \d+, in /.exec(line);
    if (m !== null && m[1] !== filename) {
      while (i + 1 < lines.length && (lines[i + 1] ?? '').startsWith('    ')) i++;
      continue;
    }
    out.push(line);
  }
  return out.join('');
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
          expect(normalizeAddresses(dropLibraryFrames(run.stdout, c.file))).toBe(dropLibraryFrames(c.stdout, c.file));
          expect(normalizeAddresses(dropLibraryFrames(run.stderr, c.file))).toBe(dropLibraryFrames(c.stderr, c.file));
          expect(run.exitCode).toBe(c.exit);
        });
      }
    }
  });
}
