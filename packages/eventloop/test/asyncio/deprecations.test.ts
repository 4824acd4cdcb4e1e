// The deprecations of 3.8: the `loop=` arguments (warned where CPython's stacklevel points), `@asyncio.coroutine`; and the argument errors of sleep, wait and wait_for raised when the coroutine runs.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["deprecated_loop_arg.py", "import asyncio\n@asyncio.coroutine\ndef old():\n    r = yield from asyncio.sleep(0, 'old')\n    return r\nasync def main():\n    loop = asyncio.get_running_loop()\n    print(await old())\n    print(asyncio.iscoroutinefunction(old), asyncio.iscoroutine(old()))\n    await asyncio.sleep(0.1, loop=loop)\n    await asyncio.wait([asyncio.sleep(0)], loop=loop)\n    await asyncio.wait_for(asyncio.sleep(0), 1, loop=loop)\n    for x in asyncio.as_completed([asyncio.sleep(0)], loop=loop):\n        await x\n    await asyncio.shield(asyncio.sleep(0), loop=loop)\n    t = asyncio.ensure_future(asyncio.wait_for(asyncio.sleep(0), 1, loop=loop))\n    await t\nasyncio.run(main())\n", "old\nTrue True\n", "deprecated_loop_arg.py:3: DeprecationWarning: \"@coroutine\" decorator is deprecated since Python 3.8, use \"async def\" instead\n  def old():\ndeprecated_loop_arg.py:10: DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.\n  await asyncio.sleep(0.1, loop=loop)\ndeprecated_loop_arg.py:11: DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.\n  await asyncio.wait([asyncio.sleep(0)], loop=loop)\ndeprecated_loop_arg.py:12: DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.\n  await asyncio.wait_for(asyncio.sleep(0), 1, loop=loop)\ndeprecated_loop_arg.py:13: DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.\n  for x in asyncio.as_completed([asyncio.sleep(0)], loop=loop):\ndeprecated_loop_arg.py:15: DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.\n  await asyncio.shield(asyncio.sleep(0), loop=loop)\n", 0],
  ["lazy_arg_errors.py", "import asyncio\nasync def main():\n    s = asyncio.sleep('x')\n    w = asyncio.wait(asyncio.sleep(0))\n    wf = asyncio.wait_for(asyncio.sleep(0), 'y')\n    e = asyncio.wait([])\n    for c in (s, w, wf, e):\n        try:\n            await c\n        except (TypeError, ValueError) as ex:\n            print(type(ex).__name__, ex)\n    lazy = asyncio.sleep('never awaited')\n    del lazy\n    print('end')\nasyncio.run(main())\n", "TypeError '<=' not supported between instances of 'str' and 'int'\nTypeError expect a list of futures, not coroutine\nTypeError '<=' not supported between instances of 'str' and 'int'\nValueError Set of coroutines/Futures is empty.\nend\n", "lazy_arg_errors.py:11: RuntimeWarning: coroutine 'sleep' was never awaited\n  print(type(ex).__name__, ex)\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\nlazy_arg_errors.py:13: RuntimeWarning: coroutine 'sleep' was never awaited\n  del lazy\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n", 0],
];

describe("deprecations", () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
