/**
 * The ratchet: one file per corpus listing the checks that pass (`run gen/seed_fib`,
 * `dis Lib/abc`). A listed check that fails fails the run, and so does a check that passes
 * without being listed, until `--update` records it. The engine262 `test262/failed` list,
 * turned around.
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER = [
  '# The checks of this corpus that pass: "run AREA/NAME" or "dis AREA/NAME", one per line, sorted.',
  '# Written by `pnpm conformance --update`; never edited by hand.',
];

/** Reads the set of recorded checks; a missing file records nothing. */
export function readRatchet(path: string): Set<string> {
  if (!existsSync(path)) return new Set();
  const lines = readFileSync(path, 'utf8').split('\n');
  return new Set(lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')));
}

/** Writes `checks` as the ratchet at `path`. */
export function writeRatchet(path: string, checks: Iterable<string>): void {
  const sorted = [...checks].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(path, [...HEADER, ...sorted, ''].join('\n'));
}

/** How the checks that ran compare with the ratchet. */
export interface RatchetComparison {
  /** Recorded, but failed this time: regressions. */
  readonly regressed: readonly string[];
  /** Passed, but not recorded: progress waiting for `--update`. */
  readonly unrecorded: readonly string[];
}

/**
 * Compares the outcome of the checks that ran with the recorded set. Checks that did not run
 * (a subset was asked for) are judged neither way.
 */
export function compareWithRatchet(recorded: ReadonlySet<string>, ran: ReadonlyMap<string, boolean>): RatchetComparison {
  const regressed: string[] = [];
  const unrecorded: string[] = [];
  for (const [key, pass] of ran) {
    if (recorded.has(key) && !pass) regressed.push(key);
    if (!recorded.has(key) && pass) unrecorded.push(key);
  }
  return { regressed, unrecorded };
}

/** The recorded set after `--update`: what passed now, plus what was recorded and did not run. */
export function updatedRatchet(recorded: ReadonlySet<string>, ran: ReadonlyMap<string, boolean>): Set<string> {
  const next = new Set([...recorded].filter((key) => !ran.has(key)));
  for (const [key, pass] of ran) if (pass) next.add(key);
  return next;
}
