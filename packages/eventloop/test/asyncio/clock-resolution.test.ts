// loop._clock_resolution is an attribute a program sets (test_asyncio's TestLoop and the oracle's
// virtual loop do): timers due within it of the clock run in the same iteration.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["clock_resolution.py", "# loop._clock_resolution is an attribute a program may set: timers due within it of the clock run together\nimport asyncio\nloop = asyncio.new_event_loop()\nprint(loop._clock_resolution)\nloop._clock_resolution = 0.5\nprint(loop._clock_resolution)\nfor when in (1.0, 1.4, 1.6, 2.2):\n    loop.call_later(when, lambda w=when: print('timer', w, 'at', loop.time()))\nloop.call_later(3, loop.stop)\nloop.run_forever()\nloop._clock_resolution = 1\nprint(loop._clock_resolution, type(loop._clock_resolution).__name__)\nloop.close()\n", "1e-06\n0.5\ntimer 1.0 at 1.0\ntimer 1.4 at 1.0\ntimer 1.6 at 1.6\ntimer 2.2 at 2.2\n1 int\n", "", 0],
];

describeRecorded('loop._clock_resolution', cases);
