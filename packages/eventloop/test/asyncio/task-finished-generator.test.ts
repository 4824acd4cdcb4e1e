// A task's step ends the task on a StopIteration out of its coroutine's send(), whatever raised it:
// a generator-based coroutine sent to after it finished ends a second task at once with None.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (run_scenario.py), through the
// oracle's normalize.py (addresses, frames of other files).
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["exhausted_generator_task.py", "# A task made of a generator that has finished already ends at once with None, as _PyGen_Send reports StopIteration\nimport asyncio, types, warnings\nwarnings.simplefilter('ignore')\n\n@asyncio.coroutine\ndef sleeper(x):\n    yield from asyncio.sleep(0.1)\n    return x\n\n@types.coroutine\ndef plain():\n    yield\n    return 'plain'\n\nasync def main():\n    a, b = sleeper('a'), plain()\n    print(await asyncio.gather(a, b))\n    print(await asyncio.gather(a, b))\n    t = asyncio.ensure_future(a)\n    print(await t, t.done(), asyncio.get_running_loop().time())\n    for f in asyncio.as_completed([sleeper('c')]):\n        print(await f)\n\nasyncio.run(main())\n", "['a', 'plain']\n[None, None]\nNone True 0.1\nc\n", "", 0],
];

describeRecorded("a task of a finished generator", cases);
