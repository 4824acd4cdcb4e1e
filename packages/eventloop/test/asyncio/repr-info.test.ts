// Future and Task reprs come from their _repr_info() method, which subclasses may override.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock, through the
// oracle's normalize.py (addresses, frames of other files).
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["repr_info_override.py", "# Future and Task reprs are built from the _repr_info() method, which subclasses may override\nimport asyncio\n\nclass MyFuture(asyncio.Future):\n    def _repr_info(self):\n        info = super()._repr_info()\n        info.append('extra=1')\n        return info\n\nclass MyTask(asyncio.Task):\n    def _repr_info(self):\n        return ['custom', 'task']\n\nclass BadInfo(asyncio.Future):\n    def _repr_info(self):\n        return ['ok', 5]\n\nasync def work():\n    await asyncio.sleep(0.1)\n    return 'w'\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    f = loop.create_future()\n    print(f._repr_info(), type(f._repr_info()).__name__)\n    mf = MyFuture()\n    print(mf, repr(mf))\n    mf.set_result(3)\n    print(mf)\n    t = asyncio.create_task(work())\n    print(t._repr_info())\n    mt = MyTask(work())\n    print(mt, [mt])\n    print(await mt, mt)\n    try:\n        repr(BadInfo())\n    except TypeError as e:\n        print('TypeError', e)\n    g = asyncio.gather(work())\n    print(g)\n    await g\n    await t\n\nasyncio.run(main())\n", "['pending'] list\n<MyFuture pending extra=1> <MyFuture pending extra=1>\n<MyFuture finished result=3 extra=1>\n['pending', \"name='Task-2'\", 'coro=<work() running at repr_info_override.py:18>']\n<MyTask custom task> [<MyTask custom task>]\nw <MyTask custom task>\nTypeError sequence item 1: expected str instance, int found\n<_GatheringFuture pending>\n", "", 0],
];

describeRecorded("_repr_info", cases);
