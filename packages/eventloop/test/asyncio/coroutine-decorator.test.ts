// @asyncio.coroutine on a function that is not a generator function: the coro wrapper of Lib/asyncio/coroutines.py.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["coroutine_plain_function.py", "# @asyncio.coroutine on a plain function: calls it lazily and awaits a future, generator or awaitable it returns\nimport asyncio\n@asyncio.coroutine\ndef not_gen(x):\n    \"doc\"\n    print('called', x)\n    return x + 1\n@asyncio.coroutine\ndef returns_future():\n    f = asyncio.get_running_loop().create_future()\n    asyncio.get_running_loop().call_later(1, f.set_result, 'fut')\n    return f\n@asyncio.coroutine\ndef returns_gen():\n    def g():\n        yield\n        return 'gen'\n    return g()\nclass Aw:\n    def __await__(self):\n        yield\n        return 'aw'\n@asyncio.coroutine\ndef returns_awaitable():\n    return Aw()\nasync def main():\n    c = not_gen(3)\n    print('made', type(c).__name__ in ('generator', 'coroutine'), c.__qualname__)\n    print(await c)\n    print(await returns_future(), await returns_gen(), await returns_awaitable())\n    print(not_gen.__name__, not_gen.__doc__, not_gen.__wrapped__.__name__, asyncio.iscoroutinefunction(not_gen))\n    print(asyncio.get_running_loop().time())\nasyncio.run(main())\n", "made True not_gen\ncalled 3\n4\nfut gen aw\nnot_gen doc not_gen True\n1.0\n", "coroutine_plain_function.py:4: DeprecationWarning: \"@coroutine\" decorator is deprecated since Python 3.8, use \"async def\" instead\n  def not_gen(x):\ncoroutine_plain_function.py:9: DeprecationWarning: \"@coroutine\" decorator is deprecated since Python 3.8, use \"async def\" instead\n  def returns_future():\ncoroutine_plain_function.py:14: DeprecationWarning: \"@coroutine\" decorator is deprecated since Python 3.8, use \"async def\" instead\n  def returns_gen():\ncoroutine_plain_function.py:24: DeprecationWarning: \"@coroutine\" decorator is deprecated since Python 3.8, use \"async def\" instead\n  def returns_awaitable():\n", 0],
];

describe("asyncio.coroutine", () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
