// Multi-file programs with the output CPython 3.8 gave for them (recorded by
// scripts/dev/record-import-cases.py; tests never run python3.8): main.py and the modules and
// packages beside it, held in memory under the folder they were recorded in, run on corosim with
// the refcount check through directoryModuleFinder, as `corosim run` finds a program's modules.
import { describe, expect, it } from 'vitest';
import { directoryModuleFinder } from '../../src/api/module-finder.ts';
import { runMain } from '../../src/api/run-main.ts';
import { normalizeAddresses } from './run-python.ts';

/** One recorded program: its files by path relative to `root`, and what CPython 3.8 printed. */
export interface ImportCase {
  readonly name: string;
  readonly root: string;
  readonly files: Readonly<Record<string, string>>;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

/** Runs a case's main.py with its files in memory: stdout, stderr and exit status. */
function runCase(c: ImportCase): { stdout: string; stderr: string; exitCode: number } {
  const files = new Map(Object.entries(c.files).map(([rel, text]) => [`${c.root}/${rel}`, text]));
  const dirs = new Set<string>();
  for (const path of files.keys()) {
    for (let d = path.slice(0, path.lastIndexOf('/')); d.length > c.root.length; d = d.slice(0, d.lastIndexOf('/'))) dirs.add(d);
  }
  let stdout = '';
  let stderr = '';
  const outcome = runMain(c.files['main.py'] ?? '', {
    filename: 'main.py',
    scriptDirectory: c.root,
    checkRefcounts: true,
    findModule: directoryModuleFinder(c.root, (p) => files.get(p) ?? null, (p) => p === c.root || dirs.has(p)),
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  return { stdout, stderr, exitCode: outcome.status === 'exited' ? outcome.exitCode : -1 };
}

/** A `describe` block with one test per case: corosim must print what CPython 3.8 printed. */
export function describeImportCases(title: string, cases: readonly ImportCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(`behaves as CPython 3.8: ${c.name}`, () => {
        const run = runCase(c);
        expect(normalizeAddresses(run.stdout)).toBe(c.stdout);
        expect(normalizeAddresses(run.stderr)).toBe(c.stderr);
        expect(run.exitCode).toBe(c.exit);
      });
    }
  });
}
