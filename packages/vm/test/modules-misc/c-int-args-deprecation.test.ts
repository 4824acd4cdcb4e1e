// Builtins taking a C int (getargs 'i', clinic int) read it as PyLong_AsLong does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "C int arguments take __int__ with 3.8's DeprecationWarning (PyLong_AsLong), __index__ silently",
    file: "ia.py",
    source: "# C int arguments take __int__ with 3.8's DeprecationWarning (PyLong_AsLong), __index__ silently\nimport warnings, sys, gc\nwarnings.simplefilter('always')\nclass I:\n    def __int__(self): return 1\nclass X:\n    def __index__(self): return 1\ndef t(name, f, *a):\n    try: print(name, repr(f(*a)))\n    except Exception as e: print(name, type(e).__name__, e)\nfor v in (I(), X(), 3j):\n    t('expandtabs', 'a\\tb'.expandtabs, v)\n    t('compile', compile, '1', 's', 'eval', 0, False, v)\n    t('sys.setrecursionlimit', sys.setrecursionlimit, v if not isinstance(v, (I, X)) else 1000)\n    t('gc.collect', gc.collect, v)\n    t('splitlines', 'a\\nb'.splitlines, v)\n    t('bytes.hex', b'ab'.hex, ':', v)\n    t('code.replace', (lambda: 0).__code__.replace, co_flags=v)\n    t('sys._getframe', lambda n: sys._getframe(n).f_code.co_name, v)\n    t('str.zfill', 'a'.zfill, v)\n",
    stdout: "expandtabs 'a b'\ncompile <code object <module> at 0x?, file \"s\", line 1>\nsys.setrecursionlimit None\ngc.collect 0\nsplitlines ['a\\n', 'b']\nbytes.hex '61:62'\n",
    stderr: "ia.py:9: DeprecationWarning: an integer is required (got type I).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  try: print(name, repr(f(*a)))\nia.py:9: DeprecationWarning: an integer is required (got type I).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  try: print(name, repr(f(*a)))\nia.py:9: DeprecationWarning: an integer is required (got type I).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  try: print(name, repr(f(*a)))\nia.py:9: DeprecationWarning: an integer is required (got type I).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  try: print(name, repr(f(*a)))\nia.py:9: DeprecationWarning: an integer is required (got type I).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.\n  try: print(name, repr(f(*a)))\nTraceback (most recent call last):\n  File \"ia.py\", line 18, in <module>\n    t('code.replace', (lambda: 0).__code__.replace, co_flags=v)\nTypeError: t() got an unexpected keyword argument 'co_flags'\n",
    exit: 1,
  },
];

describeCpythonCases("C int arguments: __int__ deprecated, __index__ silent", CASES);
