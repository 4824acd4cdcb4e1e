import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/program.ts';

async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'corosim-trace-'));
const gen = join(dir, 'gen.py');
writeFileSync(gen, 'def g():\n    yield 1\n    yield 2\n\nfor x in g():\n    print(x)\n');
const sleeper = join(dir, 'sleeper.py');
writeFileSync(sleeper, 'import asyncio\n\nasync def main():\n    await asyncio.sleep(3)\n\nasyncio.run(main())\n');

describe('corosim trace', () => {
  // The first command loads the whole VM through vitest's transform, seconds on a busy machine:
  // done before the tests, whose own timeouts are for running a trace.
  beforeAll(() => import('../src/commands/trace.ts'), 60_000);

  it("prints a generator's calls, yields and resumes interleaved with its output", async () => {
    const result = await cli('trace', gen);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout.split('\n')).toEqual([
      `[t=  0.000] call       <module>  ${gen}:1  depth=1`,
      `[t=  0.000] call       g  ${gen}:1  depth=2`,
      '[t=  0.000] yield      g  lasti=2',
      '1',
      '[t=  0.000] resume     g  lasti=2',
      '[t=  0.000] yield      g  lasti=8',
      '2',
      '[t=  0.000] resume     g  lasti=8',
      '[t=  0.000] return     g  depth=2',
      '[t=  0.000] return     <module>  depth=1',
      '',
    ]);
  });

  it('filters with --only and prints JSON lines with --json', async () => {
    const result = await cli('trace', '--json', '--only', 'yield', gen);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      '{"t":0,"task":null,"source":"vm","kind":"yield","qualname":"g","lasti":2}\n1\n' +
        '{"t":0,"task":null,"source":"vm","kind":"yield","qualname":"g","lasti":8}\n2\n',
    );
  });

  it('leaves alloc and free out unless --memory', async () => {
    expect((await cli('trace', gen)).stdout).not.toMatch(/alloc|free/);
    const withMemory = (await cli('trace', '--memory', gen)).stdout;
    expect(withMemory).toMatch(/^\[t= {2}0\.000\] alloc {6}list {2}0x[0-9a-f]+ {2}size=\d+$/m);
    expect(withMemory).toMatch(/^\[t= {2}0\.000\] free {7}\w+ {2}0x[0-9a-f]+$/m);
  });

  it('shows the loop and the running task in virtual time for asyncio programs', async () => {
    const result = await cli('trace', '--only', 'call,task-step,clock-advanced,task-done', sleeper);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => !/ call {7}[_<]/.test(line))).toEqual([
      '[t=  0.000] task Task-1  task-step  Task-1',
      // asyncio.run is a level of its own, as its Python frame is in CPython.
      `[t=  0.000] task Task-1  call       main  ${sleeper}:3  depth=3`,
      '[t=  3.000] clock-advanced 0.000 -> 3.000',
      '[t=  3.000] task Task-1  task-step  Task-1',
      '[t=  3.000] task Task-1  task-done  Task-1  return',
      // asyncio.run's shutdown_asyncgens() runs as a task of its own.
      '[t=  3.000] task Task-2  task-step  Task-2',
      '[t=  3.000] task Task-2  task-done  Task-2  return',
      '',
    ]);
  });

  it('rejects an unknown kind as a usage error', async () => {
    const result = await cli('trace', '--only', 'cal', gen);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^corosim: unknown event kind 'cal' \(choose from call, return/);
  });
});
