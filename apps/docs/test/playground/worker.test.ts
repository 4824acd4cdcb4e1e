import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_PROGRAM } from '../../src/playground/example.ts';
import type { DoneMessage, RunRequest, WorkerMessage } from '../../src/playground/protocol.ts';

/** The worker's message listener, caught when its module registers it on the global scope. */
let listener: ((event: { readonly data: unknown }) => void) | null = null;
let sent: WorkerMessage[] = [];

beforeAll(async () => {
  vi.stubGlobal('addEventListener', (type: string, handler: (event: { readonly data: unknown }) => void) => {
    if (type === 'message') listener = handler;
  });
  vi.stubGlobal('postMessage', (message: WorkerMessage) => {
    sent.push(message);
  });
  await import('../../src/playground/worker.ts');
});

afterAll(() => {
  vi.unstubAllGlobals();
});

/** Runs `source` through the worker's listener, as the page's `postMessage` would. */
function run(source: string, memory = false): { output: string; stderr: string; timeline: string[]; svgs: string[]; done: DoneMessage } {
  sent = [];
  const request: RunRequest = { type: 'run', source, memory };
  if (listener === null) throw new Error('the worker registered no message listener');
  listener({ data: request });
  const done = sent.at(-1);
  if (done?.type !== 'done') throw new Error(`the run ended with ${JSON.stringify(done)}`);
  return {
    output: sent.flatMap((m) => (m.type === 'output' ? [m.text] : [])).join(''),
    stderr: sent.flatMap((m) => (m.type === 'output' && m.stream === 'stderr' ? [m.text] : [])).join(''),
    timeline: sent.flatMap((m) => (m.type === 'timeline' ? m.lines : [])),
    svgs: sent.flatMap((m) => (m.type === 'layout' ? [m.svg] : [])),
    done,
  };
}

describe('the playground worker', () => {
  it('runs the example: output, the trace timeline and a diagram per corosim.layout call', () => {
    const result = run(EXAMPLE_PROGRAM);
    expect(result.done).toMatchObject({ exitCode: 0, layouts: 2, unsupported: null });
    expect(result.output).toContain('first: 3  f_lasti: 10\n');
    expect(result.output).toContain("results: ['A', 'B']\n");
    expect(result.timeline[0]).toBe('[t=  0.000] call       <module>  main.py:4  depth=1');
    expect(result.timeline).toContain('[t=  1.000] clock-advanced 0.000 -> 1.000');
    expect(result.timeline.some((line) => / alloc /.test(line))).toBe(false);
    expect(result.done.timelineEvents).toBe(result.timeline.length);
    expect(result.svgs).toHaveLength(2);
    expect(result.svgs[0]).toContain('PyGenObject');
    expect(result.svgs[1]).toContain('PyCoroObject');
  });

  it('includes the heap events when asked', () => {
    const result = run('x = [1, 2]\n', true);
    expect(result.timeline.some((line) => /^\[t= {2}0\.000\] alloc {6}list /.test(line))).toBe(true);
  });

  it('shows a traceback on stderr and exit status 1', () => {
    const result = run('def g():\n    yield 1 / 0\n\nnext(g())\n');
    expect(result.done.exitCode).toBe(1);
    expect(result.stderr).toContain('  File "main.py", line 2, in g\n');
    expect(result.stderr.endsWith('ZeroDivisionError: division by zero\n')).toBe(true);
  });

  it('stops a program that never ends at the instruction budget', () => {
    const result = run('while True:\n    pass\n');
    expect(result.done.exitCode).toBe(124);
    expect(result.stderr).toMatch(/^corosim: the program ran more than 200000000 instructions and was stopped/);
  }, 120_000);
});
