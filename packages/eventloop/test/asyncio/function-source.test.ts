// asyncio's module functions as callbacks: handle reprs show where CPython 3.8 defines them (tasks.py:641 for sleep).
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["async_def_callback_source.py", "# asyncio's async def functions as callbacks show where CPython defines them\nimport asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    for fn in (asyncio.sleep, asyncio.wait, asyncio.wait_for, asyncio.gather, asyncio.ensure_future):\n        h = loop.call_soon(fn)\n        print(h)\n        h.cancel()\nasyncio.run(main())\n", "<Handle sleep() at /usr/lib/python3.8/asyncio/tasks.py:641>\n<Handle wait() at /usr/lib/python3.8/asyncio/tasks.py:394>\n<Handle wait_for() at /usr/lib/python3.8/asyncio/tasks.py:434>\n<Handle gather() at /usr/lib/python3.8/asyncio/tasks.py:728>\n<Handle ensure_future() at /usr/lib/python3.8/asyncio/tasks.py:664>\n", "", 0],
  ["plain_function_callback_source.py", "# asyncio's module functions as callbacks show where CPython defines them\nimport asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    names = ['all_tasks', 'as_completed', 'coroutine', 'create_task', 'current_task', 'ensure_future', 'gather',\n             'get_event_loop_policy', 'iscoroutine', 'iscoroutinefunction', 'isfuture', 'new_event_loop', 'run',\n             'set_event_loop', 'set_event_loop_policy', 'shield', 'get_event_loop', 'get_running_loop']\n    for n in names:\n        h = loop.call_soon(getattr(asyncio, n))\n        print(h)\n        h.cancel()\nasyncio.run(main())\n", "<Handle all_tasks() at /usr/lib/python3.8/asyncio/tasks.py:41>\n<Handle as_completed() at /usr/lib/python3.8/asyncio/tasks.py:567>\n<Handle coroutine() at /usr/lib/python3.8/asyncio/coroutines.py:105>\n<Handle create_task() at /usr/lib/python3.8/asyncio/tasks.py:376>\n<Handle current_task() at /usr/lib/python3.8/asyncio/tasks.py:34>\n<Handle ensure_future() at /usr/lib/python3.8/asyncio/tasks.py:664>\n<Handle gather() at /usr/lib/python3.8/asyncio/tasks.py:728>\n<Handle get_event_loop_policy() at /usr/lib/python3.8/asyncio/events.py:719>\n<Handle iscoroutine() at /usr/lib/python3.8/asyncio/coroutines.py:177>\n<Handle iscoroutinefunction() at /usr/lib/python3.8/asyncio/coroutines.py:164>\n<Handle isfuture() at /usr/lib/python3.8/asyncio/base_futures.py:14>\n<Handle new_event_loop() at /usr/lib/python3.8/asyncio/events.py:756>\n<Handle run() at /usr/lib/python3.8/asyncio/runners.py:8>\n<Handle set_event_loop() at /usr/lib/python3.8/asyncio/events.py:751>\n<Handle set_event_loop_policy() at /usr/lib/python3.8/asyncio/events.py:726>\n<Handle shield() at /usr/lib/python3.8/asyncio/tasks.py:848>\n<Handle get_event_loop()>\n<Handle get_running_loop()>\n", "", 0],
];

describe("asyncio function sources", () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
