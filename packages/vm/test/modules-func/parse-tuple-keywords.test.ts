// Argument binding of C functions parsed by PyArg_ParseTupleAndKeywords (vgetargskeywords), positional-only and keyword-only parameters included. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "ContextVar() checks the total argument count before the positional one, and reports a missing name once it knows the positional count",
    file: "contextvar_args.py",
    source: "# ContextVar() checks the total argument count before the positional one, and reports a missing name once it knows the positional count\nfrom contextvars import ContextVar\ndef t(*a, **k):\n    try:\n        print(ContextVar(*a, **k).name)\n    except TypeError as e:\n        print(type(e).__name__, e)\nt()\nt('a', 1)\nt('a', 1, 2)\nt(default=1)\nt(default=1, x=2)\nt('a', x=2)\nt('a', default=2, x=3)\nt('a', 1, default=2)\nt(name='a')\nt('a', name='a')\nt('a', 1, x=2)\nt(1)\nt('ok', default=3)\n",
    stdout: "TypeError ContextVar() takes exactly 1 positional argument (0 given)\nTypeError ContextVar() takes at most 1 positional argument (2 given)\nTypeError ContextVar() takes at most 2 arguments (3 given)\nTypeError ContextVar() takes exactly 1 positional argument (0 given)\nTypeError ContextVar() takes exactly 1 positional argument (0 given)\nTypeError 'x' is an invalid keyword argument for ContextVar()\nTypeError ContextVar() takes at most 2 arguments (3 given)\nTypeError ContextVar() takes at most 2 arguments (3 given)\nTypeError ContextVar() takes exactly 1 positional argument (0 given)\nTypeError 'name' is an invalid keyword argument for ContextVar()\nTypeError ContextVar() takes at most 2 arguments (3 given)\nTypeError context variable name must be a str\nok\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("PyArg_ParseTupleAndKeywords", CASES);
