// asyncio.wrap_future without concurrent.futures: a future passes through, anything else fails the assertion.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py, with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["wrap_future.py", "# asyncio.wrap_future returns a future (or a duck-typed one) as it is, and asserts on anything else\nimport asyncio\nfrom asyncio import futures\nprint(asyncio.wrap_future is futures.wrap_future, asyncio.wrap_future.__module__, asyncio.wrap_future.__qualname__)\nloop = asyncio.new_event_loop()\nf = loop.create_future()\nprint(asyncio.wrap_future(f) is f, asyncio.wrap_future(f, loop=loop) is f)\nclass Duck:\n    _asyncio_future_blocking = False\n    def add_done_callback(self, *a): pass\n    def cancel(self): pass\n    def cancelled(self): return False\n    def done(self): return False\n    def result(self): pass\n    def exception(self): pass\nd = Duck()\nprint(asyncio.wrap_future(d) is d)\nfor bad in [1, 'x']:\n    try:\n        asyncio.wrap_future(bad)\n    except AssertionError as e:\n        print('AssertionError', e)\ntry:\n    asyncio.wrap_future()\nexcept TypeError as e:\n    print('TypeError', e)\ntry:\n    asyncio.wrap_future(f, 1)\nexcept TypeError as e:\n    print('TypeError', e)\nloop.close()\n", "True asyncio.futures wrap_future\nTrue True\nTrue\nAssertionError concurrent.futures.Future is expected, got 1\nAssertionError concurrent.futures.Future is expected, got 'x'\nTypeError wrap_future() missing 1 required positional argument: 'future'\nTypeError wrap_future() takes 1 positional argument but 2 were given\n", "", 0],
];

describeRecorded('wrap-future', cases);
