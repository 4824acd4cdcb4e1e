// A task's TaskWakeupMethWrapper in reprs has an address, one per wait.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (run_scenario.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["wakeup_repr.py", "# a task waiting on a future shows its TaskWakeupMethWrapper with an address, the same in every repr of that wait\nimport asyncio\n\ndef wakeup_address(text):\n    return text.split('TaskWakeupMethWrapper object at ')[1].split('>')[0]\n\nasync def leaf():\n    await asyncio.sleep(1)\n    await asyncio.sleep(1)\n\nasync def main():\n    t = asyncio.ensure_future(leaf())\n    await asyncio.sleep(0)\n    first = wakeup_address(repr(t))\n    print(first.startswith('0x'), all(c in '0123456789abcdef' for c in first[2:]), len(first) > 3)\n    print(wakeup_address(repr(t._fut_waiter)) == first, wakeup_address(repr(t)) == first)\n    print(repr(t).replace(first, 'ADDR'))\n    await asyncio.sleep(1.5)\n    second = wakeup_address(repr(t))\n    print(second.startswith('0x'), wakeup_address(repr(t._fut_waiter)) == second)\n    t.cancel()\n    await asyncio.sleep(0)\n    print(t)\n    del t\n\nasyncio.run(main())\n", "True True True\nTrue True\n<Task pending name='Task-2' coro=<leaf() running at wakeup_repr.py:8> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at ADDR>()]>>\nTrue True\n<Task cancelled name='Task-2' coro=<leaf() done, defined at wakeup_repr.py:7>>\n", "", 0],
];

describeRecorded("task wakeup repr", cases);
