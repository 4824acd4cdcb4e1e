/**
 * The conformance page: the pass counts per area of a live run of the conformance runner
 * (conformance/dist/cli.js, `--json FILE`), as tables drawn by `renderConformanceTable`.
 * @module
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { renderConformanceTable, type AreaCounts } from '../conformance-table.ts';
import { BuildFailure } from './build-failure.ts';
import { lastLine, runNodeScript } from './child-process.ts';
import { escapeHtml } from './template.ts';

/** What the runner's `--json FILE` holds (conformance/src/report.ts `JsonReport`). */
export interface ConformanceReport {
  readonly corpus: string;
  readonly areas: readonly AreaCounts[];
  readonly passing: number;
  readonly checks: number;
  readonly ratchetHolds: boolean | null;
}

/** Whether `value` has the shape of a runner report. */
function isReport(value: unknown): value is ConformanceReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof ConformanceReport, unknown>>;
  return typeof r.corpus === 'string' && Array.isArray(r.areas) && typeof r.passing === 'number' && typeof r.checks === 'number';
}

/**
 * Runs the conformance runner `runner` with `args` and returns its report, or null when it
 * skipped a corpus that is not there (`--if-present`).
 *
 * @remarks
 * A broken ratchet (exit status 1) still yields a report: the page shows the counts and says the
 * ratchet does not hold. Any other failure fails the build.
 *
 * @throws BuildFailure when the runner fails or writes no report
 */
export async function runConformance(runner: string, args: readonly string[], cwd: string): Promise<ConformanceReport | null> {
  const folder = mkdtempSync(join(tmpdir(), 'corosim-docs-'));
  const file = join(folder, 'report.json');
  try {
    const child = await runNodeScript(runner, ['--no-binary', '--quiet', '--json', file, ...args], cwd);
    const what = `the conformance runner${args.length === 0 ? '' : ` (${args.join(' ')})`}`;
    if (child.startError !== null) throw new BuildFailure(`${what} did not start: ${child.startError}`);
    if (child.status !== 0 && child.status !== 1) {
      throw new BuildFailure(`${what} exited with status ${String(child.status)}: ${lastLine(child.stderr)}`);
    }
    if (!existsSync(file)) {
      if (child.status === 0 && /skipped/.test(child.stdout)) return null;
      throw new BuildFailure(`${what} wrote no report: ${lastLine(child.stdout)}`);
    }
    const report: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isReport(report)) throw new BuildFailure(`${what} wrote a report the docs do not understand`);
    return report;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** One corpus's section: a heading, the table, and the ratchet's verdict. */
function reportSection(heading: string, report: ConformanceReport): string {
  const ratchet =
    report.ratchetHolds === false
      ? ' <strong>The ratchet does not hold on this build</strong>: some checks differ from the recorded list.'
      : '';
  return [
    `<h2>${escapeHtml(heading)}</h2>`,
    `<p class="generated">${report.passing} of ${report.checks} checks pass.${ratchet}</p>`,
    marked.parse(renderConformanceTable(report.areas), { async: false, gfm: true }),
  ].join('\n');
}

/**
 * The body of the conformance page: the introduction, then a section per corpus run.
 *
 * @param introHtml - the introduction
 * @param sections - a heading and the report of each corpus, in order (null: the corpus is absent)
 */
export function conformancePageBody(introHtml: string, sections: readonly (readonly [string, ConformanceReport | null])[]): string {
  const parts = [introHtml];
  for (const [heading, report] of sections) {
    parts.push(report === null ? `<h2>${escapeHtml(heading)}</h2>\n<p>Not run: the corpus is not present on the machine that built this site.</p>` : reportSection(heading, report));
  }
  return parts.join('\n');
}
