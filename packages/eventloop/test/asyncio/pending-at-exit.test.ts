// A task pending at exit (sleeping, or waiting on a lock, an event, a queue): "Task was destroyed but it is pending!" when the loop that holds it is collected, nothing when the policy holds the loop (never collected by CPython), and nothing left on the heap; a failed gather with its children is collected too.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["pending_exit_loop.py", "import asyncio\nasync def sl(x):\n    try:\n        await asyncio.sleep(x)\n    finally:\n        print('sl finally')\nasync def main():\n    asyncio.ensure_future(sl(5))\n    await asyncio.sleep(1)\nloop = asyncio.new_event_loop()\nloop.run_until_complete(main())\nprint('end')\n", "end\nsl finally\n", "Task was destroyed but it is pending!\ntask: <Task pending name='Task-2' coro=<sl() running at pending_exit_loop.py:4> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\n", 0],
  ["pending_exit_policy.py", "import asyncio\nasync def sl(x):\n    try:\n        await asyncio.sleep(x)\n    finally:\n        print('sl finally')\nasync def main():\n    asyncio.ensure_future(sl(5))\n    await asyncio.sleep(1)\nloop = asyncio.get_event_loop()\nloop.run_until_complete(main())\nprint('end')\n", "end\n", "", 0],
  ["pending_exit_closed.py", "import asyncio\nasync def sl(x):\n    try:\n        await asyncio.sleep(x)\n    finally:\n        print('sl finally')\nasync def main():\n    asyncio.ensure_future(sl(5))\n    loop.call_soon(print, 'never run')\n    await asyncio.sleep(1)\nloop = asyncio.new_event_loop()\nloop.run_until_complete(main())\nloop.close()\nprint('closed')\n", "never run\nclosed\nsl finally\n", "Task was destroyed but it is pending!\ntask: <Task pending name='Task-2' coro=<sl() done, defined at pending_exit_closed.py:2> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\n", 0],
  ["pending_exit_primitives.py", "import asyncio\nasync def w(lock, ev, cond):\n    await ev.wait()\nasync def w2(lock):\n    async with lock:\n        pass\nasync def main():\n    lock = asyncio.Lock()\n    ev = asyncio.Event()\n    await lock.acquire()\n    asyncio.ensure_future(w(lock, ev, None))\n    asyncio.ensure_future(w2(lock))\n    await asyncio.sleep(0.1)\nloop = asyncio.new_event_loop()\nloop.run_until_complete(main())\nprint('end')\n", "end\n", "Task was destroyed but it is pending!\ntask: <Task pending name='Task-2' coro=<w() done, defined at pending_exit_primitives.py:2> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\nTask was destroyed but it is pending!\ntask: <Task pending name='Task-3' coro=<w2() done, defined at pending_exit_primitives.py:4> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\n", 0],
  ["pending_exit_queue.py", "import asyncio, gc\nasync def consumer(q):\n    while True:\n        item = await q.get()\n        print('got', item)\nasync def main():\n    q = asyncio.Queue()\n    asyncio.ensure_future(consumer(q))\n    q.put_nowait(1)\n    await asyncio.sleep(0.1)\nloop = asyncio.new_event_loop()\nloop.run_until_complete(main())\nloop.close()\nprint('closed')\ndel loop\ngc.collect()\nprint('end')\n", "got 1\nclosed\nend\n", "Exception ignored in: <coroutine object consumer at 0x?>\nTraceback (most recent call last):\n  File \"pending_exit_queue.py\", line 4, in consumer\n    item = await q.get()\nRuntimeError: Event loop is closed\nTask was destroyed but it is pending!\ntask: <Task pending name='Task-2' coro=<consumer() done, defined at pending_exit_queue.py:2> wait_for=<Future cancelled>>\n", 0],
  ["gather_failure_cycle.py", "import asyncio\nasync def job(i):\n    await asyncio.sleep(i)\n    if i == 1: raise ValueError(i)\n    return i\nasync def main():\n    try:\n        await asyncio.wait_for(asyncio.gather(job(1), job(2)), 5)\n    except Exception as e:\n        print('failed', type(e).__name__, e)\n    await asyncio.sleep(5)\nasyncio.run(main())\n", "failed ValueError 1\n", "", 0],
];

describe("pending-at-exit", () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
