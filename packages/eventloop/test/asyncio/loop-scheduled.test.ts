// loop._scheduled is a list of the TimerHandles on the timer heap, in CPython's heap order: the
// ones call_later/call_at returned, and handles standing for the loop's own timers.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["loop_scheduled.py", "# loop._scheduled lists the timer heap's handles in heap order, the cancelled ones until they are swept\nimport asyncio\nloop = asyncio.new_event_loop()\nprint(loop._scheduled)\nh1 = loop.call_later(2, print, 'two')\nh2 = loop.call_later(1, print, 'one')\nh3 = loop.call_at(loop.time() + 3, print, 'three')\nprint(len(loop._scheduled), [h is x for h, x in zip((h2, h1, h3), loop._scheduled)], loop._scheduled[0] is h2)\nh1.cancel()\nprint(len(loop._scheduled), h1 in loop._scheduled)\nasync def s():\n    await asyncio.sleep(5)\nt = loop.create_task(s())\nloop.run_until_complete(asyncio.sleep(0))\nprint(len(loop._scheduled), [type(x).__name__ for x in loop._scheduled])\nprint(loop._scheduled[-1].when() == 5.0 + 0, loop._scheduled[-1].cancelled())\nloop.run_until_complete(t)\nprint(loop._scheduled, loop._ready)\nloop.close()\n", "[]\n3 [True, True, True] True\n3 True\n4 ['TimerHandle', 'TimerHandle', 'TimerHandle', 'TimerHandle']\nTrue False\none\nthree\n[] deque([])\n", "", 0],
];

describeRecorded('loop._scheduled', cases);
