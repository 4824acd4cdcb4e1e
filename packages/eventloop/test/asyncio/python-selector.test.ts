// A loop whose selector is a Python object (BaseEventLoop with _selector and _process_events of its own).
// The oracle's clock moves only in its own selector, so under it such a loop never reaches a timer;
// real CPython spins until real time does, and corosim's clock jumps to the timer.
// Expected output recorded from CPython 3.8.18 run directly (PYTHONHASHSEED=0), not under the oracle's
// virtual clock, through the oracle's normalize.py, with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["stub_selector_waits.py", "# A BaseEventLoop whose stand-in selector returns no events at once (as test_asyncio's mock selectors do) still reaches its timers\nimport asyncio\n\n\nclass Selector:\n    def __init__(self):\n        self.timeouts = []\n\n    def select(self, timeout):\n        self.timeouts.append(timeout)\n        return ()\n\n\nloop = asyncio.BaseEventLoop()\nloop._process_events = lambda events: None\nloop._selector = Selector()\n\n\nasync def main():\n    t0 = loop.time()\n    await asyncio.sleep(0.01)\n    await asyncio.sleep(0)\n    return loop.time() - t0 >= 0.01\n\n\nprint(loop.run_until_complete(main()))\nprint(len(loop._selector.timeouts) > 2, loop._selector.timeouts[0], max(loop._selector.timeouts) <= 0.01)\nloop.close()\n", "True\nTrue 0 True\n", "", 0],
  ["subclass_run_once_waits.py", "# A BaseEventLoop subclass whose _run_once calls BaseEventLoop._run_once under run_until_complete, with a stand-in selector that returns at once, still reaches its timers\nimport asyncio\nfrom asyncio import base_events\n\n\nclass Selector:\n    def select(self, timeout):\n        return ()\n\n\nclass Loop(base_events.BaseEventLoop):\n    def __init__(self):\n        super().__init__()\n        self._selector = Selector()\n        self.n = 0\n\n    def _process_events(self, events):\n        pass\n\n    def _run_once(self):\n        self.n += 1\n        super()._run_once()\n\n\nloop = Loop()\n\n\nasync def main():\n    await asyncio.sleep(0.5)\n    return 'done'\n\nprint(loop.run_until_complete(main()), loop.n > 1)\nloop.close()\n", "done True\n", "", 0],
];

describeRecorded("python-selector", cases);
