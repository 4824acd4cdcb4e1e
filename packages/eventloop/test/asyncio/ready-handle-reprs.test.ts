// loop._ready shows the handles of natively queued steps and done callbacks as CPython's.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (run_scenario.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["ready_handles.py", "# loop._ready shows a task's step as its TaskStepMethWrapper and a done callback with its source and future, as CPython's handles\nimport asyncio\n\nasync def w():\n    await asyncio.sleep(0)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    t = loop.create_task(w())\n    print(list(loop._ready))\n    await asyncio.sleep(0)\n    print(list(loop._ready), t)\n    f = loop.create_future()\n    t2 = loop.create_task(asyncio.wait([f]))\n    await asyncio.sleep(0)\n    f.set_result(1)\n    print(list(loop._ready))\n    await t2\n    g = loop.create_future()\n    t3 = loop.create_task(asyncio.sleep(0.5))\n    t4 = asyncio.ensure_future(g)\n    g.add_done_callback(print)\n    g.set_result(2)\n    print(list(loop._ready))\n    await t3\n\nasyncio.run(main())\n", "[<Handle <TaskStepMethWrapper object at 0x?>()>]\n[<Handle <TaskStepMethWrapper object at 0x?>()>] <Task pending name='Task-2' coro=<w() running at ready_handles.py:5>>\n[<Handle _wait.<locals>._on_completion(<Future finished result=1>) at /usr/lib/python3.8/asyncio/tasks.py:518>]\n[<Handle <TaskStepMethWrapper object at 0x?>()>, <Handle print(<Future finished result=2>)>]\n<Future finished result=2>\n", "", 0],
];

describeRecorded("ready handle reprs", cases);
