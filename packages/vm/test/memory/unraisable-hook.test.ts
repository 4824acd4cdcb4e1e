// sys.unraisablehook and sys.__unraisablehook__ as CPython 3.8's _PyErr_WriteUnraisableMsg calls them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.unraisablehook: a program's hook gets UnraisableHookArgs; a failing hook is reported by the default",
    file: "unraisable_hook.py",
    source: "# sys.unraisablehook: a program's hook gets UnraisableHookArgs; a failing hook is reported by the default\nimport sys, gc\nprint(sys.unraisablehook, sys.__unraisablehook__)\nseen = []\ndef h(a):\n    print('hook:', type(a).__name__, a.exc_type.__name__, a.exc_value, a.err_msg, type(a.object).__name__, type(a.exc_traceback).__name__)\nsys.unraisablehook = h\nclass D:\n    def __del__(self): 1/0\nD()\ndef gen():\n    try: yield\n    finally: yield\ng = gen(); next(g); del g\ndef bad(a): raise KeyError('hook broke')\nsys.unraisablehook = bad\nD()\nsys.unraisablehook = None\nD()\nsys.unraisablehook = sys.__unraisablehook__\nD()\ntry: sys.__unraisablehook__(1)\nexcept TypeError as e: print(e)\ndel sys.unraisablehook\nD()\nprint('end')\n",
    stdout: "<built-in function unraisablehook> <built-in function unraisablehook>\nhook: UnraisableHookArgs ZeroDivisionError division by zero None function traceback\nhook: UnraisableHookArgs RuntimeError generator ignored GeneratorExit None generator traceback\nsys.unraisablehook argument type must be UnraisableHookArgs\nend\n",
    stderr: "Exception ignored in sys.unraisablehook: <function bad at 0x?>\nTraceback (most recent call last):\n  File \"unraisable_hook.py\", line 15, in bad\n    def bad(a): raise KeyError('hook broke')\nKeyError: 'hook broke'\nException ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"unraisable_hook.py\", line 9, in __del__\n    def __del__(self): 1/0\nZeroDivisionError: division by zero\nException ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"unraisable_hook.py\", line 9, in __del__\n    def __del__(self): 1/0\nZeroDivisionError: division by zero\nException ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"unraisable_hook.py\", line 9, in __del__\n    def __del__(self): 1/0\nZeroDivisionError: division by zero\n",
    exit: 0,
  },
];

describeCpythonCases("sys.unraisablehook", CASES);
