// slot_sq_length's checks of what __len__ returns, as CPython 3.8 makes them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a __len__ result goes through __index__; negative values are refused before too large ones",
    file: "builtins_01.py",
    source: "# a __len__ result goes through __index__; negative values are refused before too large ones\nimport sys\nclass I:\n    def __index__(self): return 7\nclass L:\n    def __init__(self, v): self.v = v\n    def __len__(self): return self.v\nfor v in [3, True, I(), -1, -sys.maxsize - 10, sys.maxsize + 1, None, 4.5]:\n    for f in (len, bool):\n        try:\n            print(f(L(v)))\n        except Exception as e:\n            print(type(e).__name__, e)\n",
    stdout: "3\nTrue\n1\nTrue\n7\nTrue\nValueError __len__() should return >= 0\nValueError __len__() should return >= 0\nValueError __len__() should return >= 0\nValueError __len__() should return >= 0\nOverflowError cannot fit 'int' into an index-sized integer\nOverflowError cannot fit 'int' into an index-sized integer\nTypeError 'NoneType' object cannot be interpreted as an integer\nTypeError 'NoneType' object cannot be interpreted as an integer\nTypeError 'float' object cannot be interpreted as an integer\nTypeError 'float' object cannot be interpreted as an integer\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("__len__ results", CASES);
