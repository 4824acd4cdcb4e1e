import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/execute.ts';
import { formatTotals, jsonReport, tallyByArea } from '../src/report.ts';

function result(kind: 'run' | 'dis', area: string, name: string, pass: boolean): CheckResult {
  return { kind, id: `${area}/${name}`, area, verdict: pass ? { pass: true } : { pass: false, reason: 'differs' } };
}

const RESULTS: readonly CheckResult[] = [
  result('run', 'loop', 'a', true),
  result('run', 'gen', 'a', true),
  result('dis', 'gen', 'a', true),
  result('run', 'gen', 'b', false),
  result('dis', 'gen', 'b', true),
  result('run', 'loop', 'b', false),
];

describe('tallyByArea', () => {
  it('counts passes and totals per area and kind, areas sorted by name', () => {
    expect(tallyByArea(RESULTS)).toEqual([
      { area: 'gen', runPass: 1, runTotal: 2, disPass: 2, disTotal: 2 },
      { area: 'loop', runPass: 1, runTotal: 2, disPass: 0, disTotal: 0 },
    ]);
  });
});

describe('formatTotals', () => {
  it('prints a row per area and the total, with a dash for a kind an area lacks', () => {
    expect(formatTotals(RESULTS).split('\n').map((line) => line.split(/\s+/))).toEqual([
      ['area', 'run', 'dis'],
      ['gen', '1/2', '2/2'],
      ['loop', '1/2', '-'],
      ['total', '2/4', '2/2'],
    ]);
  });
});

describe('jsonReport', () => {
  it('holds the tallies, the number of passing checks and the ratchet verdict', () => {
    const report = jsonReport('cases', RESULTS, true);
    expect(report).toEqual({ corpus: 'cases', areas: tallyByArea(RESULTS), passing: 4, checks: 6, ratchetHolds: true });
  });
});
