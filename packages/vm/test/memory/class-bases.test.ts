// tp_bases kept by a class, as gc.collect() and sys.getrefcount see it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a class keeps the tuple of its bases (tp_bases): gc.collect() counts it, __bases__ is that tuple, the empty tuple is untracked",
    file: "class_bases.py",
    source: "# a class keeps the tuple of its bases (tp_bases): gc.collect() counts it, __bases__ is that tuple, the empty tuple is untracked\nimport gc\ndef f():\n    class K: pass\nf()\n\nprint(gc.collect())\n\ndef f2():\n    class K2:\n        __slots__ = ()\nf2()\nprint(gc.collect())\ndef f3():\n    class K3:\n        def m(self): pass\nf3()\nprint(gc.collect())\nclass A: pass\nclass B(A): pass\nclass C(A, B.__mro__[2].__class__.__mro__[1] if False else object): pass\nprint(B.__bases__ is B.__bases__, B.__bases__, C.__bases__, A.__bases__)\nprint(sys.getrefcount(A))\ndef mk():\n    class K: pass\n    class L(K): pass\nmk()\nprint(gc.collect())\nT = type('T', (A,), {})\nprint(T.__bases__, sys.getrefcount(A))\nprint(gc.is_tracked(()), gc.is_tracked((1,)), gc.is_tracked(([],)))\n",
    stdout: "6\n3\n7\nTrue (<class '__main__.A'>,) (<class '__main__.A'>, <class 'object'>) (<class 'object'>,)\n",
    stderr: "Traceback (most recent call last):\n  File \"class_bases.py\", line 23, in <module>\n    print(sys.getrefcount(A))\nNameError: name 'sys' is not defined\n",
    exit: 1,
  },
];

describeCpythonCases("class bases tuple and gc counts", CASES);
