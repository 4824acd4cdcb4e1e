// Condition.notify, Semaphore and Queue(maxsize) compare their number arguments where CPython does: the TypeError of that comparison, and none while nothing is compared.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["number_args.py", "import asyncio\nasync def main():\n    c = asyncio.Condition()\n    async with c:\n        c.notify('x')\n        print('no waiters ok')\n    async def w():\n        async with c:\n            await c.wait()\n    t2 = asyncio.ensure_future(w())\n    await asyncio.sleep(0)\n    async with c:\n        try:\n            c.notify('x')\n        except TypeError as e:\n            print(e)\n        c.notify_all()\n    await t2\n    try:\n        asyncio.Semaphore('y')\n    except TypeError as e:\n        print(e)\n    q = asyncio.Queue(maxsize='x')\n    try:\n        q.full()\n    except TypeError as e:\n        print(e)\nasyncio.run(main())\n", "no waiters ok\n'>=' not supported between instances of 'int' and 'str'\n'<' not supported between instances of 'str' and 'int'\n'<=' not supported between instances of 'str' and 'int'\n", "", 0],
];

describeRecorded("number-arguments", cases);
