// A hidden frame of CPython's asyncio in a traceback shows its source line, as CPython with its
// library installed does (runtime/print-exception.ts `displayLine`, asyncio-paths.ts `LINES`).
// The recorded cases drop library frames (normalize.py); this test keeps them. The expected line
// is line 81 of CPython 3.8's Lib/asyncio/events.py.
import { describe, expect, it } from 'vitest';
import { runMain } from '@corosim/vm';
import '../../src/asyncio/index.ts';

const PROGRAM = `import asyncio
async def main():
    asyncio.get_running_loop().call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
asyncio.run(main())
`;

describe('library frames in tracebacks', () => {
  it('show the source line of the asyncio frame that ran a failing callback', () => {
    let stderr = '';
    runMain(PROGRAM, { filename: 'cb.py', write: (stream, text) => { if (stream === 'stderr') stderr += text; } });
    const lines = stderr.split('\n');
    const at = lines.indexOf('  File "/usr/lib/python3.8/asyncio/events.py", line 81, in _run');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('    self._context.run(self._callback, *self._args)');
    expect(lines[at + 2]).toBe('  File "cb.py", line 3, in <lambda>');
  });
});
