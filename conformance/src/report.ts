/**
 * The runner's closing report: pass counts per area for `run` and `dis`, as a table.
 * @module
 */
import type { CheckResult } from './execute.ts';

interface Tally {
  run: number;
  runTotal: number;
  dis: number;
  disTotal: number;
}

function cell(pass: number, total: number): string {
  return total === 0 ? '-' : `${pass}/${total}`;
}

/** Formats the per-area table and the totals of `results`. */
export function formatTotals(results: readonly CheckResult[]): string {
  const byArea = new Map<string, Tally>();
  const total: Tally = { run: 0, runTotal: 0, dis: 0, disTotal: 0 };
  for (const result of results) {
    let tally = byArea.get(result.area);
    if (tally === undefined) {
      tally = { run: 0, runTotal: 0, dis: 0, disTotal: 0 };
      byArea.set(result.area, tally);
    }
    for (const t of [tally, total]) {
      if (result.kind === 'run') {
        t.runTotal += 1;
        if (result.verdict.pass) t.run += 1;
      } else {
        t.disTotal += 1;
        if (result.verdict.pass) t.dis += 1;
      }
    }
  }
  const rows = [...byArea.keys()].sort().map((area) => [area, byArea.get(area) ?? total] as const);
  rows.push(['total', total]);
  const lines = [`${'area'.padEnd(10)} ${'run'.padStart(9)} ${'dis'.padStart(9)}`];
  for (const [area, t] of rows) {
    lines.push(`${area.padEnd(10)} ${cell(t.run, t.runTotal).padStart(9)} ${cell(t.dis, t.disTotal).padStart(9)}`);
  }
  return lines.join('\n');
}
