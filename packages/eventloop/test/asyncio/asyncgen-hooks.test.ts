// The async generator hooks a running loop installs are bound methods of BaseEventLoop, as in CPython.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["asyncgen_hooks.py", "import asyncio, sys\nasync def main():\n    loop = asyncio.get_running_loop()\n    h = sys.get_asyncgen_hooks()\n    print(repr(h.firstiter).replace(repr(loop), 'LOOP'))\n    print(repr(h.finalizer).replace(repr(loop), 'LOOP'))\n    print(h.firstiter.__self__ is loop, h.finalizer.__func__.__qualname__)\n    print(h.firstiter == sys.get_asyncgen_hooks().firstiter)\nasyncio.run(main())\nprint(sys.get_asyncgen_hooks())\n", "<bound method BaseEventLoop._asyncgen_firstiter_hook of LOOP>\n<bound method BaseEventLoop._asyncgen_finalizer_hook of LOOP>\nTrue BaseEventLoop._asyncgen_finalizer_hook\nTrue\nasyncgen_hooks(firstiter=None, finalizer=None)\n", "", 0],
];

describeRecorded("asyncgen-hooks", cases);
