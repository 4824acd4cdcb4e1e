// A loop subclass overriding call_soon gets asyncio's TaskStepMethWrapper and TaskWakeupMethWrapper callables, as _asyncio calls loop.call_soon by name.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["call_soon_override.py", "# a loop subclass overriding call_soon sees the task steps and future callbacks asyncio schedules\nimport asyncio\nBase = type(asyncio.new_event_loop())\nclass TracingLoop(Base):\n    def call_soon(self, cb, *args, context=None):\n        self.n = getattr(self, \"n\", 0) + 1\n        kind = type(cb).__name__\n        print('call_soon', kind if kind.endswith('MethWrapper') else callable(cb), [type(a).__name__ for a in args])\n        return super().call_soon(cb, *args, context=context)\nasync def child():\n    await asyncio.sleep(0)\n    return 'child'\nasync def main():\n    await asyncio.sleep(0)\n    await asyncio.sleep(0.1)\n    asyncio.get_running_loop().call_soon(print, \"explicit\")\n    print(await asyncio.ensure_future(child()))\n    f = asyncio.get_running_loop().create_future()\n    f.add_done_callback(lambda f: print('done cb'))\n    f.set_result(1)\n    await asyncio.sleep(0)\nloop = TracingLoop()\nloop.run_until_complete(main())\nprint(loop.n)\nloop.close()\n", "call_soon TaskStepMethWrapper []\ncall_soon TaskStepMethWrapper []\ncall_soon TaskWakeupMethWrapper ['Future']\ncall_soon True ['str']\ncall_soon TaskStepMethWrapper []\nexplicit\ncall_soon TaskStepMethWrapper []\ncall_soon TaskWakeupMethWrapper ['Task']\nchild\ncall_soon True ['Future']\ncall_soon TaskStepMethWrapper []\ndone cb\ncall_soon True ['Task']\n10\n", "", 0],
  ["step_wrapper_errors.py", "# the TaskStepMethWrapper and TaskWakeupMethWrapper a loop subclass receives\nimport asyncio\nBase = type(asyncio.new_event_loop())\nseen = []\nclass L(Base):\n    def call_soon(self, cb, *args, context=None):\n        seen.append(cb)\n        return super().call_soon(cb, *args, context=context)\nasync def main():\n    await asyncio.sleep(0)\n    t = asyncio.current_task()\n    step = [c for c in seen if type(c).__name__ == 'TaskStepMethWrapper'][0]\n    print(step.__self__ is t)\n    for args, kw in (((1,), {}), ((), {'x': 1})):\n        try:\n            step(*args, **kw)\n        except TypeError as e:\n            print(e)\n    f = asyncio.get_running_loop().create_future()\n    asyncio.get_running_loop().call_later(1, f.set_result, 2)\n    await f\n    wake = [c for c in seen if type(c).__name__ == 'TaskWakeupMethWrapper'][0]\n    print(wake.__self__ is t)\n    for args, kw in (((), {}), ((1, 2), {}), ((f,), {'x': 1})):\n        try:\n            wake(*args, **kw)\n        except TypeError as e:\n            print(e)\nloop = L()\nloop.run_until_complete(main())\nloop.close()\n", "True\nfunction takes no positional arguments\nfunction takes no keyword arguments\nTrue\nfunction takes exactly 1 argument (0 given)\nfunction takes exactly 1 argument (2 given)\nfunction takes no keyword arguments\n", "", 0],
];

describe("loop subclass", () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
