// Traced and profiled Python calls run in the interpreter loop, so deep recursion meets the recursion limit as in CPython (interpreted and compiled code). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Deep recursion under sys.settrace and sys.setprofile meets the recursion limit (or none), not the host stack; a call event that raises fails the call",
    file: "trace_04.py",
    source: "# Deep recursion under sys.settrace and sys.setprofile meets the recursion limit (or none), not the host stack; a call event that raises fails the call\nimport sys\n\ndef rec(n):\n    return rec(n - 1) if n else 0\n\ncount = [0]\ndef counter(frame, event, arg):\n    count[0] += 1\n    return counter\n\nsys.settrace(counter)\nprint(rec(900))\ntry:\n    rec(5000)\nexcept RecursionError as e:\n    print('RecursionError', e)\nsys.settrace(None)\nprint(count[0] > 0)\n\nsys.setrecursionlimit(3000)\nsys.setprofile(counter)\nprint(rec(2500))\nsys.setprofile(None)\nsys.settrace(counter)\nprint(rec(2500))\nsys.settrace(None)\nsys.setrecursionlimit(1000)\n\ndef picky(frame, event, arg):\n    if event == 'call' and frame.f_code.co_name == 'leaf':\n        raise KeyError('no ' + frame.f_code.co_name)\n    return picky\n\ndef leaf(x):\n    print('leaf ran', x)\n    return x\n\ndef caller():\n    try:\n        return leaf(1)\n    except KeyError as e:\n        return 'caught %r, tracing %s' % (e, sys.gettrace())\n\nsys.settrace(picky)\nprint(caller())\nsys.settrace(None)\nprint(leaf(2))\n",
    stdout: "0\nRecursionError maximum recursion depth exceeded\nTrue\n0\n0\ncaught KeyError('no leaf'), tracing None\nleaf ran 2\n2\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sys.settrace: calls in the interpreter loop", CASES, [undefined, 0]);
