// str_iterator and range_iterator __reduce__ / __setstate__ as CPython 3.8's unicodeiter_* and rangeiter_*. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "str_iterator and range_iterator __reduce__ / __setstate__",
    file: "str_range_iter_reduce.py",
    source: "# str_iterator and range_iterator __reduce__ / __setstate__\nit = iter('h\\U0001f600llo')\nnext(it); next(it)\nprint(it.__reduce__())\nit.__setstate__(1)\nprint(list(it), it.__reduce__())\nit = iter('abc')\nit.__setstate__(-5); print(next(it))\nit.__setstate__(99); print(list(it))\nr = iter(range(3, 20, 4)); next(r)\nprint(r.__reduce__())\nr.__setstate__(3); print(list(r), r.__reduce__())\nr = iter(range(10)); r.__setstate__(-3); print(next(r)); r.__setstate__(50); print(list(r))\nbig = iter(range(2**64, 2**64 + 10, 3)); next(big)\nprint(type(big).__name__, big.__reduce__())\nbig.__setstate__(2); print(list(big))\nfor bad in ['x', 2**70, 1.5]:\n    try:\n        iter('ab').__setstate__(bad)\n    except Exception as e:\n        print(type(e).__name__, e)\n    try:\n        iter(range(3)).__setstate__(bad)\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    stdout: "(<built-in function iter>, ('h\ud83d\ude00llo',), 2)\n['\ud83d\ude00', 'l', 'l', 'o'] (<built-in function iter>, ('',))\na\n[]\n(<built-in function iter>, (range(3, 23, 4),), 1)\n[15, 19] (<built-in function iter>, (range(3, 23, 4),), 5)\n0\n[]\nlongrange_iterator (<built-in function iter>, (range(18446744073709551616, 18446744073709551628, 3),), 1)\n[18446744073709551622, 18446744073709551625]\nTypeError an integer is required\nTypeError an integer is required (got type str)\nOverflowError Python int too large to convert to C ssize_t\nOverflowError Python int too large to convert to C long\nTypeError an integer is required\n",
    stderr: "str_range_iter_reduce.py:23: DeprecationWarning: an integer is required (got type float).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  iter(range(3)).__setstate__(bad)\n",
    exit: 0,
  },
];

describeCpythonCases("iterator reduce", CASES);
