// total_ordering installs the shared Python-level functions of functools._convert (_le_from_lt, ...), renamed to the methods they fill in, as Lib/functools.py does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "total_ordering installs the shared Python functions of functools._convert, each renamed to the method it fills in",
    file: "total_ordering_functions.py",
    source: "# total_ordering installs the shared Python functions of functools._convert, each renamed to the method it fills in\nimport functools\n@functools.total_ordering\nclass A:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, o):\n        if not isinstance(o, A):\n            return NotImplemented\n        return self.v < o.v\n    def __eq__(self, o):\n        return isinstance(o, A) and self.v == o.v\nprint(repr(A.__le__).split(' at ')[0], A.__le__.__name__, A.__le__.__qualname__, A.__le__.__module__)\nprint(A.__le__ is functools._le_from_lt, A.__gt__ is functools._gt_from_lt, type(A.__ge__).__name__)\nprint(A(1) <= A(2), A(2) > A(1), A(1) >= A(1), A(3) <= A(2))\nprint(functools._le_from_lt.__name__, functools._lt_from_le.__name__)\nprint(sorted(functools._convert), [n for n, f in functools._convert['__gt__']])\nprint(repr(A(1).__le__).split(' at ')[0])\nfor f in [lambda: A(1) <= 1, lambda: A(1) > 'x', lambda: A.__le__(A(1)), lambda: A.__le__(1, 2), lambda: A.__gt__(A(1), other=A(2)), lambda: A.__ge__(A(1), A(2), NotImplemented=False)]:\n    try:\n        print(f())\n    except Exception as e:\n        print(type(e).__name__, e)\n@functools.total_ordering\nclass B:\n    def __ge__(self, o):\n        return True\n    def __gt__(self, o):\n        return False\nprint(B.__lt__.__qualname__, B.__lt__.__name__, B.__le__.__qualname__, functools._lt_from_gt.__name__)\ntry:\n    functools.total_ordering(type('C', (), {}))\nexcept ValueError as e:\n    print('ValueError', e)\n",
    stdout: "<function _le_from_lt __le__ _le_from_lt functools\nTrue True function\nTrue True True False\n__le__ _lt_from_le\n['__ge__', '__gt__', '__le__', '__lt__'] ['__lt__', '__ge__', '__le__']\n<bound method _le_from_lt of <__main__.A object\nTypeError '<=' not supported between instances of 'A' and 'int'\nTypeError '>' not supported between instances of 'A' and 'str'\nTypeError _le_from_lt() missing 1 required positional argument: 'other'\nTrue\nFalse\nFalse\n_lt_from_gt __lt__ _le_from_gt __lt__\nValueError must define at least one ordering operation: < > <= >=\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functools.total_ordering", CASES, [0, Number.POSITIVE_INFINITY]);
