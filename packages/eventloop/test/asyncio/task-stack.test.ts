// Task.get_stack and Task.print_stack (print to stdout, print_list to stderr), and the deprecated Task.current_task and Task.all_tasks.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["task_stack.py", "import asyncio, sys\nasync def sl(x, r=None):\n    await asyncio.sleep(x)\n    return r\nasync def bad():\n    raise ValueError('bad')\nasync def main():\n    t = asyncio.ensure_future(sl(1, 'r'))\n    print(t.get_stack())\n    t.print_stack()\n    await asyncio.sleep(0)\n    t.print_stack(file=sys.stdout)\n    t.print_stack(limit=0)\n    await t\n    print(t.get_stack())\n    t.print_stack()\n    b = asyncio.ensure_future(bad())\n    await asyncio.sleep(0)\n    print(b.get_stack())\n    b.print_stack(file=sys.stdout)\n    b.exception()\n    try:\n        t.get_stack(1)\n    except TypeError as e:\n        print(e)\n    print(asyncio.Task.current_task() is asyncio.current_task())\n    print(len(asyncio.Task.all_tasks()))\nasyncio.run(main())\n", "[<frame at 0x?, file 'task_stack.py', line 2, code sl>]\nStack for <Task pending name='Task-2' coro=<sl() running at task_stack.py:2>> (most recent call last):\nStack for <Task pending name='Task-2' coro=<sl() running at task_stack.py:3> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>> (most recent call last):\n  File \"task_stack.py\", line 3, in sl\n    await asyncio.sleep(x)\nNo stack for <Task pending name='Task-2' coro=<sl() running at task_stack.py:3> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\n[]\nNo stack for <Task finished name='Task-2' coro=<sl() done, defined at task_stack.py:2> result='r'>\n[<frame at 0x?, file 'task_stack.py', line 6, code bad>]\nTraceback for <Task finished name='Task-3' coro=<bad() done, defined at task_stack.py:5> exception=ValueError('bad')> (most recent call last):\n  File \"task_stack.py\", line 6, in bad\n    raise ValueError('bad')\nValueError: bad\nget_stack() takes no positional arguments\nTrue\n3\n", "  File \"task_stack.py\", line 2, in sl\n    async def sl(x, r=None):\ntask_stack.py:26: DeprecationWarning: Task.current_task() is deprecated, use asyncio.current_task() instead\n  print(asyncio.Task.current_task() is asyncio.current_task())\ntask_stack.py:27: DeprecationWarning: Task.all_tasks() is deprecated, use asyncio.all_tasks() instead\n  print(len(asyncio.Task.all_tasks()))\n", 0],
];

describe("task-stack", () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
