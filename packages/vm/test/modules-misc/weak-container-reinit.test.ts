// Calling __init__ again on WeakSet, WeakKeyDictionary and WeakValueDictionary, as CPython 3.8's Lib/_weakrefset.py and Lib/weakref.py do. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "re-running __init__ of a weak container empties it first, as Lib/weakref.py and Lib/_weakrefset.py do",
    file: "weak_container_reinit.py",
    source: "# re-running __init__ of a weak container empties it first, as Lib/weakref.py and Lib/_weakrefset.py do\nimport weakref\nclass K:\n    def __init__(self, n): self.n = n\n    def __repr__(self): return 'K%d' % self.n\nks = [K(i) for i in range(4)]\ns = weakref.WeakSet(ks[:2])\ns.__init__(ks[2:])\nprint(sorted(s, key=lambda k: k.n))\ns.__init__()\nprint(len(s), list(s))\ntry:\n    s.__init__(s, 2)\nexcept TypeError as e:\n    print(e)\ns.__init__(ks)\ntry:\n    s.__init__(5)\nexcept TypeError as e:\n    print(e, len(s))\ns.__init__(ks)\ns.__init__(s)\nprint(len(s))\nwk = weakref.WeakKeyDictionary({ks[0]: 1})\nwk.__init__({ks[1]: 2})\nprint(sorted(wk.items(), key=lambda kv: kv[0].n))\nwv = weakref.WeakValueDictionary(a=ks[0])\nwv.__init__(b=ks[1])\nprint(sorted(wv.items()))\nwv.__init__({'c': ks[2]}, d=ks[3])\nprint(sorted(wv.items()))\nit = iter(s); s2 = weakref.WeakSet(ks)\ndel ks[0]\nprint(len(s2))\n",
    stdout: "[K2, K3]\n0 []\n__init__() takes from 1 to 2 positional arguments but 3 were given\n'int' object is not iterable 0\n0\n[(K1, 2)]\n[('b', K1)]\n[('c', K2), ('d', K3)]\n3\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("weak containers re-initialised", CASES, [0, Number.POSITIVE_INFINITY]);
