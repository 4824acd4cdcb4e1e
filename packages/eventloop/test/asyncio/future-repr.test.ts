// A future whose result leads back to itself shows it as '...' in its repr (base_futures._repr_running, the reprlib.recursive_repr logic), through containers, other futures and tasks.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["future_repr_recursion.py", "# A future whose result leads back to itself shows it as `...` (base_futures._repr_running),\n# also through a container, another future or a task; reprlib still shortens the result.\nimport asyncio\n\nloop = asyncio.new_event_loop()\nf = loop.create_future()\nf.set_result(f)\nprint(f)\ng = loop.create_future()\ng.set_result([g, 1])\nprint(g)\na = loop.create_future()\nb = loop.create_future()\na.set_result(b)\nb.set_result(a)\nprint(a)\nprint(b)\nprint(repr([a, b]))\nh = loop.create_future()\nh.set_result({'self': h, 'x': 'y' * 50})\nprint(h)\n\nasync def me():\n    return asyncio.current_task()\n\nt = loop.create_task(me())\nloop.run_until_complete(t)\nprint(t)\nloop.close()\n", "<Future finished result=<Future finished result=...>>\n<Future finished result=[<Future finished result=...>, 1]>\n<Future finished result=<Future finis...d result=...>>>\n<Future finished result=<Future finis...d result=...>>>\n[<Future finished result=<Future finis...d result=...>>>, <Future finished result=<Future finis...d result=...>>>]\n<Future finished result={'self': <Future finished result=...>, 'x': 'yyyyyyyyyyyy...yyyyyyyyyyyyy'}>\n<Task finished name='Task-1' coro=<me() done, defined at future_repr_recursion.py:23> result=<Task finishe...3> result=...>>\n", "", 0],
];

describeRecorded('future-repr', cases);
