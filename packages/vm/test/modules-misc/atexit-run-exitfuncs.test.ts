// atexit_callfuncs keeps the last exception of its callbacks and _run_exitfuncs raises it; the interpreter's exit clears it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "atexit._run_exitfuncs raises the last callback's exception after printing each; the exit clears it",
    file: "atexit_run_raises.py",
    source: "# atexit._run_exitfuncs raises the last callback's exception after printing each; the exit clears it\nimport atexit, sys\n\ndef raise1():\n    raise TypeError('one')\n\ndef raise2():\n    raise ValueError('two')\n\ndef leave():\n    raise SystemExit(3)\n\natexit.register(raise1)\natexit.register(raise2)\ntry:\n    atexit._run_exitfuncs()\nexcept Exception as e:\n    print('raised', type(e).__name__, e, e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next)\nprint(atexit._ncallbacks())\natexit.register(raise1)\natexit.register(leave)\ntry:\n    atexit._run_exitfuncs()\nexcept BaseException as e:\n    print('raised', type(e).__name__, e)\natexit.register(leave)\natexit.register(raise2)\ntry:\n    atexit._run_exitfuncs()\nexcept BaseException as e:\n    print('raised', type(e).__name__, e)\natexit.register(lambda: 1, 0, 0)\ntry:\n    atexit._run_exitfuncs()\nexcept TypeError as e:\n    print('raised', e)\natexit.register(print, 'at exit')\natexit.register(raise2)\natexit.register(leave)\nprint('end')\n",
    stdout: "raised TypeError one <module> <traceback object at 0x?>\n0\nraised TypeError one\nraised SystemExit 3\nraised <lambda>() takes 0 positional arguments but 2 were given\nend\nat exit\n",
    stderr: "Error in atexit._run_exitfuncs:\nTraceback (most recent call last):\n  File \"atexit_run_raises.py\", line 8, in raise2\n    raise ValueError('two')\nValueError: two\nError in atexit._run_exitfuncs:\nTraceback (most recent call last):\n  File \"atexit_run_raises.py\", line 5, in raise1\n    raise TypeError('one')\nTypeError: one\nError in atexit._run_exitfuncs:\nTraceback (most recent call last):\n  File \"atexit_run_raises.py\", line 5, in raise1\n    raise TypeError('one')\nTypeError: one\nError in atexit._run_exitfuncs:\nTraceback (most recent call last):\n  File \"atexit_run_raises.py\", line 8, in raise2\n    raise ValueError('two')\nValueError: two\nError in atexit._run_exitfuncs:\nTypeError: <lambda>() takes 0 positional arguments but 2 were given\nError in atexit._run_exitfuncs:\nTraceback (most recent call last):\n  File \"atexit_run_raises.py\", line 8, in raise2\n    raise ValueError('two')\nValueError: two\n",
    exit: 0,
  },
];

describeCpythonCases("atexit._run_exitfuncs raises the last exception", CASES);
