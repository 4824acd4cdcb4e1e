// inspect.stack/getframeinfo/getouterframes/getinnerframes against CPython 3.8 Lib/inspect.py. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "stack, getframeinfo, getouterframes, getinnerframes with code_context from the program source",
    file: "frames.py",
    source: "# stack, getframeinfo, getouterframes, getinnerframes with code_context from the program source\nimport inspect, sys\n\ndef inner(n):\n    st = inspect.stack()\n    for fi in st[:3]:\n        print(fi.function, fi.lineno, fi.code_context, fi.index, fi.filename == __file__)\n    print(type(st[0]).__name__, st[0]._fields, st[0].frame is sys._getframe())\n    print(inspect.stack(3)[0].code_context, inspect.stack(0)[0].code_context)\n    return inspect.getframeinfo(sys._getframe(), context=5)\n\ndef outer():\n    return inner(1)\n\ntb = outer()\nprint(tb, type(tb).__name__, tb._fields)\nprint(inspect.getlineno(sys._getframe()))\nprint([(f.function, f.lineno) for f in inspect.getouterframes(sys._getframe())][:1])\ndef boom():\n    raise ValueError\ntry:\n    boom()\nexcept ValueError as e:\n    for fi in inspect.getinnerframes(e.__traceback__, 2):\n        print(fi.function, fi.lineno, fi.code_context, fi.index)\n    print(inspect.getframeinfo(e.__traceback__))\ntry: inspect.getframeinfo(3)\nexcept Exception as e: print(type(e).__name__, e)\nexec(\"import inspect\\nprint(inspect.stack()[0][1:])\")\n",
    stdout: "inner 5 ['    st = inspect.stack()\\n'] 0 True\nouter 13 ['    return inner(1)\\n'] 0 True\n<module> 15 ['tb = outer()\\n'] 0 True\nFrameInfo ('frame', 'filename', 'lineno', 'function', 'code_context', 'index') True\n['    print(type(st[0]).__name__, st[0]._fields, st[0].frame is sys._getframe())\\n', '    print(inspect.stack(3)[0].code_context, inspect.stack(0)[0].code_context)\\n', '    return inspect.getframeinfo(sys._getframe(), context=5)\\n'] None\nTraceback(filename='frames.py', lineno=10, function='inner', code_context=['    print(type(st[0]).__name__, st[0]._fields, st[0].frame is sys._getframe())\\n', '    print(inspect.stack(3)[0].code_context, inspect.stack(0)[0].code_context)\\n', '    return inspect.getframeinfo(sys._getframe(), context=5)\\n', '\\n', 'def outer():\\n'], index=2) Traceback ('filename', 'lineno', 'function', 'code_context', 'index')\n17\n[('<module>', 18)]\n<module> 22 ['try:\\n', '    boom()\\n'] 1\nboom 20 ['def boom():\\n', '    raise ValueError\\n'] 1\nTraceback(filename='frames.py', lineno=22, function='<module>', code_context=['    boom()\\n'], index=0)\nAttributeError 'int' object has no attribute 'f_lineno'\n('<string>', 2, '<module>', None, None)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect frame records", CASES);
