// The guide's code samples (apps/docs/examples) run here: what the guide shows is what works.
import { describe, expect, it } from 'vitest';
import { layoutDiagrams } from '../examples/layout-diagrams.ts';
import { runPython } from '../examples/run-python.ts';
import { sleepAYear } from '../examples/sleep-a-year.ts';
import { twoWorkers } from '../examples/two-workers.ts';
import { watchEvents } from '../examples/watch-events.ts';

describe('guide examples', () => {
  it('sleep-a-year: a year of virtual time passes at once', () => {
    expect(sleepAYear()).toEqual({ answer: 42, time: 365 * 24 * 3600 });
  });

  it('two-workers: tasks interleave by deadline, as asyncio interleaves them', () => {
    expect(twoWorkers()).toEqual(['b0 at 0', 'a0 at 0', 'a1 at 1', 'b1 at 1.5', 'a2 at 2', 'b2 at 3']);
  });

  it('watch-events: events$ reports each clock jump and the task finishing', () => {
    expect(watchEvents()).toEqual(['clock 0 -> 2', 'clock 2 -> 2.5', 'napper return at 2.5']);
  });

  it('run-python: asyncio.gather of two tickers runs on the virtual clock', () => {
    expect(runPython()).toEqual({
      stdout: [' 1.0 fast 0', ' 2.0 fast 1', ' 2.5 slow 0', ' 3.0 fast 2', ' 5.0 slow 1', ''].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it('layout-diagrams: one snapshot per corosim.layout call, the second linked to the first and drawn with changes', () => {
    const { snapshots, svgs } = layoutDiagrams();
    expect(snapshots.map((s) => [s.index, s.previousIndex])).toEqual([
      [0, null],
      [1, 0],
    ]);
    expect(snapshots[0]?.boxes[0]?.struct).toBe('PyGenObject');
    expect(svgs.every((svg) => svg.startsWith('<svg'))).toBe(true);
    expect(svgs[0]).not.toMatch(/class="[^"]*changed/);
    expect(svgs[1]).toMatch(/class="[^"]*changed/);
  });
});
