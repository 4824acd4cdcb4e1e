// PyNumber_Long hands a non-int __trunc__ result to _PyLong_FromNbIndexOrNbInt, which warns when it converts through __int__ alone. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "int() of a __trunc__ result that only has __int__ converts it and warns that __int__ conversion is deprecated",
    file: "int_trunc_nb_int.py",
    source: "# int() of a __trunc__ result that only has __int__ converts it and warns that __int__ conversion is deprecated\nimport warnings\nclass OnlyInt:\n    def __init__(self, v): self.v = v\n    def __int__(self): return self.v\nclass T:\n    def __init__(self, r): self.r = r\n    def __trunc__(self): return self.r\nprint(int(T(3.7)))\nprint(int(T(OnlyInt(4))))\nclass IS(int):\n    pass\nprint(type(int(T(OnlyInt(IS(5))))).__name__)\nclass Idx:\n    def __index__(self): return 6\n    def __int__(self): return 60\nprint(int(T(Idx())))\nwarnings.simplefilter('error')\ntry:\n    int(T(2.5))\nexcept DeprecationWarning as e:\n    print(type(e).__name__, e)\ntry:\n    int(T(OnlyInt('x')))\nexcept TypeError as e:\n    print(type(e).__name__, e)\n",
    stdout: "3\n4\nint\n6\nDeprecationWarning an integer is required (got type float).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\nTypeError __int__ returned non-int (type str)\n",
    stderr: "int_trunc_nb_int.py:9: DeprecationWarning: an integer is required (got type float).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  print(int(T(3.7)))\nint_trunc_nb_int.py:10: DeprecationWarning: an integer is required (got type OnlyInt).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  print(int(T(OnlyInt(4))))\nint_trunc_nb_int.py:13: DeprecationWarning: __int__ returned non-int (type IS).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.\n  print(type(int(T(OnlyInt(IS(5))))).__name__)\nint_trunc_nb_int.py:13: DeprecationWarning: an integer is required (got type OnlyInt).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  print(type(int(T(OnlyInt(IS(5))))).__name__)\n",
    exit: 0,
  },
];

describeCpythonCases("int() of a __trunc__ result", CASES, [0, Number.POSITIVE_INFINITY]);
