// A warning raised in a loop callback is located at asyncio/events.py:81, as CPython's Handle._run.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["callback_warnings.py", "# A warning raised in a loop callback is located at asyncio/events.py:81, as CPython's Handle._run\nimport asyncio, warnings\nasync def work():\n    pass\nloop = asyncio.new_event_loop()\nloop.call_soon(work)\nloop.call_soon(warnings.warn, 'from a callback')\nloop.call_soon(loop.stop)\nloop.run_forever()\nloop.close()\nprint('done')\n", "done\n", "/usr/lib/python3.8/asyncio/events.py:81: RuntimeWarning: coroutine 'work' was never awaited\n  self._context.run(self._callback, *self._args)\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n/usr/lib/python3.8/asyncio/events.py:81: UserWarning: from a callback\n  self._context.run(self._callback, *self._args)\n", 0],
];

describeRecorded('callback-warnings', cases);
