// PriorityQueue and LifoQueue are class statements in CPython 3.8: their dicts have __module__ and no __new__.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (run_scenario.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["queue_subclass_dicts.py", "# PriorityQueue and LifoQueue are class statements: __module__ in their dicts, no __new__ of their own\nimport asyncio, sys, weakref\nfor c in (asyncio.PriorityQueue, asyncio.LifoQueue):\n    print(c.__name__, sorted(k for k in vars(c) if k.startswith('__')))\nasync def main():\n    p = asyncio.PriorityQueue()\n    for x in (3, 1, 2): p.put_nowait(x)\n    l = asyncio.LifoQueue()\n    for x in (3, 1, 2): l.put_nowait(x)\n    print([p.get_nowait() for _ in range(3)], [l.get_nowait() for _ in range(3)], sys.getsizeof(p), weakref.ref(l)() is l)\n    class P(asyncio.PriorityQueue): pass\n    q = P(maxsize=2); q.put_nowait(5); print(q, q.qsize())\n    print(object.__new__(asyncio.LifoQueue).__class__.__name__)\nasyncio.run(main())\n", "PriorityQueue ['__doc__', '__module__']\nLifoQueue ['__doc__', '__module__']\n[1, 2, 3] [2, 1, 3] 48 True\n<P maxsize=2 _queue=[5] tasks=1> 1\nLifoQueue\n", "", 0],
];

describeRecorded("asyncio queue subclasses", cases);
