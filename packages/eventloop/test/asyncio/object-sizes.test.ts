// sys.getsizeof of asyncio's objects as CPython 3.8 reports them: _asyncio's FutureObj (104) and TaskObj (144) plus the GC head, Handle/TimerHandle as instances with __slots__, the locks, queues and the loop as instances with __dict__ and __weakref__ (their heap blocks follow, and so do their addresses).
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["object_sizes.py", "# sys.getsizeof of asyncio's objects: the C structs of _asyncio (FutureObj 104, TaskObj 144), and\n# instances of Python classes (Handle and TimerHandle with __slots__, the others with __dict__).\nimport asyncio, sys\n\nasync def work():\n    await asyncio.sleep(0)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    t = asyncio.create_task(work())\n    objs = [\n        ('Future', loop.create_future()), ('Task', t), ('gather', asyncio.gather()),\n        ('Handle', loop.call_soon(print)), ('TimerHandle', loop.call_later(1, print)),\n        ('Lock', asyncio.Lock()), ('Event', asyncio.Event()), ('Semaphore', asyncio.Semaphore()),\n        ('BoundedSemaphore', asyncio.BoundedSemaphore()), ('Condition', asyncio.Condition()),\n        ('Queue', asyncio.Queue()), ('PriorityQueue', asyncio.PriorityQueue()), ('LifoQueue', asyncio.LifoQueue()),\n        ('loop', loop),\n    ]\n    for name, o in objs:\n        print(name, sys.getsizeof(o))\n    await asyncio.sleep(0)\n\nasyncio.run(main())\n", "Future 120\nTask 160\ngather 120\nHandle 96\nTimerHandle 112\nLock 48\nEvent 48\nSemaphore 48\nBoundedSemaphore 48\nCondition 48\nQueue 48\nPriorityQueue 48\nLifoQueue 48\nloop 48\n\n", "", 0],
];

describeRecorded('object-sizes', cases);
