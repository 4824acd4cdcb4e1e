// WeakValueDictionary, WeakKeyDictionary and WeakSet have their _commit_removals method and WeakKeyDictionary its _scrub_removals, as Lib/weakref.py and Lib/_weakrefset.py define them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "the weak containers' _commit_removals and WeakKeyDictionary._scrub_removals",
    file: "weak_commit_removals.py",
    source: "# the weak containers' _commit_removals and WeakKeyDictionary._scrub_removals\nimport weakref\nclass O:\n    def __init__(self, n):\n        self.n = n\n    def __hash__(self):\n        return self.n\nobjs = [O(i) for i in range(4)]\nfor cls in (weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet):\n    print(cls.__name__, cls._commit_removals.__qualname__, cls._commit_removals.__module__)\nd = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})\nk = weakref.WeakKeyDictionary({o: i for i, o in enumerate(objs)})\ns = weakref.WeakSet(objs)\nit1, it2, it3 = iter(d), iter(k), iter(s)\nnext(it1); next(it2); next(it3)\ndel objs[0], objs[0]\nprint(len(d.data), len(k.data), len(s.data), len(d), len(k), len(s))\nprint(d._commit_removals(), k._commit_removals(), s._commit_removals())\nprint(len(d.data), len(k.data), len(s.data), len(d), len(k), len(s))\nprint(k._scrub_removals(), len(k))\ntry:\n    d._commit_removals(1)\nexcept TypeError as e:\n    print('TypeError:', e)\ndel it1, it2, it3\nprint(len(d), len(k), len(s))\nprint(weakref.WeakKeyDictionary._scrub_removals.__qualname__)\n",
    stdout: "WeakValueDictionary WeakValueDictionary._commit_removals weakref\nWeakKeyDictionary WeakKeyDictionary._commit_removals weakref\nWeakSet WeakSet._commit_removals _weakrefset\n4 4 4 3 3 3\nNone None None\n3 3 3 3 3 3\nNone 3\nTypeError: _commit_removals() takes 1 positional argument but 2 were given\n2 2 2\nWeakKeyDictionary._scrub_removals\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("weak containers' _commit_removals", CASES);
