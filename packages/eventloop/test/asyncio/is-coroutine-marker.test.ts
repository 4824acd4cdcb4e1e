// asyncio.coroutines._is_coroutine: the marker object, made when asyncio is imported.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py, with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["is_coroutine_marker.py", "# asyncio.coroutines._is_coroutine, the marker asyncio.iscoroutinefunction recognises on any object\nimport asyncio\nfrom asyncio import coroutines\nprint(type(coroutines._is_coroutine).__name__)\nclass M:\n    _is_coroutine = coroutines._is_coroutine\n    def __call__(self): pass\nprint(asyncio.iscoroutinefunction(M()), asyncio.iscoroutinefunction(M))\nclass N:\n    _is_coroutine = object()\nprint(asyncio.iscoroutinefunction(N()))\nimport warnings\nwarnings.simplefilter('ignore')\ndef f(): pass\nprint(asyncio.coroutine(f)._is_coroutine is coroutines._is_coroutine)\n", "object\nTrue True\nFalse\nTrue\n", "", 0],
];

describeRecorded('is-coroutine-marker', cases);
