// The constructors of None, NotImplemented and Ellipsis, and exec()/eval() argument counts, refuse bad calls with CPython 3.8's messages. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "the singletons' constructors refuse arguments with CPython's names (EllipsisType), and exec/eval check their argument count as _PyArg_CheckPositional does",
    file: "singleton_new_args.py",
    source: "# the singletons' constructors refuse arguments with CPython's names (EllipsisType), and exec/eval check their argument count as _PyArg_CheckPositional does\nfor t in (type(Ellipsis), type(None), type(NotImplemented)):\n    for a in ((1,), ()):\n        try:\n            print(t(*a))\n        except Exception as e:\n            print(type(e).__name__, e)\n    try:\n        t(x=1)\n    except Exception as e:\n        print(type(e).__name__, e)\nfor f in (eval, exec):\n    for a in ((), (1, 2, 3, 4)):\n        try:\n            f(*a)\n        except Exception as e:\n            print(type(e).__name__, e)\n",
    stdout: "TypeError EllipsisType takes no arguments\nEllipsis\nTypeError EllipsisType takes no arguments\nTypeError NoneType takes no arguments\nNone\nTypeError NoneType takes no arguments\nTypeError NotImplementedType takes no arguments\nNotImplemented\nTypeError NotImplementedType takes no arguments\nTypeError eval expected at least 1 argument, got 0\nTypeError eval expected at most 3 arguments, got 4\nTypeError exec expected at least 1 argument, got 0\nTypeError exec expected at most 3 arguments, got 4\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("singleton constructors and exec/eval argument counts", CASES);
