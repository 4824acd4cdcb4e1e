/**
 * The checks of one case and their verdicts. A case has up to two checks: `run` (stdout, stderr
 * and exit status all equal to CPython's) and `dis` (the listing equal byte for byte).
 * @module
 */
import type { Case } from './corpus.ts';
import { firstDifference } from './first-difference.ts';
import { normalize } from './normalize.ts';

/** Which comparison a check makes. */
export type CheckKind = 'run' | 'dis';

/** What a program printed and how it exited, before normalisation. */
export interface Observed {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** The verdict of one check: a pass, or the first thing that differed. */
export type Verdict = { readonly pass: true } | { readonly pass: false; readonly reason: string };

/** A check's key in the ratchet and in reports: `run gen/seed_fib`. */
export function checkKey(kind: CheckKind, id: string): string {
  return `${kind} ${id}`;
}

const PASS: Verdict = { pass: true };

/** Judges a run of `testCase` against its goldens. */
export function judgeRun(testCase: Case, observed: Observed): Verdict {
  const expected = testCase.run;
  if (expected === undefined) return { pass: false, reason: 'no run golden' };
  const reason =
    firstDifference('stdout', normalize(expected.stdout, testCase.file), normalize(observed.stdout, testCase.file)) ??
    firstDifference('stderr', normalize(expected.stderr, testCase.file), normalize(observed.stderr, testCase.file)) ??
    (expected.exitCode === observed.exitCode
      ? undefined
      : `exit status: expected ${expected.exitCode}, got ${observed.exitCode}`);
  return reason === undefined ? PASS : { pass: false, reason };
}

/** Judges a disassembly of `testCase` (what `corosim dis` printed) against its golden. */
export function judgeDis(testCase: Case, listing: string): Verdict {
  const expected = testCase.dis;
  if (expected === undefined) return { pass: false, reason: 'no dis golden' };
  const reason = firstDifference('dis', normalize(expected, testCase.file), normalize(listing, testCase.file));
  return reason === undefined ? PASS : { pass: false, reason };
}
