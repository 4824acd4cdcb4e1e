// time.sleep argument conversion and range. Expected output recorded from plain CPython 3.8.18 (`TZ=UTC PYTHONHASHSEED=0 python3.8 FILE`: the oracle replaces time.sleep by a Python function), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "time.sleep: seconds as _PyTime_FromSecondsObject reads them (PyLong_AsLongLong, the _PyTime_t range)",
    file: "time_sleep_args.py",
    source: "# time.sleep: seconds as _PyTime_FromSecondsObject reads them (PyLong_AsLongLong, the _PyTime_t range)\nimport time, warnings\nwarnings.simplefilter('always')\nclass I:\n    def __int__(self): return 0\nclass X:\n    def __index__(self): return 0\ndef t(f, *a):\n    try: print(repr(f(*a)))\n    except Exception as e: print(type(e).__name__, e)\nt(time.sleep, I()); t(time.sleep, X()); t(time.sleep, 3j); t(time.sleep, 'x')\nt(time.sleep, 2**70); t(time.sleep, 1e300); t(time.sleep, -0.0); t(time.sleep, 2**62); t(time.sleep, -2**62)\nt(time.sleep, 9223372037); t(time.sleep, -9223372037); t(time.sleep, 9.3e9); t(time.sleep, -9.3e9)\nt(time.sleep, float('nan')); t(time.sleep, -1); t(time.sleep, -1e300); t(time.sleep, False)\n",
    stdout: "None\nNone\nTypeError can't convert complex to int\nTypeError an integer is required (got type str)\nOverflowError timestamp too large to convert to C _PyTime_t\nOverflowError timestamp too large to convert to C _PyTime_t\nNone\nOverflowError timestamp too large to convert to C _PyTime_t\nOverflowError timestamp too large to convert to C _PyTime_t\nOverflowError timestamp too large to convert to C _PyTime_t\nOverflowError timestamp too large to convert to C _PyTime_t\nOverflowError timestamp too large to convert to C _PyTime_t\nOverflowError timestamp too large to convert to C _PyTime_t\nValueError Invalid value NaN (not a number)\nValueError sleep length must be non-negative\nOverflowError timestamp too large to convert to C _PyTime_t\nNone\n",
    stderr: "time_sleep_args.py:9: DeprecationWarning: an integer is required (got type I).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  try: print(repr(f(*a)))\n",
    exit: 0,
  },
];

describeCpythonCases("time.sleep: its seconds argument as _PyTime_FromSecondsObject reads it", CASES);
