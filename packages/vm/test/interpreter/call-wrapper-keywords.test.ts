// A method-wrapper's __call__ passes a **mapping with a key that is not a str on to its object's own call, which words the TypeError. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "f.__call__(**{1: 1}) is refused in the words of f itself, as wrap_call hands the dict to f's tp_call",
    file: "wrapper_call_keywords.py",
    source: "# f.__call__(**{1: 1}) is refused in the words of f itself, as wrap_call hands the dict to f's tp_call\ndef f(*a, **k): return a, k\nclass C:\n    def __call__(self, **k): return k\ndef shown(fn):\n    try:\n        fn(**{1: 1})\n    except TypeError as e:\n        print(e)\nshown(f.__call__)\nshown(C().__call__)\nshown(C().__call__.__call__)\nshown(len.__call__)\nshown(C.__call__)\nshown(C)\nprint(f.__call__(1, b=2))\n",
    stdout: "f() keywords must be strings\n__call__() keywords must be strings\n__call__() keywords must be strings\nlen() takes no keyword arguments\n__call__() keywords must be strings\nC() takes no arguments\n((1,), {'b': 2})\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("non-str keywords through a method-wrapper __call__", CASES);
