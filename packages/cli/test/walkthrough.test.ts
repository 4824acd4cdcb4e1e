// `corosim walkthrough`: the three walkthroughs replayed in-process, the real seed output lines
// in them, and a layout table per step at the offsets of the CPython 3.8 reference.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/program.ts';

// Vite cannot import .py files as text the way the esbuild bundle does; read them here instead.
vi.mock('../src/walkthroughs/scripts.ts', () => {
  const read = (name: string): string => readFileSync(new URL(`../src/walkthroughs/${name}`, import.meta.url), 'utf8');
  return {
    WALKTHROUGH_SCRIPTS: {
      generator: { filename: 'fib.py', source: read('fib.py') },
      coroutine: { filename: 'cor.py', source: read('cor.py') },
      asyncgen: { filename: 'async_fib.py', source: read('async_fib.py') },
    },
  };
});

// Each test replays a whole walkthrough in the VM: give it room on a loaded two-core machine.
vi.setConfig({ testTimeout: 30_000 });

/**
 * The reference offsets, read from the VM's generated table as text (the CLI may use only the
 * VM's public entry points as modules), keyed `Struct.field`.
 */
const OFFSETS: ReadonlyMap<string, number> = (() => {
  const text = readFileSync(new URL('../../vm/src/inspect/layouts.generated.ts', import.meta.url), 'utf8');
  const offsets = new Map<string, number>();
  let struct = '';
  for (const line of text.split('\n')) {
    struct = /^ {2}(\w+): \{$/.exec(line)?.[1] ?? struct;
    const field = /^ {6}(\w+): \{ offset: (\d+),/.exec(line);
    if (field !== null) offsets.set(`${struct}.${field[1] ?? ''}`, Number(field[2]));
  }
  return offsets;
})();

/** The reference offset of `field` in `struct`. */
function off(struct: string, field: string): number {
  return OFFSETS.get(`${struct}.${field}`) ?? -1;
}

async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

function seedLines(path: string, pattern: RegExp): string[] {
  const text = readFileSync(new URL(`../../../conformance/cases/${path}`, import.meta.url), 'utf8');
  return text.split('\n').filter((line) => pattern.test(line));
}

/** The layout tables of the output: the title line and `field -> offset`. */
function tables(out: string): { title: string; offsets: Map<string, number> }[] {
  const result: { title: string; offsets: Map<string, number> }[] = [];
  for (const line of out.split('\n')) {
    if (/^\w+ at 0x[0-9a-f]+: Py\w+/.test(line)) result.push({ title: line, offsets: new Map() });
    const cells = line.split(/\s{2,}/);
    const [, field, , offset] = cells;
    const current = result.at(-1);
    if (current !== undefined && field !== undefined && offset !== undefined && /^\d+$/.test(offset)) current.offsets.set(field, Number(offset));
  }
  return result;
}

describe('corosim walkthrough', () => {
  it('replays the generator walkthrough with the seed program\'s f_lasti lines', async () => {
    const result = await cli('walkthrough', 'generator');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^corosim walkthrough generator: /);
    expect(result.stdout).toContain(' 6  def fib(n):\n');
    const lasti = result.stdout.split('\n').filter((line) => line.startsWith('lasti '));
    expect(lasti).toEqual(seedLines('gen/seed_fib.out', /^lasti /));
    expect(lasti.map((line) => Number(line.split(' ')[1]))).toEqual([-1, 52, 52, 68, 68, 68, 68, 120, 168, 198]);
    const gens = tables(result.stdout).filter((t) => t.title.startsWith('generator at '));
    // One table per step: created, the first send, eight sends, the end.
    expect(gens).toHaveLength(11);
    for (const { offsets } of gens) {
      expect(offsets.get('ob_refcnt')).toBe(0);
      expect(offsets.get('ob_type')).toBe(8);
      for (const f of ['gi_frame', 'gi_running', 'gi_code', 'gi_weakreflist', 'gi_name', 'gi_qualname'] as const) expect(offsets.get(f)).toBe(off('PyGenObject', f));
      for (const f of ['exc_type', 'exc_value', 'exc_traceback', 'previous_item'] as const) {
        expect(offsets.get(`gi_exc_state.${f}`)).toBe(off('PyGenObject', 'gi_exc_state') + off('_PyErr_StackItem', f));
      }
    }
    const frames = tables(result.stdout).filter((t) => t.title.startsWith('frame at '));
    expect(frames.length).toBeGreaterThan(0);
    for (const { offsets } of frames) expect(offsets.get('f_lasti')).toBe(off('PyFrameObject', 'f_lasti'));
  });

  it('shows the generator\'s frame gone after the end', async () => {
    const { stdout } = await cli('walkthrough');
    expect(stdout).toContain('frame after end: None\n');
    expect(stdout).toMatch(/gi_frame +struct _frame \* +16 +0x[0-9a-f]+ +NULL/);
  });

  it('replays the coroutine walkthrough, or says what is missing', async () => {
    const result = await cli('walkthrough', 'coroutine');
    if (result.status !== 0) {
      expect(result.stderr).toMatch(/^corosim: not available yet: .+\n$/);
      return;
    }
    const lasti = result.stdout.split('\n').filter((line) => line.startsWith('index: '));
    expect(lasti).toEqual(seedLines('coro/seed_cor.out', /^index: /));
    const coros = tables(result.stdout).filter((t) => t.title.startsWith('coroutine at '));
    expect(coros.length).toBe(lasti.length);
    for (const { offsets } of coros) expect(offsets.get('cr_origin')).toBe(off('PyCoroObject', 'cr_origin'));
  });

  it('replays the async generator walkthrough, or says what is missing', async () => {
    const result = await cli('walkthrough', 'asyncgen');
    if (result.status !== 0) {
      expect(result.stderr).toMatch(/^corosim: not available yet: .+\n$/);
      return;
    }
    const lasti = result.stdout.split('\n').filter((line) => line.startsWith('lasti '));
    expect(lasti).toEqual(seedLines('asyncgen/seed_async_fib.out', /^lasti /));
    const agens = tables(result.stdout).filter((t) => t.title.startsWith('async_generator at '));
    expect(agens.length).toBeGreaterThan(0);
    for (const { offsets } of agens) {
      for (const f of ['ag_frame', 'ag_finalizer', 'ag_hooks_inited', 'ag_closed'] as const) expect(offsets.get(f)).toBe(off('PyAsyncGenObject', f));
    }
    const asends = tables(result.stdout).filter((t) => t.title.startsWith('async_generator_asend at '));
    expect(asends.length).toBe(5);
    for (const { offsets } of asends) expect(offsets.get('ags_state')).toBe(off('PyAsyncGenASend', 'ags_state'));
  });

  it('rejects an unknown walkthrough with one line and exit status 2', async () => {
    expect(await cli('walkthrough', 'frobnicate')).toEqual({
      status: 2,
      stdout: '',
      stderr: "corosim: unknown walkthrough 'frobnicate' (choose generator, coroutine or asyncgen)\n",
    });
  });

  it('is listed in --help', async () => {
    const { stdout } = await cli('--help');
    expect(stdout).toMatch(/^ {2}walkthrough \[options\] \[name\] /m);
  });
});

describe('corosim walkthrough --layout-dir', () => {
  it('draws every layout the walkthrough prints, the suspended fib generator with every PyGenObject field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corosim-walk-'));
    let stdout = '';
    const status = await main(['walkthrough', 'generator', '--layout-dir', dir], { stdout: (t) => (stdout += t), stderr: () => undefined });
    expect(status).toBe(0);
    const titles = stdout.split('\n').filter((line) => / at 0x[0-9a-f]+: Py\w+, \d+ bytes/.test(line));
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(titles.length);
    const suspended = readFileSync(join(dir, files[1] ?? ''), 'utf8');
    for (const [key, offset] of OFFSETS) {
      // ob_base is the PyObject header, drawn as its ob_refcnt and ob_type rows.
      if (!key.startsWith('PyGenObject.') || key.endsWith('gi_exc_state') || key.endsWith('ob_base')) continue;
      expect(suspended).toContain(`data-field="${key.slice('PyGenObject.'.length)}"`);
      expect(suspended).toMatch(new RegExp(`<text x="[\\d.]+" y="[\\d.]+" class="offset" text-anchor="end">${offset}</text>`));
    }
  });
});
