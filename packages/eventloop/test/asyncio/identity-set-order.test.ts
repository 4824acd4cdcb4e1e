// Sets of objects hashed by identity iterate in CPython's order when their addresses' low bits are CPython's: pymalloc's pools start as the reference harness leaves them (vm heap/start-pools.generated.ts), and the modules it imported before the program take no blocks of them.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (run_scenario.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["wait_done_order.py", "# asyncio.wait gives back its done set, and all_tasks() its tasks, in the order CPython iterates them (by address)\nimport asyncio\nx0 = None\nx1 = 1\nasync def job(i):\n    await asyncio.sleep(i % 3)\n    return i\n\nasync def main():\n    tasks = [asyncio.create_task(job(i)) for i in range(6)]\n    done, pending = await asyncio.wait(tasks)\n    print([t.result() for t in done])\n    gens = [asyncio.create_task(asyncio.sleep(100 + i)) for i in range(6)]\n    await asyncio.sleep(0)\n    print(sorted(asyncio.all_tasks(), key=id) == list(asyncio.all_tasks()) or [t.get_name() for t in asyncio.all_tasks()])\n\nasyncio.run(main())\n", "[4, 1, 5, 2, 3, 0]\n['Task-9', 'Task-12', 'Task-10', 'Task-13', 'Task-1', 'Task-11', 'Task-8']\n", "", 0],
  ["agen_set_order.py", "# Async generators left open close in the order of the loop's weak set of them\nimport asyncio\n\nasync def gen(i):\n    try:\n        yield i\n        yield i\n    finally:\n        print('close', i)\n\nkeep = []\n\nasync def main():\n    for i in range(7):\n        g = gen(i)\n        keep.append(g)\n        await g.__anext__()\n\nasyncio.run(main())\n", "close 5\nclose 2\nclose 6\nclose 3\nclose 0\nclose 4\nclose 1\n", "", 0],
];

describeRecorded("identity-set-order", cases);
