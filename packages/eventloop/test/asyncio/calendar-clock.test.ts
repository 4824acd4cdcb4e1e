// time's calendar functions read the virtual clock the loop advances: the asyncio tutorial's
// timing example (with the time passed explicitly, as CPython reads the host clock otherwise).
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["virtual_clock_calendar.py", "# the asyncio tutorial's timing example, on the virtual clock: the calendar reads the same clock\nimport asyncio\nimport time\n\nasync def say_after(delay, what):\n    await asyncio.sleep(delay)\n    print(what)\n\ndef stamp():\n    return time.strftime('%X', time.localtime(time.time()))\n\nasync def main():\n    print(f\"started at {stamp()}\")\n    await say_after(1, 'hello')\n    await say_after(2, 'world')\n    print(f\"finished at {stamp()}\", time.ctime(time.time()), time.gmtime(time.time())[3:6])\n    time.sleep(3600 * 25 + 61)\n    print(stamp(), time.strftime('%c', time.localtime(time.time())))\n\nasyncio.run(main())\n", "started at 00:00:00\nhello\nworld\nfinished at 00:00:03 Thu Jan  1 00:00:03 1970 (0, 0, 3)\n01:01:04 Fri Jan  2 01:01:04 1970\n", "", 0],
];

describeRecorded('calendar on the virtual clock', cases);
