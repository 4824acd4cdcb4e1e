/**
 * Checks a handful of cases through the real `corosim` binary, from the corpus folder, so the
 * command-line path (argument parsing, file reading, output, exit status) is covered too. Its
 * verdicts must agree with the in-process ones.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { judgeDis, judgeRun, type CheckKind, type Verdict } from './check.ts';
import type { Case } from './corpus.ts';

/** The `corosim` the repository root's package links, as a user after setup runs it. */
export const COROSIM_BIN = fileURLToPath(new URL('../../node_modules/.bin/corosim', import.meta.url));

/** The cases worth a process each: every walkthrough seed and the first case of each area. */
export function pickHandful(cases: readonly Case[]): Case[] {
  const areas = new Set<string>();
  return cases.filter((c) => {
    const firstOfArea = !areas.has(c.area);
    areas.add(c.area);
    return firstOfArea || c.id.slice(c.id.lastIndexOf('/') + 1).startsWith('seed_');
  });
}

/** Runs one check of `testCase` through the binary and judges what it printed. */
export function binaryVerdict(root: string, testCase: Case, kind: CheckKind, timeoutMs: number): Verdict {
  const child = spawnSync(COROSIM_BIN, [kind, testCase.file], { cwd: root, encoding: 'utf8', timeout: timeoutMs });
  if (child.error !== undefined) return { pass: false, reason: `could not run corosim: ${child.error.message}` };
  if (child.status === null) return { pass: false, reason: `corosim was killed by ${child.signal ?? 'a signal'}` };
  if (kind === 'run') return judgeRun(testCase, { stdout: child.stdout, stderr: child.stderr, exitCode: child.status });
  return child.status === 0 ? judgeDis(testCase, child.stdout) : { pass: false, reason: `dis exited ${child.status}` };
}
