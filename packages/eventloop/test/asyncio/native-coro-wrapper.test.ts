// A native coroutine's __await__() returns a coroutine_wrapper driving it: a plain generator can yield from it.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["native_await_iter.py", "# asyncio.sleep(...).__await__() is a coroutine_wrapper a plain generator can yield from\nimport asyncio\n\nclass Aw:\n    def __init__(self, d):\n        self.d = d\n    def __await__(self):\n        r = yield from asyncio.sleep(self.d, 'slept %s' % self.d).__await__()\n        return r.upper()\n\nclass Direct:\n    def __await__(self):\n        return asyncio.sleep(0.2, 'direct').__await__()\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    c = asyncio.sleep(0)\n    w = c.__await__()\n    print(type(w).__name__, type(w) is type(c.__await__()), w is not c)\n    print(iter(w) is w, hasattr(w, 'send'), hasattr(w, 'throw'), hasattr(w, 'close'))\n    print(list(w))\n    try:\n        next(w)\n    except RuntimeError as e:\n        print('RuntimeError', e)\n    print(await Aw(0.5), loop.time())\n    print(await Direct(), loop.time())\n    print(await asyncio.ensure_future(Aw(1)), loop.time())\n    w2 = asyncio.sleep(1).__await__()\n    fut = w2.send(None)\n    print(type(fut).__name__)\n    try:\n        w2.throw(KeyError('thrown'))\n    except KeyError as e:\n        print('KeyError', e)\n    w3 = asyncio.sleep(1).__await__()\n    next(w3)\n    w3.close()\n    print('closed')\n\nasyncio.run(main())\n", "coroutine_wrapper True True\nTrue True True True\n[None]\nRuntimeError cannot reuse already awaited coroutine\nSLEPT 0.5 0.5\ndirect 0.7\nSLEPT 1 1.7\nFuture\nKeyError 'thrown'\nclosed\n", "", 0],
];

describeRecorded("native coroutine_wrapper", cases);
