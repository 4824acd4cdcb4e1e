// loop.set_task_factory / get_task_factory, and Task.__init__ run again on a finished task.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["task_factory.py", "import asyncio\nclass MyTask(asyncio.Task):\n    pass\nasync def c():\n    return 5\nasync def main():\n    loop = asyncio.get_running_loop()\n    loop.set_task_factory(lambda loop, coro: MyTask(coro, loop=loop))\n    t = asyncio.ensure_future(c())\n    print(type(t).__name__, loop.get_task_factory() is not None)\n    print(await t)\n    t2 = loop.create_task(c(), name='named')\n    print(t2.get_name(), await t2)\n    loop.set_task_factory(None)\n    print(type(asyncio.ensure_future(c())).__name__)\n    try:\n        loop.set_task_factory(5)\n    except TypeError as e:\n        print(e)\n    asyncio.Task.__init__(t, c())\n    print(t.done())\n    print(await t)\nasyncio.run(main())\n", "MyTask True\n5\nnamed 5\nTask\ntask factory must be a callable or None\nFalse\n5\n", "", 0],
];

describeRecorded("task-factory", cases);
