// loop.run_until_complete() on a coroutine marks the task it makes _log_destroy_pending = False (the RuntimeError of a stopped loop reports it): no "Task was destroyed but it is pending!" when it is freed; a task the caller made is still reported.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["run_until_complete_stopped.py", "import asyncio\n\nasync def forever(name):\n    await asyncio.sleep(10)\n    print('never', name)\n\n# A coroutine: the task run_until_complete makes is not logged when freed.\nloop = asyncio.new_event_loop()\nloop.call_later(0.5, loop.stop)\ntry:\n    loop.run_until_complete(asyncio.sleep(2))\nexcept RuntimeError as e:\n    print('RE', e)\nloop.close()\n\nloop = asyncio.new_event_loop()\nloop.call_later(0.5, loop.stop)\ntry:\n    loop.run_until_complete(forever('coro'))\nexcept RuntimeError as e:\n    print('RE', e)\ndel loop\n\n# A task the caller made: logged when freed.\nloop = asyncio.new_event_loop()\nloop.call_later(0.5, loop.stop)\nt = loop.create_task(forever('task'))\ntry:\n    loop.run_until_complete(t)\nexcept RuntimeError as e:\n    print('RE', e, t._log_destroy_pending)\ndel t\nloop.close()\n\n# A task factory's task gets the attribute set too.\nclass MyTask(asyncio.Task):\n    pass\nloop = asyncio.new_event_loop()\nloop.set_task_factory(lambda loop, coro: MyTask(coro, loop=loop))\nloop.call_later(0.5, loop.stop)\ntry:\n    loop.run_until_complete(forever('factory'))\nexcept RuntimeError as e:\n    print('RE', e)\nloop.close()\nprint('end')\n", "RE Event loop stopped before Future completed.\nRE Event loop stopped before Future completed.\nRE Event loop stopped before Future completed. True\nRE Event loop stopped before Future completed.\nend\n", "Task was destroyed but it is pending!\ntask: <Task pending name='Task-3' coro=<forever() done, defined at run_until_complete_stopped.py:3> wait_for=<Future pending cb=[<TaskWakeupMethWrapper object at 0x?>()]>>\n", 0],
];

describe('run-until-complete', () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
