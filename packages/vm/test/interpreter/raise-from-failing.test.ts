// do_raise's raise_error path: the exception or cause already taken is released; a cause class is called and its result kept unchecked. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "raise X from Y where instantiating X or Y fails: the other object must not keep an extra reference",
    file: "p45_raise_from_failing.py",
    source: "# raise X from Y where instantiating X or Y fails: the other object must not keep an extra reference\nimport sys, weakref\nclass Failing(Exception):\n    def __init__(self):\n        raise RuntimeError('cannot make')\nclass Cause(Exception):\n    pass\nc = Cause('cause')\nprint(sys.getrefcount(c))\ntry:\n    raise Failing from c\nexcept RuntimeError as e:\n    print(repr(e), e.__context__)\nprint(sys.getrefcount(c))\nclass Tracked(Exception):\n    pass\nt = Tracked('t')\nw = weakref.ref(t)\ntry:\n    raise t from Failing\nexcept RuntimeError as e:\n    print(repr(e))\nprint(sys.getrefcount(t))\ndel t\nprint(w() is None)\n",
    stdout: "2\nRuntimeError('cannot make') None\n2\nRuntimeError('cannot make')\n2\nTrue\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "raise X from a class whose call returns a non-exception: the result becomes __cause__ unchecked",
    file: "raise_from_nonexception_cause.py",
    source: "# raise X from a class whose call returns a non-exception: the result becomes __cause__ unchecked\nclass WeirdNew(Exception):\n    def __new__(cls, *a):\n        return 42\ntry:\n    raise ValueError(\"v\") from WeirdNew\nexcept ValueError as e:\n    print(repr(e.__cause__), e.__suppress_context__)\ndef g():\n    yield\n    raise KeyError(\"k\") from WeirdNew\nit = g(); next(it)\ntry:\n    next(it)\nexcept KeyError as e:\n    print(repr(e.__cause__))\nraise ValueError(\"top\") from WeirdNew\n",
    stdout: "42 True\n42\n",
    stderr: "TypeError: print_exception(): Exception expected for value, int found\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"raise_from_nonexception_cause.py\", line 17, in <module>\n    raise ValueError(\"top\") from WeirdNew\nValueError: top\n",
    exit: 1,
  },
];

describeCpythonCases("raise X from Y when making X or Y fails", CASES, [0, Number.POSITIVE_INFINITY]);
