// Layout snapshots handed to the host at every corosim.layout() call, and their SVG diagrams.
import { describe, expect, it } from 'vitest';
import { renderLayoutSvg, runMain, type LayoutSnapshot } from '../../src/index.ts';

/** Runs `source`, returning what it printed and the snapshots it took. */
function record(source: string): { out: string; snapshots: LayoutSnapshot[] } {
  let out = '';
  const snapshots: LayoutSnapshot[] = [];
  const outcome = runMain(source, { filename: 'snap.py', write: (_, t) => (out += t), onLayout: (s) => snapshots.push(s) });
  expect(outcome).toEqual({ status: 'exited', exitCode: 0 });
  return { out, snapshots };
}

const GENERATOR = `import corosim
def g():
    x = yield 1
    yield x
it = g()
corosim.layout(it)
next(it)
corosim.layout(it)
corosim.layout(it.gi_frame)
it.send("<two>")
corosim.layout(it)
print(hex(id(it)), hex(id(it.gi_frame)))
`;

/** The rows of `svg` that carry the class `changed`, by field. */
function changedFields(svg: string): string[] {
  return [...svg.matchAll(/<g class="row changed" data-field="([^"]+)">/g)].map((m) => m[1] ?? '');
}

describe('layout snapshots', () => {
  it('numbers the calls and links each to the previous snapshot of the same object', () => {
    const { snapshots } = record(GENERATOR);
    expect(snapshots.map((s) => [s.index, s.previousIndex])).toEqual([
      [0, null],
      [1, 0],
      [2, null],
      [3, 1],
    ]);
  });

  it('draws a generator with its frame, and a frame with its generator', () => {
    const { out, snapshots } = record(GENERATOR);
    const [genId, frameId] = (out.trim().split('\n').at(-1) ?? '').split(' ').map((h) => Number.parseInt(h, 16));
    const [, suspended, frame] = snapshots;
    expect(suspended?.boxes.map((b) => [b.struct, b.address])).toEqual([
      ['PyGenObject', genId],
      ['PyFrameObject', frameId],
    ]);
    expect(frame?.boxes.map((b) => b.struct)).toEqual(['PyFrameObject', 'PyGenObject']);
  });

  it('hands over the table the call printed', () => {
    const { out, snapshots } = record(GENERATOR);
    let rest = out;
    for (const s of snapshots) {
      const at = rest.indexOf(s.table);
      expect(at).toBeGreaterThanOrEqual(0);
      rest = rest.slice(at + s.table.length);
    }
  });

  it('takes snapshots without an observer, printing the same tables', () => {
    let plain = '';
    runMain(GENERATOR, { filename: 'snap.py', write: (_, t) => (plain += t) });
    expect(plain).toBe(record(GENERATOR).out);
  });
});

describe('renderLayoutSvg', () => {
  it('draws a box per struct with a row per field', () => {
    const { snapshots } = record(GENERATOR);
    const s = snapshots[1] as LayoutSnapshot;
    const svg = renderLayoutSvg(s);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect([...svg.matchAll(/<g class="box" data-struct="([^"]+)"/g)].map((m) => m[1])).toEqual(s.boxes.map((b) => b.struct));
    const rows = s.boxes.reduce((n, b) => n + b.rows.length, 0);
    expect(svg.match(/<g class="row/g)?.length).toBe(rows);
  });

  it('draws an arrow from each pointer to a drawn box', () => {
    const { snapshots } = record(GENERATOR);
    const svg = renderLayoutSvg(snapshots[1] as LayoutSnapshot);
    expect([...svg.matchAll(/<path class="pointer" data-field="([^"]+)"/g)].map((m) => m[1])).toEqual(['gi_frame', 'f_gen']);
  });

  it('highlights what changed since the previous snapshot, and nothing without one', () => {
    const { snapshots } = record(GENERATOR);
    const [created, suspended, , resumed] = snapshots as [LayoutSnapshot, LayoutSnapshot, LayoutSnapshot, LayoutSnapshot];
    expect(changedFields(renderLayoutSvg(suspended))).toEqual([]);
    // The first next() moves the frame on; the generator's own fields stay as they were.
    const started = changedFields(renderLayoutSvg(suspended, created));
    expect(started).toContain('f_lasti');
    expect(started.filter((f) => f.startsWith('gi_'))).toEqual([]);
    const changed = changedFields(renderLayoutSvg(resumed, suspended));
    expect(changed).toContain('f_lasti');
    expect(changed).toContain('f_localsplus[0]');
    expect(changed).not.toContain('gi_code');
  });

  it('escapes what the reprs hold', () => {
    const { snapshots } = record(GENERATOR);
    const svg = renderLayoutSvg(snapshots[3] as LayoutSnapshot);
    expect(svg).toContain("x = '&lt;two&gt;'");
    expect(svg).not.toContain('<two>');
  });

  it('draws the same bytes for the same run', () => {
    const a = record(GENERATOR).snapshots.map((s) => renderLayoutSvg(s));
    const b = record(GENERATOR).snapshots.map((s) => renderLayoutSvg(s));
    expect(a).toEqual(b);
  });
});
