// The __builtins__ of the stdlib modules CPython 3.8 runs from source. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "stdlib modules CPython runs from source have __builtins__ (the builtins dict) right after __cached__; C modules have none",
    file: "source_module_builtins.py",
    source: "# stdlib modules CPython runs from source have __builtins__ (the builtins dict) right after __cached__; C modules have none\nimport functools, heapq, operator, itertools, collections, contextlib, random, types, inspect, abc, weakref, warnings, dis, math, sys, time, gc\nimport builtins\nfor m in (functools, heapq, operator, collections, contextlib, random, types, inspect, abc, weakref, warnings, dis):\n    names = list(vars(m))\n    print(m.__name__, names[names.index('__cached__') + 1], m.__builtins__ is builtins.__dict__)\nfor m in (itertools, math, sys, time, gc):\n    print(m.__name__, '__builtins__' in vars(m))\nprint(functools.reduce.__globals__['__builtins__'] is builtins.__dict__ if hasattr(functools.reduce, '__globals__') else 'C')\n",
    stdout: "functools __builtins__ True\nheapq __builtins__ True\noperator __builtins__ True\ncollections __builtins__ True\ncontextlib __builtins__ True\nrandom __builtins__ True\ntypes __builtins__ True\ninspect __builtins__ True\nabc __builtins__ True\nweakref __builtins__ True\nwarnings __builtins__ True\ndis __builtins__ True\nitertools False\nmath False\nsys False\ntime False\ngc False\nC\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("source modules' __builtins__", CASES);
