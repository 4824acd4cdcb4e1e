// asyncio's exception classes are class statements in CPython 3.8: they take weak references and their dicts have __module__ and __weakref__.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (run_scenario.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["asyncio_exc_weakref.py", "# asyncio's exception classes take weak references and have a class statement's dict\nimport asyncio, weakref, sys\nfor c in (asyncio.CancelledError, asyncio.TimeoutError, asyncio.InvalidStateError, asyncio.QueueEmpty, asyncio.QueueFull):\n    e = c('x')\n    r = weakref.ref(e)\n    print(c.__name__, c.__module__, c.__basicsize__, c.__weakrefoffset__, r() is e, sys.getsizeof(e), sorted(vars(c)))\ne = asyncio.CancelledError('gone')\nr = weakref.ref(e, lambda ref: print('callback, referent', ref()))\ndel e\nprint(r())\nclass Sub(asyncio.TimeoutError):\n    pass\ns = Sub()\nprint(weakref.ref(s)() is s, Sub.__basicsize__, '__weakref__' in vars(Sub))\nasync def main():\n    t = asyncio.ensure_future(asyncio.sleep(1))\n    await asyncio.sleep(0)\n    t.cancel()\n    try:\n        await t\n    except asyncio.CancelledError as c:\n        w = weakref.ref(c)\n        print('cancelled', w() is c)\nasyncio.run(main())\n", "CancelledError asyncio.exceptions 72 64 True 88 ['__doc__', '__module__', '__weakref__']\nTimeoutError asyncio.exceptions 72 64 True 88 ['__doc__', '__module__', '__weakref__']\nInvalidStateError asyncio.exceptions 72 64 True 88 ['__doc__', '__module__', '__weakref__']\nQueueEmpty asyncio.queues 72 64 True 88 ['__doc__', '__module__', '__weakref__']\nQueueFull asyncio.queues 72 64 True 88 ['__doc__', '__module__', '__weakref__']\ncallback, referent None\nNone\nTrue 72 False\ncancelled True\n", "", 0],
];

describeRecorded("asyncio exception classes", cases);
