// The C types of CPython's asyncio are named `_asyncio.Future` and `_asyncio.Task` in messages
// and descriptor reprs (their tp_name). Expected output recorded from CPython 3.8.18 under the
// oracle's virtual clock (vt.py).
import { expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

it('names Future and Task as their tp_name in messages', () => {
  const run = runChecked("import asyncio\nprint(asyncio.Future, asyncio.Task, asyncio.Future.__module__, asyncio.Task.__name__)\nasync def main():\n    f = asyncio.get_running_loop().create_future()\n    for t in (lambda: len(f), lambda: f + 1, lambda: f[0], lambda: iter(5) if False else next(f)):\n        try: t()\n        except TypeError as e: print(e)\nasyncio.run(main())\nprint(asyncio.Future.result, asyncio.Task.__dict__['get_stack'])\n", 'type_names.py');
  expect(run.stdout).toBe("<class '_asyncio.Future'> <class '_asyncio.Task'> _asyncio Task\nobject of type '_asyncio.Future' has no len()\nunsupported operand type(s) for +: '_asyncio.Future' and 'int'\n'_asyncio.Future' object is not subscriptable\n'_asyncio.Future' object is not an iterator\n<method 'result' of '_asyncio.Future' objects> <method 'get_stack' of '_asyncio.Task' objects>\n");
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
