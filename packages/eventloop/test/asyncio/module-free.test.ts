// The asyncio module's state dies with the module (its `m_free`): the policy's loop is freed at
// exit as CPython frees it with `asyncio.events`, checked with the reference-count debug mode.
import { describe, expect, it } from 'vitest';
import { runMain } from '@corosim/vm';
import '../../src/asyncio/index.ts';
import '@corosim/asyncgen-hooks';

function checked(source: string): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const outcome = runMain(source, {
    filename: 'free.py',
    checkRefcounts: true,
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  return { status: outcome.status === 'exited' ? outcome.exitCode : -1, stdout, stderr };
}

describe('asyncio module state', () => {
  it.each([
    ['the loop get_event_loop made', 'import asyncio\nloop = asyncio.get_event_loop()\nloop.run_until_complete(asyncio.sleep(1))\nprint(loop.time())\n'],
    ['a loop set and closed', 'import asyncio\nloop = asyncio.new_event_loop()\nasyncio.set_event_loop(loop)\nloop.call_soon(print, "soon")\nloop.call_later(1, loop.stop)\nloop.run_forever()\nloop.close()\n'],
  ])('lets go of %s at exit', (_name, source) => {
    const run = checked(source);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
