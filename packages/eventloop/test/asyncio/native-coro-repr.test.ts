// Tasks running asyncio's own coroutines show where CPython's Python code would be: `running at tasks.py:659`, `done, defined at queues.py:154`.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["native_coro_reprs.py", "import asyncio\nasync def main():\n    q = asyncio.Queue()\n    t1 = asyncio.ensure_future(asyncio.sleep(1))\n    t2 = asyncio.ensure_future(asyncio.sleep(0))\n    t3 = asyncio.ensure_future(q.get())\n    t4 = asyncio.ensure_future(asyncio.wait_for(q.get(), None))\n    print(t1)\n    await asyncio.sleep(0)\n    print(t1)\n    print(t2)\n    print(t3)\n    print(t4)\n    q.put_nowait(1)\n    q.put_nowait(2)\n    await asyncio.gather(t1, t2, t3, t4)\n    print(t1)\n    print(t3)\nasyncio.run(main())\n", "<Task pending name='Task-2' coro=<sleep() running at /usr/lib/python3.8/asyncio/tasks.py:641>>\n<Task pending name='Task-2' coro=<sleep() running at /usr/lib/python3.8/asyncio/tasks.py:659> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\n<Task pending name='Task-3' coro=<sleep() running at /usr/lib/python3.8/asyncio/tasks.py:644>>\n<Task pending name='Task-4' coro=<Queue.get() running at /usr/lib/python3.8/asyncio/queues.py:163> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\n<Task pending name='Task-5' coro=<wait_for() running at /usr/lib/python3.8/asyncio/tasks.py:455> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\n<Task finished name='Task-2' coro=<sleep() done, defined at /usr/lib/python3.8/asyncio/tasks.py:641> result=None>\n<Task finished name='Task-4' coro=<Queue.get() done, defined at /usr/lib/python3.8/asyncio/queues.py:154> result=1>\n", "", 0],
];

describe("native-coro-repr", () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
