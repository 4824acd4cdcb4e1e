// as_completed left after its first result: its callbacks keep the queue alive (it was used after being freed); wait and shield of done futures; an async generator closed by a cancelled task.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["abandoned_as_completed.py", "import asyncio\nasync def sl(x, r=None):\n    await asyncio.sleep(x)\n    return r\nasync def agen():\n    try:\n        for i in range(10):\n            yield i\n            await asyncio.sleep(1)\n    finally:\n        print('agen finally', asyncio.get_running_loop().time())\nasync def consume():\n    async for x in agen():\n        print('x', x)\nasync def main():\n    t = asyncio.ensure_future(consume())\n    await asyncio.sleep(2.5)\n    t.cancel()\n    try:\n        await t\n    except asyncio.CancelledError:\n        print('consume cancelled')\n    it = asyncio.as_completed([sl(1, 'a'), sl(2, 'b'), sl(3, 'c')])\n    print(await next(it))\n    del it\n    await asyncio.sleep(5)\n    done, pending = await asyncio.wait([asyncio.ensure_future(sl(0, 1))], return_when=asyncio.FIRST_COMPLETED)\n    print(len(done), len(pending))\n    f = asyncio.get_running_loop().create_future()\n    f.set_result(1)\n    done, pending = await asyncio.wait([f], timeout=5)\n    print(len(done), len(pending), asyncio.get_running_loop().time())\n    r = await asyncio.shield(f)\n    print(r)\n    async def raiser():\n        raise ValueError('in shield')\n    try:\n        await asyncio.shield(raiser())\n    except ValueError as e:\n        print('shield raised', e)\nasyncio.run(main())\n", "x 0\nx 1\nx 2\nagen finally 2.5\nconsume cancelled\na\n1 0\n1 0 8.5\n1\nshield raised in shield\n", "", 0],
];

describe("as-completed", () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
