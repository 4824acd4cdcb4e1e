// asyncio.wait(): return_when=FIRST_EXCEPTION asks a finished future for its exception() (marking it retrieved) unless it is the last one; the other modes never do, so their failures are logged when freed.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["wait_first_exception.py", "import asyncio\n\nclass Fut(asyncio.Future):\n    def exception(self):\n        print('Fut.exception called')\n        return super().exception()\n\nasync def bad(n, delay):\n    await asyncio.sleep(delay)\n    raise ValueError(n)\n\nasync def good(delay):\n    await asyncio.sleep(delay)\n    return delay\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    # The first failure ends the wait: its exception() is called, so it is retrieved.\n    t = asyncio.create_task(bad(1, 0))\n    done, pending = await asyncio.wait([t, asyncio.create_task(good(1))], return_when=asyncio.FIRST_EXCEPTION)\n    print(len(done), len(pending))\n    await asyncio.wait(pending)\n    # The last future to finish is never asked (counter <= 0 comes first): logged when freed.\n    t = asyncio.create_task(bad(2, 0.5))\n    await asyncio.wait([asyncio.create_task(good(0.1)), t], return_when=asyncio.FIRST_EXCEPTION)\n    del t\n    # ALL_COMPLETED and FIRST_COMPLETED never call exception(): logged when freed.\n    t = asyncio.create_task(bad(3, 0))\n    await asyncio.wait([t], return_when=asyncio.FIRST_COMPLETED)\n    del t\n    t = asyncio.create_task(bad(4, 0))\n    await asyncio.wait([t, asyncio.create_task(good(0.2))])\n    del t\n    # A Future subclass: its own exception() is what wait calls.\n    f = Fut()\n    loop.call_later(0.1, f.set_exception, KeyError(5))\n    await asyncio.wait([f, asyncio.create_task(good(1))], return_when=asyncio.FIRST_EXCEPTION)\n    del f\n    print('end')\n\nasyncio.run(main())\n", "1 1\nFut.exception called\nend\n", "Task exception was never retrieved\nfuture: <Task finished name='Task-4' coro=<bad() done, defined at wait_first_exception.py:8> exception=ValueError(2)>\nTraceback (most recent call last):\n  File \"wait_first_exception.py\", line 10, in bad\n    raise ValueError(n)\nValueError: 2\nTask exception was never retrieved\nfuture: <Task finished name='Task-6' coro=<bad() done, defined at wait_first_exception.py:8> exception=ValueError(3)>\nTraceback (most recent call last):\n  File \"wait_first_exception.py\", line 10, in bad\n    raise ValueError(n)\nValueError: 3\nTask exception was never retrieved\nfuture: <Task finished name='Task-7' coro=<bad() done, defined at wait_first_exception.py:8> exception=ValueError(4)>\nTraceback (most recent call last):\n  File \"wait_first_exception.py\", line 10, in bad\n    raise ValueError(n)\nValueError: 4\n", 0],
];

describe('wait', () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
