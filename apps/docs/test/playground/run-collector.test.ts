import type { LayoutSnapshot } from '@corosim/vm';
import { describe, expect, it } from 'vitest';
import { MAX_LAYOUTS, MAX_OUTPUT_CHARS, MAX_TIMELINE_EVENTS, type WorkerMessage } from '../../src/playground/protocol.ts';
import { FLUSH_INTERVAL_MS, RunCollector } from '../../src/playground/run-collector.ts';

/** A collector whose messages and clock the test holds. */
function collector(): { run: RunCollector; sent: WorkerMessage[]; clock: { now: number } } {
  const sent: WorkerMessage[] = [];
  const clock = { now: 1000 };
  const run = new RunCollector(
    (message) => sent.push(message),
    () => clock.now,
  );
  return { run, sent, clock };
}

/** A one-box snapshot of a generator whose `gi_running` row holds `running`. */
function snapshot(index: number, previousIndex: number | null, running: string): LayoutSnapshot {
  const row = { struct: 'PyGenObject', field: 'gi_running', ctype: 'char', offset: 24, size: 1, address: 0x1018, content: running, repr: running === '1' ? 'True' : 'False' };
  return { index, previousIndex, table: '', boxes: [{ title: 'generator at 0x1000: PyGenObject', struct: 'PyGenObject', address: 0x1000, rows: [row] }] };
}

describe('RunCollector', () => {
  it('sends the first output at once and batches what follows until the interval passes', () => {
    const { run, sent, clock } = collector();
    run.write('stdout', 'a\n');
    expect(sent).toEqual([{ type: 'output', stream: 'stdout', text: 'a\n' }]);
    run.write('stdout', 'b\n');
    run.write('stdout', 'c\n');
    expect(sent).toHaveLength(1);
    clock.now += FLUSH_INTERVAL_MS;
    run.write('stdout', 'd\n');
    expect(sent.slice(1)).toEqual([{ type: 'output', stream: 'stdout', text: 'b\nc\nd\n' }]);
  });

  it('keeps stdout and stderr apart and in the order they were written', () => {
    const { run, sent } = collector();
    run.write('stdout', 'first\n');
    run.write('stdout', 'x');
    run.write('stderr', 'Traceback\n');
    run.write('stdout', 'y');
    run.finish(1, null);
    expect(sent).toEqual([
      { type: 'output', stream: 'stdout', text: 'first\n' },
      { type: 'output', stream: 'stdout', text: 'x' },
      { type: 'output', stream: 'stderr', text: 'Traceback\n' },
      { type: 'output', stream: 'stdout', text: 'y' },
      { type: 'done', exitCode: 1, timelineEvents: 0, layouts: 0, outputChars: 18, unsupported: null },
    ]);
  });

  it('sends at most MAX_OUTPUT_CHARS characters and counts them all', () => {
    const { run, sent } = collector();
    run.write('stdout', 'x'.repeat(MAX_OUTPUT_CHARS - 2));
    run.write('stdout', 'abcd');
    run.write('stderr', 'lost');
    run.finish(0, null);
    const text = sent.flatMap((m) => (m.type === 'output' ? [m.text] : [])).join('');
    expect(text).toHaveLength(MAX_OUTPUT_CHARS);
    expect(text.endsWith('xab')).toBe(true);
    expect(sent.at(-1)).toMatchObject({ type: 'done', outputChars: MAX_OUTPUT_CHARS + 6 });
  });

  it('formats the first MAX_TIMELINE_EVENTS events only, and counts the rest', () => {
    const { run, sent } = collector();
    let formatted = 0;
    for (let i = 0; i < MAX_TIMELINE_EVENTS + 500; i++) {
      run.event(() => {
        formatted += 1;
        return `event ${i}`;
      });
    }
    run.finish(0, null);
    const lines = sent.flatMap((m) => (m.type === 'timeline' ? m.lines : []));
    expect(formatted).toBe(MAX_TIMELINE_EVENTS);
    expect(lines).toHaveLength(MAX_TIMELINE_EVENTS);
    expect(lines.at(-1)).toBe(`event ${MAX_TIMELINE_EVENTS - 1}`);
    expect(sent.at(-1)).toMatchObject({ type: 'done', timelineEvents: MAX_TIMELINE_EVENTS + 500 });
  });

  it('sends pending output before a diagram, drawn against the previous snapshot of the object', () => {
    const { run, sent } = collector();
    run.write('stdout', 'before\n');
    run.write('stdout', 'just before\n');
    run.layout(snapshot(0, null, '0'));
    run.layout(snapshot(1, 0, '1'));
    expect(sent.map((m) => m.type)).toEqual(['output', 'output', 'layout', 'layout']);
    const [first, second] = sent.filter((m) => m.type === 'layout');
    expect(first).toMatchObject({ index: 0, title: 'generator at 0x1000: PyGenObject' });
    expect(first?.svg.startsWith('<svg')).toBe(true);
    expect(first?.svg).not.toContain('changed');
    expect(second?.svg).toContain('class="row changed"');
  });

  it('sends at most MAX_LAYOUTS diagrams and counts every layout call', () => {
    const { run, sent } = collector();
    for (let i = 0; i < MAX_LAYOUTS + 3; i++) run.layout(snapshot(i, i === 0 ? null : i - 1, String(i % 2)));
    run.finish(0, null);
    expect(sent.filter((m) => m.type === 'layout')).toHaveLength(MAX_LAYOUTS);
    expect(sent.at(-1)).toMatchObject({ type: 'done', layouts: MAX_LAYOUTS + 3 });
  });
});
