/**
 * The runner's closing report: pass counts per area for `run` and `dis`, as a table for the
 * terminal and as JSON for the docs site's conformance page (`--json FILE`).
 * @module
 */
import type { CheckResult } from './execute.ts';

/** The pass counts of one corpus area (or of the whole corpus). */
export interface AreaTally {
  readonly area: string;
  readonly runPass: number;
  readonly runTotal: number;
  readonly disPass: number;
  readonly disTotal: number;
}

/** What `--json FILE` writes: the pass counts per area and whether the ratchet held. */
export interface JsonReport {
  /** The corpus folder's name (`cases` for the project's own corpus). */
  readonly corpus: string;
  /** One entry per area, sorted by area name. */
  readonly areas: readonly AreaTally[];
  /** Checks that pass, of all checks run. */
  readonly passing: number;
  readonly checks: number;
  /** Whether the run agreed with the ratchet (null with `--update`, which rewrites it). */
  readonly ratchetHolds: boolean | null;
}

function cell(pass: number, total: number): string {
  return total === 0 ? '-' : `${pass}/${total}`;
}

/** The pass counts of `results` per area, sorted by area name. */
export function tallyByArea(results: readonly CheckResult[]): AreaTally[] {
  const byArea = new Map<string, { runPass: number; runTotal: number; disPass: number; disTotal: number }>();
  for (const result of results) {
    let tally = byArea.get(result.area);
    if (tally === undefined) {
      tally = { runPass: 0, runTotal: 0, disPass: 0, disTotal: 0 };
      byArea.set(result.area, tally);
    }
    const pass = result.verdict.pass ? 1 : 0;
    if (result.kind === 'run') {
      tally.runTotal += 1;
      tally.runPass += pass;
    } else {
      tally.disTotal += 1;
      tally.disPass += pass;
    }
  }
  return [...byArea.keys()].sort().map((area) => ({ area, ...(byArea.get(area) ?? { runPass: 0, runTotal: 0, disPass: 0, disTotal: 0 }) }));
}

/** The sum of `tallies` as one row named `area`. */
function sumOf(tallies: readonly AreaTally[], area: string): AreaTally {
  const sum = (pick: (t: AreaTally) => number): number => tallies.reduce((n, t) => n + pick(t), 0);
  return { area, runPass: sum((t) => t.runPass), runTotal: sum((t) => t.runTotal), disPass: sum((t) => t.disPass), disTotal: sum((t) => t.disTotal) };
}

/** Formats the per-area table and the totals of `results`. */
export function formatTotals(results: readonly CheckResult[]): string {
  const tallies = tallyByArea(results);
  const rows = [...tallies, sumOf(tallies, 'total')];
  const lines = [`${'area'.padEnd(10)} ${'run'.padStart(9)} ${'dis'.padStart(9)}`];
  for (const t of rows) {
    lines.push(`${t.area.padEnd(10)} ${cell(t.runPass, t.runTotal).padStart(9)} ${cell(t.disPass, t.disTotal).padStart(9)}`);
  }
  return lines.join('\n');
}

/** The `--json` report of `results` from corpus `corpus`, with the ratchet's verdict. */
export function jsonReport(corpus: string, results: readonly CheckResult[], ratchetHolds: boolean | null): JsonReport {
  return {
    corpus,
    areas: tallyByArea(results),
    passing: results.filter((r) => r.verdict.pass).length,
    checks: results.length,
    ratchetHolds,
  };
}
