// builtins.breakpoint and sys.breakpointhook Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "breakpoint() calls whatever sys.breakpointhook is now, with its arguments; RuntimeError once it is gone",
    file: "breakpoint_hook.py",
    source: "# breakpoint() calls whatever sys.breakpointhook is now, with its arguments; RuntimeError once it is gone\nimport sys\nprint(breakpoint, sys.breakpointhook, sys.__breakpointhook__ is sys.breakpointhook)\nprint(breakpoint.__text_signature__, breakpoint.__doc__.splitlines()[0], sys.breakpointhook.__doc__.splitlines()[0])\nsys.breakpointhook = lambda *a, **k: print('hook', a, k) or 7\nprint(breakpoint(1, x=2))\nsys.breakpointhook = 5\ntry:\n    breakpoint()\nexcept TypeError as e:\n    print('TypeError', e)\ndel sys.breakpointhook\ntry:\n    breakpoint()\nexcept RuntimeError as e:\n    print('RuntimeError', e)\nsys.breakpointhook = sys.__breakpointhook__\nprint(sys.breakpointhook is sys.__breakpointhook__)\n",
    stdout: "<built-in function breakpoint> <built-in function breakpointhook> True\nNone breakpoint(*args, **kws) breakpointhook(*args, **kws)\nhook (1,) {'x': 2}\n7\nTypeError 'int' object is not callable\nRuntimeError lost sys.breakpointhook\nTrue\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("breakpoint and sys.breakpointhook", CASES);
