// loop.call_at(None) fails TimerHandle's assert when is not None.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["call_at_none.py", "# call_at(None) fails TimerHandle's assert; call_later(None) fails the addition\nimport asyncio\nloop = asyncio.new_event_loop()\nfor f in (lambda: loop.call_at(None, print), lambda: loop.call_later(None, print)):\n    try:\n        f()\n        print('ok')\n    except Exception as e:\n        print(type(e).__name__, e)\nloop.close()\n", "AssertionError \nTypeError unsupported operand type(s) for +: 'float' and 'NoneType'\n", "", 0],
];

describeRecorded("call_at arguments", cases);
