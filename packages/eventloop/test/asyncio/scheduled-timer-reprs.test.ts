// loop._scheduled shows the timers asyncio sets natively as CPython's TimerHandles.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (run_scenario.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["scheduled_timer_reprs.py", "# loop._scheduled shows the timers of sleep, wait's timeout and as_completed's timeout with their callbacks' source, as CPython's TimerHandles\nimport asyncio\n\ndef show(loop):\n    for h in sorted(loop._scheduled, key=lambda h: h.when()):\n        s = repr(h)\n        rest = s[s.index(' ', s.index('when=')) + 1:]\n        print(round(h.when() - loop.time(), 3), rest[:rest.index('(')], rest[rest.rindex('/') + 1:], \"'r')\" in s)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    t = asyncio.ensure_future(asyncio.sleep(1, 'r'))\n    await asyncio.sleep(0)\n    show(loop)\n    t.cancel()\n    await asyncio.sleep(0)\n    f = loop.create_future()\n    t2 = asyncio.ensure_future(asyncio.wait([f], timeout=2))\n    await asyncio.sleep(0)\n    show(loop)\n    t2.cancel()\n    await asyncio.sleep(0)\n    async def g():\n        await asyncio.sleep(5)\n    it = asyncio.as_completed([g()], timeout=3)\n    t3 = asyncio.ensure_future(next(it))\n    await asyncio.sleep(0)\n    show(loop)\n    t3.cancel()\n    await asyncio.sleep(0)\n\nasyncio.run(main())\n", "1.0 _set_result_unless_cancelled futures.py:284> True\n2.0 _release_waiter tasks.py:429> False\n3.0 as_completed.<locals>._on_timeout tasks.py:600> False\n5.0 _set_result_unless_cancelled futures.py:284> False\n", "", 0],
];

describeRecorded("scheduled timer reprs", cases);
