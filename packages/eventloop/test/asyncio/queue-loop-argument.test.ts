// Queue(loop=loop) warns for its argument, then its Event(loop=loop) warns from queues.py:48.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["queue_loop_argument.py", "# Queue(loop=loop) warns twice: for its own argument and from queues.py's Event(loop=loop)\nimport asyncio, warnings\nasync def main():\n    loop = asyncio.get_running_loop()\n    asyncio.Queue(loop=loop)\n    print('default filters')\n    warnings.simplefilter('always')\n    q = asyncio.Queue(loop=loop)\n    print(q._finished.is_set())\n    with warnings.catch_warnings(record=True) as w:\n        warnings.simplefilter('always')\n        asyncio.LifoQueue(loop=loop)\n    print([(x.filename.split('/')[-1], x.lineno, x.category.__name__) for x in w])\nasyncio.run(main())\n", "default filters\nTrue\n[('queue_loop_argument.py', 12, 'DeprecationWarning'), ('queues.py', 48, 'DeprecationWarning')]\n", "queue_loop_argument.py:5: DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.\n  asyncio.Queue(loop=loop)\nqueue_loop_argument.py:8: DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.\n  q = asyncio.Queue(loop=loop)\n/usr/lib/python3.8/asyncio/queues.py:48: DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.\n  self._finished = locks.Event(loop=loop)\n", 0],
];

describeRecorded("Queue loop argument", cases);
