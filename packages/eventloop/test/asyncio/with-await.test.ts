// `_ContextManagerMixin`, the base of the primitives, and `with await lock` and `with (yield from lock)`: the deprecated forms, their DeprecationWarning and `_ContextManager`.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["with_await.py", "import asyncio, types\nasync def main():\n    l = asyncio.Lock()\n    with await l:\n        print('held', l.locked())\n    print(l.locked())\n    s = asyncio.Semaphore(1)\n    with await s:\n        print('sem', s.locked())\n    cm = await l\n    print(type(cm).__name__, type(cm).__module__)\n    with cm:\n        pass\n    try:\n        with cm:\n            pass\n    except AttributeError as e:\n        print(e)\n    @types.coroutine\n    def old():\n        with (yield from l):\n            print('yield from', l.locked())\n    await old()\n    t = asyncio.ensure_future(l)\n    cm = await t\n    print(l.locked())\n    l.release()\nasyncio.run(main())\n", "held True\nFalse\nsem True\n_ContextManager asyncio.locks\n'NoneType' object has no attribute 'release'\nyield from True\nTrue\n", "with_await.py:4: DeprecationWarning: 'with await lock' is deprecated use 'async with lock' instead\n  with await l:\nwith_await.py:8: DeprecationWarning: 'with await lock' is deprecated use 'async with lock' instead\n  with await s:\nwith_await.py:10: DeprecationWarning: 'with await lock' is deprecated use 'async with lock' instead\n  cm = await l\nwith_await.py:21: DeprecationWarning: 'with (yield from lock)' is deprecated use 'async with lock' instead\n  with (yield from l):\n", 0],
  ["mixin_mro.py", "import asyncio\nfor cls in (asyncio.Lock, asyncio.Semaphore, asyncio.BoundedSemaphore, asyncio.Condition):\n    print(cls.__mro__)\n    print('__aenter__' in cls.__dict__, '__aenter__' in cls.__mro__[-2].__dict__)\nprint(asyncio.Lock.__aenter__.__qualname__ if hasattr(asyncio.Lock.__aenter__, '__qualname__') else '')\ntry:\n    with asyncio.Lock():\n        pass\nexcept RuntimeError as e:\n    print(e)\n", "(<class 'asyncio.locks.Lock'>, <class 'asyncio.locks._ContextManagerMixin'>, <class 'object'>)\nFalse True\n(<class 'asyncio.locks.Semaphore'>, <class 'asyncio.locks._ContextManagerMixin'>, <class 'object'>)\nFalse True\n(<class 'asyncio.locks.BoundedSemaphore'>, <class 'asyncio.locks.Semaphore'>, <class 'asyncio.locks._ContextManagerMixin'>, <class 'object'>)\nFalse True\n(<class 'asyncio.locks.Condition'>, <class 'asyncio.locks._ContextManagerMixin'>, <class 'object'>)\nFalse True\n_ContextManagerMixin.__aenter__\n\"yield from\" should be used as context manager expression\n", "", 0],
];

describe("with-await", () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
