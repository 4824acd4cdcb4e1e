// A running loop keeps the async generators it saw in a WeakSet: weak references with a callback.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock, through the
// oracle's normalize.py (addresses, frames of other files).
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["asyncgen_weak_set.py", "# a running loop keeps the async generators it saw in a weak set of weak references with a callback\nimport asyncio, gc, weakref\nasync def agen(tag):\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('finally', tag)\nasync def main():\n    g = agen('plain')\n    print('before', weakref.getweakrefcount(g))\n    await g.__anext__()\n    print('after first iteration', weakref.getweakrefcount(g), type(weakref.getweakrefs(g)[0]).__name__)\n    await g.aclose()\n    print('after aclose', weakref.getweakrefcount(g))\n    del g\n    h = agen('cycle')\n    await h.__anext__()\n    l = [h]; l.append(l)\n    del h, l\n    print('gc', gc.collect())\n    await asyncio.sleep(0)\n    await asyncio.sleep(0)\n    k = agen('dropped')\n    await k.__anext__()\n    del k\n    await asyncio.sleep(0)\n    await asyncio.sleep(0)\n    m = agen('left open')\n    await m.__anext__()\n    return m\nm = asyncio.run(main())\nprint('after run', m.ag_frame, weakref.getweakrefcount(m))\n", "before 0\nafter first iteration 1 weakref\nfinally plain\nafter aclose 1\ngc 1\nfinally cycle\nfinally dropped\nfinally left open\nafter run None 0\n", "", 0],
];

describeRecorded("asyncgen-weak-set", cases);
