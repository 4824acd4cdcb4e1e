// warnings.warn parses its arguments as _warnings.warn's PyArg_ParseTupleAndKeywords does, and WarningMessage and catch_warnings bind theirs as the Python __init__ functions of CPython 3.8's Lib/warnings.py. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "warnings.warn parses its arguments as PyArg_ParseTupleAndKeywords does (too many, twice, unknown keyword)",
    file: "warn_args.py",
    source: "# warnings.warn parses its arguments as PyArg_ParseTupleAndKeywords does (too many, twice, unknown keyword)\nimport warnings\ndef t(f):\n    try:\n        print('ok', f())\n    except Exception as e:\n        print(type(e).__name__, e)\nt(lambda: warnings.warn('m', x=1))\nt(lambda: warnings.warn(x=1))\nt(lambda: warnings.warn())\nt(lambda: warnings.warn('m', UserWarning, 1, None, 5))\nt(lambda: warnings.warn('m', message='n'))\nt(lambda: warnings.warn(5, UserWarning, category=UserWarning))\nt(lambda: warnings.warn('m', UserWarning, 'a'))\nt(lambda: warnings.warn('m', UserWarning, stacklevel=1.5))\nt(lambda: warnings.warn('m', stacklevel=1, category=DeprecationWarning))\n",
    stdout: "TypeError 'x' is an invalid keyword argument for warn()\nTypeError warn() missing required argument 'message' (pos 1)\nTypeError warn() missing required argument 'message' (pos 1)\nTypeError warn() takes at most 4 arguments (5 given)\nTypeError argument for warn() given by name ('message') and position (1)\nTypeError argument for warn() given by name ('category') and position (2)\nTypeError 'str' object cannot be interpreted as an integer\nTypeError integer argument expected, got float\nok None\n",
    stderr: "warn_args.py:16: DeprecationWarning: m\n  t(lambda: warnings.warn('m', stacklevel=1, category=DeprecationWarning))\n",
    exit: 0,
  },
  {
    name: "WarningMessage and catch_warnings bind their __init__ arguments as the Python functions they are in CPython",
    file: "warning_message_init.py",
    source: "# WarningMessage and catch_warnings bind their __init__ arguments as the Python functions they are in CPython\nimport warnings\ndef t(f):\n    try:\n        print('ok', f())\n    except Exception as e:\n        print(type(e).__name__, e)\nt(lambda: warnings.WarningMessage('m', UserWarning, 'f', 1, None, None, None, 8))\nt(lambda: warnings.WarningMessage('m', UserWarning, 'f', 1, message='x'))\nt(lambda: warnings.WarningMessage('m', UserWarning, 'f'))\nt(lambda: warnings.WarningMessage('m'))\nt(lambda: warnings.WarningMessage('m', UserWarning, 'f', 1, x=3))\nt(lambda: str(warnings.WarningMessage('m', UserWarning, 'f', lineno=2, line='src')))\nt(lambda: warnings.catch_warnings(1))\nt(lambda: warnings.catch_warnings(record=True, module=None, x=1))\nt(lambda: warnings.catch_warnings(record=True))\n",
    stdout: "TypeError __init__() takes from 5 to 8 positional arguments but 9 were given\nTypeError __init__() got multiple values for argument 'message'\nTypeError __init__() missing 1 required positional argument: 'lineno'\nTypeError __init__() missing 3 required positional arguments: 'category', 'filename', and 'lineno'\nTypeError __init__() got an unexpected keyword argument 'x'\nok {message : 'm', category : 'UserWarning', filename : 'f', lineno : 2, line : 'src'}\nTypeError __init__() takes 1 positional argument but 2 were given\nTypeError __init__() got an unexpected keyword argument 'x'\nok catch_warnings(record=True)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("warnings argument binding", CASES);
