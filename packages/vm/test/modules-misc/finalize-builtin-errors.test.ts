// weakref.finalize runs its callback from CPython's Python frames (__call__, _exitfunc): a builtin callback's error is reported with a Traceback header and without the frame running now; a finalize is a GC object. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "A finalize whose builtin callback fails is reported with CPython's Traceback header, not the frame running now",
    file: "finalize_builtin_errors.py",
    source: "# A finalize whose builtin callback fails is reported with CPython's Traceback header, not the frame running now\nimport gc, sys, weakref\nclass C:\n    pass\no = C()\nf = weakref.finalize(o, int, 'x')\nprint(gc.is_tracked(f), sys.getsizeof(f))\ndel o\ndef run():\n    o = C()\n    weakref.finalize(o, len)\n    del o\nrun()\no2 = C()\nf2 = weakref.finalize(o2, int, 'y')\ntry:\n    f2()\nexcept ValueError as e:\n    print('direct call:', e)\no3 = C()\nweakref.finalize(o3, int, 'at exit')\nprint('end')\n",
    stdout: "True 32\ndirect call: invalid literal for int() with base 10: 'y'\nend\n",
    stderr: "Exception ignored in: <finalize object at 0x?; dead>\nTraceback (most recent call last):\n  File \"/root/.pyenv/versions/3.8.18/lib/python3.8/weakref.py\", line 566, in __call__\n    return info.func(*info.args, **(info.kwargs or {}))\nValueError: invalid literal for int() with base 10: 'x'\nException ignored in: <finalize object at 0x?; dead>\nTraceback (most recent call last):\n  File \"/root/.pyenv/versions/3.8.18/lib/python3.8/weakref.py\", line 566, in __call__\n    return info.func(*info.args, **(info.kwargs or {}))\nTypeError: len() takes exactly one argument (0 given)\nTraceback (most recent call last):\n  File \"/root/.pyenv/versions/3.8.18/lib/python3.8/weakref.py\", line 642, in _exitfunc\n    f()\n  File \"/root/.pyenv/versions/3.8.18/lib/python3.8/weakref.py\", line 566, in __call__\n    return info.func(*info.args, **(info.kwargs or {}))\nValueError: invalid literal for int() with base 10: 'at exit'\n",
    exit: 0,
  },
];

describeCpythonCases("weakref.finalize reports", CASES, [0, Number.POSITIVE_INFINITY]);
