// CPython 3.8's check_garbage: one resurrected object keeps the whole unreachable set. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a finalizer that resurrects one object keeps the whole unreachable set until the next collection",
    file: "resurrection_keeps_set.py",
    source: "# a finalizer that resurrects one object keeps the whole unreachable set until the next collection\nimport gc, weakref\ngc.collect()\nsaved = []\nclass R:\n    def __del__(self):\n        print('R del -> resurrect')\n        saved.append(self)\nclass P:\n    def __del__(self):\n        print('P del')\nr = R(); r.me = r\np = P(); p.me = p\nwp = weakref.ref(p, lambda w: print('weakref to P cleared'))\nl = [1]; l.append(l)\ndel r, p, l\nprint('collect1', gc.collect(), wp() is not None)\nprint('collect2', gc.collect(), wp())\nsaved.clear()\nprint('collect3', gc.collect())\ndef stubborn():\n    try:\n        yield\n    finally:\n        yield\ns = stubborn(); next(s)\nl = [s]; l.append(l)\ndel s, l\nprint('collected', gc.collect())\nprint('collected', gc.collect())\ndef gen_saver():\n    try:\n        yield\n    finally:\n        saved.append('finally ran')\ng = gen_saver(); next(g)\nm = [g]; m.append(m)\ndel g, m\nprint('gen cycle', gc.collect(), saved)\n",
    stdout: "weakref to P cleared\nR del -> resurrect\nP del\ncollect1 0 False\ncollect2 3 None\ncollect3 2\ncollected 0\ncollected 5\ngen cycle 2 ['finally ran']\n",
    stderr: "Exception ignored in: <generator object stubborn at 0x?>\nTraceback (most recent call last):\n  File \"resurrection_keeps_set.py\", line 29, in <module>\n    print('collected', gc.collect())\nRuntimeError: generator ignored GeneratorExit\n",
    exit: 0,
  },
];

describeCpythonCases("gc.collect with a resurrecting finalizer", CASES);
