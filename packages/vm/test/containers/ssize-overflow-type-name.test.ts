// The OverflowError and IndexError of PyNumber_AsSsize_t name the type of the object asked (an __index__ owner or an int subclass), as CPython 3.8 does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "\"cannot fit 'X' into an index-sized integer\" names the type of the object asked, not 'int'",
    file: "ssize_type_name.py",
    source: "# \"cannot fit 'X' into an index-sized integer\" names the type of the object asked, not 'int'\nimport collections\nclass I:\n    def __init__(self, v): self.v = v\n    def __index__(self): return self.v\nclass IS(int): pass\nclass L:\n    def __len__(self): return IS(2**70)\nbig = I(10**30)\ntests = [\n    lambda: [0] * big, lambda: (0,) * big, lambda: [1] * IS(10**30),\n    lambda: [1][big], lambda: (1,)[big], lambda: [1][IS(10**30)],\n    lambda: list.__getitem__([1], IS(-10**30)), lambda: [1].__imul__(big),\n    lambda: collections.deque([1])[big], lambda: collections.deque([1])[IS(10**30)],\n    lambda: len(L()), lambda: bool(L()),\n]\nfor f in tests:\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)\ndef st(o, k): o[k] = 1\nfor k in (big, IS(10**30)):\n    for o in ([1], collections.deque([1])):\n        try:\n            st(o, k)\n        except Exception as e:\n            print(type(e).__name__, e)\n",
    stdout: "OverflowError cannot fit 'I' into an index-sized integer\nOverflowError cannot fit 'I' into an index-sized integer\nOverflowError cannot fit 'IS' into an index-sized integer\nIndexError cannot fit 'I' into an index-sized integer\nIndexError cannot fit 'I' into an index-sized integer\nIndexError cannot fit 'IS' into an index-sized integer\nIndexError cannot fit 'IS' into an index-sized integer\nOverflowError cannot fit 'I' into an index-sized integer\nIndexError cannot fit 'I' into an index-sized integer\nIndexError cannot fit 'IS' into an index-sized integer\nOverflowError cannot fit 'IS' into an index-sized integer\nOverflowError cannot fit 'IS' into an index-sized integer\nIndexError cannot fit 'I' into an index-sized integer\nIndexError cannot fit 'I' into an index-sized integer\nIndexError cannot fit 'IS' into an index-sized integer\nIndexError cannot fit 'IS' into an index-sized integer\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("index-sized integer overflow", CASES);
