// Runs an asyncio program on corosim with the reference-count check, for tests that compare it
// with CPython 3.8 output recorded under the oracle's virtual clock (tests never run python3.8).
import { describe, expect, it } from 'vitest';
import { runMain } from '@corosim/vm';
import '../../../src/asyncio/index.ts';
import '@corosim/asyncgen-hooks';

/** What a checked run wrote, addresses normalised, and its exit status. */
export interface CheckedRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/**
 * The oracle's normalize.py: addresses become `0x?` (they differ between CPython and corosim), and
 * a traceback entry of a file other than the program is dropped with its source line (corosim's
 * asyncio is native: it shows CPython's asyncio frames, if at all, without their source).
 */
function normalize(text: string, filename: string): string {
  const out: string[] = [];
  const lines = text.split(/(?<=\n)/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = /^ {2}File "([^"]+)", line \d+, in /.exec(line);
    if (m !== null && m[1] !== filename) {
      while (i + 1 < lines.length && (lines[i + 1] ?? '').startsWith(' '.repeat(4))) i++;
      continue;
    }
    out.push(line.replace(/0x[0-9a-fA-F]+/g, '0x?'));
  }
  return out.join('');
}

/** Runs `source` as `__main__` from a file named `filename`, with the refcount check on. */
export function runChecked(source: string, filename: string): CheckedRun {
  let stdout = '';
  let stderr = '';
  const outcome = runMain(source, {
    filename,
    checkRefcounts: true,
    // A program that never ends (a loop spinning) fails the test instead of hanging it.
    instructionBudget: 50_000_000,
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  return { stdout: normalize(stdout, filename), stderr: normalize(stderr, filename), status: outcome.status === 'exited' ? outcome.exitCode : -1 };
}

/** A recorded program: file name, source, then CPython 3.8's stdout, stderr and exit status. */
export type RecordedCase = readonly [string, string, string, string, number];

/** A `describe` block with one test per recorded program: corosim must print what CPython 3.8 printed. */
export function describeRecorded(title: string, cases: readonly RecordedCase[]): void {
  describe(title, () => {
    it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
      const run = runChecked(source, name);
      expect(run.stdout).toBe(stdout);
      expect(run.stderr).toBe(stderr);
      expect(run.status).toBe(status);
    });
  });
}
