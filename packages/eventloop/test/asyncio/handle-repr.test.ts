// Handle and TimerHandle reprs: `when` as a Python float, and no callback once cancelled.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock.
import { expect, it } from 'vitest';
import { runMain } from '@corosim/vm';
import '../../src/asyncio/index.ts';
import '@corosim/asyncgen-hooks';

it('shows handles as asyncio.events does', () => {
  let out = '';
  runMain("import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    h = loop.call_later(0.15, print, \"x\"); print(h); h.cancel(); print(h)\n    h2 = loop.call_later(2, print, \"y\"); print(h2)\n    h3 = loop.call_soon(print, \"z\"); print(h3); h3.cancel(); print(h3)\n    h2.cancel()\nasyncio.run(main())\n", { filename: 'handles.py', write: (_, t) => (out += t), checkRefcounts: true });
  expect(out).toBe("<TimerHandle when=0.15 print('x')>\n<TimerHandle cancelled when=0.15>\n<TimerHandle when=2.0 print('y')>\n<Handle print('z')>\n<Handle cancelled>\n");
});
