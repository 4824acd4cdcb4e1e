// set.__new__ takes keywords; set.__init__ refuses them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "set.__new__ ignores keyword arguments; set.__init__ is the one that refuses them, for subclasses too",
    file: "set_new_keywords.py",
    source: "# set.__new__ ignores keyword arguments; set.__init__ is the one that refuses them, for subclasses too\ndef t(f):\n    try:\n        print('ok', repr(f()))\n    except TypeError as e:\n        print('TypeError', e)\nclass S(set): pass\nclass T(set):\n    def __init__(self, *a, **k): pass\nt(lambda: set.__new__(set, 1, 2, a=3))\nt(lambda: set.__new__(S, a=3))\nt(lambda: set(a=1))\nt(lambda: S(a=1))\nt(lambda: T([1], a=1))\nt(lambda: set.__init__(S(), a=1))\nt(lambda: frozenset.__new__(frozenset, a=1))\n",
    stdout: "ok set()\nok S()\nTypeError set() takes no keyword arguments\nTypeError set() takes no keyword arguments\nok T()\nTypeError set() takes no keyword arguments\nTypeError frozenset() takes no keyword arguments\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("set.__new__ keywords", CASES);
