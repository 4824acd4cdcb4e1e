// compile()'s optimize argument, as CPython 3.8 applies it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "compile(optimize=N) compiles as python -O / -OO would: __debug__, asserts and docstrings follow the level",
    file: "builtins_01.py",
    source: "# compile(optimize=N) compiles as python -O / -OO would: __debug__, asserts and docstrings follow the level\ncodestr = '''def f():\n    \"\"\"doc\"\"\"\n    debug_enabled = False\n    if __debug__:\n        debug_enabled = True\n    try:\n        assert False\n    except AssertionError:\n        return (True, f.__doc__, debug_enabled, __debug__)\n    else:\n        return (False, f.__doc__, debug_enabled, __debug__)\n'''\nfor optval in (-1, 0, 1, 2):\n    ns = {}\n    exec(compile(codestr, \"<test>\", \"exec\", optimize=optval), ns)\n    print(optval, ns['f']())\nfor bad in (3, -2, 'x'):\n    try:\n        compile('1', '', 'eval', optimize=bad)\n    except (ValueError, TypeError) as e:\n        print(type(e).__name__, e)\n",
    stdout: "-1 (True, 'doc', True, True)\n0 (True, 'doc', True, True)\n1 (False, 'doc', False, False)\n2 (False, None, False, False)\nValueError compile(): invalid optimize value\nValueError compile(): invalid optimize value\nTypeError an integer is required (got type str)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("compile(optimize=...)", CASES);
