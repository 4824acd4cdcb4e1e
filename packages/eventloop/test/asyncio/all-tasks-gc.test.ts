// all_tasks() is a WeakSet in CPython: a pending task the cycle collector frees leaves it before
// its finalizer reports it, so a handler keeping the task alive does not put it back.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["all_tasks_gc.py", "# a pending task the collector frees leaves all_tasks() even when its \"destroyed\" report keeps it alive\nimport asyncio, gc\nkept = []\ndef run(keep):\n    loop = asyncio.new_event_loop()\n    async def kill_me(loop):\n        future = loop.create_future()\n        await future\n    loop.set_exception_handler(lambda l, ctx: kept.append(ctx) if keep else print(ctx['message']))\n    task = loop.create_task(kill_me(loop))\n    loop._run_once()\n    task = None\n    print(len(asyncio.all_tasks(loop)))\n    gc.collect()\n    print(keep, len(asyncio.all_tasks(loop)), len(kept))\n    loop.close()\nrun(False)\nrun(True)\nprint(kept[0]['message'], kept[0]['task'].done(), kept[0]['task'])\nkept[0]['task'].cancel()\n", "1\nTask was destroyed but it is pending!\nFalse 0 0\n1\nTrue 0 1\nTask was destroyed but it is pending! False <Task pending name='Task-2' coro=<run.<locals>.kill_me() done, defined at all_tasks_gc.py:6> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\n", "Traceback (most recent call last):\n  File \"all_tasks_gc.py\", line 20, in <module>\n    kept[0]['task'].cancel()\nRuntimeError: Event loop is closed\n", 1],
];

describeRecorded('all_tasks and the collector', cases);
