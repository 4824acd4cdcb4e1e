// do_raise's raise_error path: the exception or cause already taken is released. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
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
];

describeCpythonCases("raise X from Y when making X or Y fails", CASES);
