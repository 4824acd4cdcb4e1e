/**
 * The conformance report of the docs site: pass counts per corpus area, as a Markdown table.
 * @module
 */

/** The pass counts of one corpus area. */
export interface AreaCounts {
  readonly area: string;
  readonly runPass: number;
  readonly runTotal: number;
  readonly disPass: number;
  readonly disTotal: number;
}

function cell(pass: number, total: number): string {
  return total === 0 ? '–' : `${pass} / ${total}`;
}

/**
 * Renders `rows` as a Markdown table with a total row.
 *
 * @example
 * ```ts
 * renderConformanceTable([{ area: 'gen', runPass: 3, runTotal: 20, disPass: 20, disTotal: 20 }]);
 * ```
 */
export function renderConformanceTable(rows: readonly AreaCounts[]): string {
  const sum = (pick: (r: AreaCounts) => number): number => rows.reduce((n, r) => n + pick(r), 0);
  const lines = ['| area | run | dis |', '| --- | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.area} | ${cell(r.runPass, r.runTotal)} | ${cell(r.disPass, r.disTotal)} |`);
  lines.push(
    `| **total** | ${cell(sum((r) => r.runPass), sum((r) => r.runTotal))} | ${cell(sum((r) => r.disPass), sum((r) => r.disTotal))} |`,
  );
  return `${lines.join('\n')}\n`;
}
