// The collector sees the __dict__ of an instance of asyncio's classes that CPython writes in Python
// (AbstractEventLoop, the protocols), as `subtype_traverse` does: a cycle through it is freed.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py).
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["abstract_loop_cycle.py", "# an AbstractEventLoop, or a Protocol subclass's instance, kept alive only by a cycle through its __dict__ is collected\nimport asyncio, gc\ngc.collect()\nl = asyncio.AbstractEventLoop(); l.me = l\np = asyncio.Protocol()\nprint(gc.is_tracked(l), gc.is_tracked(p))\ndel l\nprint(gc.collect())\nclass P(asyncio.Protocol):\n    pass\nq = P(); q.me = q\ndel q\nprint(gc.collect())\nprint(list(asyncio.Protocol.__dict__)[:3])\n", "True True\n2\n2\n['__module__', '__doc__', '__slots__']\n", "", 0],
];

describeRecorded('cycles through asyncio class instances', cases);
