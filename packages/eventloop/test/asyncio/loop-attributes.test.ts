// loop._asyncgens: the async generators the loop tracks, as a WeakSet; loop._default_executor.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["asyncgens_attribute.py", "# Async generators across tasks: aclose, athrow, shutdown_asyncgens ordering, finalizer running in the loop\nimport asyncio\nasync def agen(name):\n    try:\n        for i in range(3):\n            yield f'{name}{i}'\n            await asyncio.sleep(0)\n    finally:\n        print('finally', name)\nasync def main():\n    g = agen('a')\n    print(await g.__anext__())\n    await g.aclose()\n    g2 = agen('b')\n    print(await g2.asend(None))\n    try:\n        await g2.athrow(ValueError('x'))\n    except ValueError as e:\n        print('athrow raised', e)\n    g3 = agen('c')\n    print(await g3.__anext__())\n    g4 = agen('d')\n    print(await g4.__anext__())\n    async for v in agen('e'):\n        print(v)\n    loop = asyncio.get_running_loop()\n    print(len(loop._asyncgens))\n    del g\nasyncio.run(main())\nprint('after run')\n", "a0\nfinally a\nb0\nfinally b\nathrow raised x\nc0\nd0\ne0\ne1\ne2\nfinally e\n4\nfinally c\nfinally d\nafter run\n", "", 0],
  ["loop_default_executor.py", "# loop._default_executor is None, as BaseEventLoop.__init__ sets it (test_asyncio's close_loop reads it)\nimport asyncio\nloop = asyncio.new_event_loop()\nprint(loop._default_executor)\nclass Sub(asyncio.BaseEventLoop):\n    pass\nprint(Sub()._default_executor)\nloop.close()\n", "None\nNone\n", "", 0],
];

describeRecorded("loop-attributes", cases);
