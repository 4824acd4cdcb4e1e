// WeakSet's dict holds the dunders Lib/_weakrefset.py defines (classDunders), and WeakSet.__reduce__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "WeakSet's dict holds the dunders Lib/_weakrefset.py defines, __reduce__ included",
    file: "weakset_class_dict.py",
    source: "# WeakSet's dict holds the dunders Lib/_weakrefset.py defines, __reduce__ included\nimport weakref\nW = weakref.WeakSet\nprint(sorted(k for k in vars(W) if k.startswith('__') and k.endswith('__') and k not in ('__weakref__',)))\nclass A: pass\na, b = A(), A()\nw = W([a, b])\nr = w.__reduce__()\nprint(r[0] is W, type(r[1][0]).__name__, len(r[1][0]), type(r[2]).__name__)\nw.extra = 1\nprint(w.__reduce__()[2]['extra'], W.__reduce__.__qualname__, W.__reduce__.__code__.co_varnames)\nprint(w != W([a]), w == W([b, a]), W.__ne__ is object.__ne__, hasattr(W, '__rsub__'))\ntry:\n    W() - 1\nexcept TypeError as e:\n    print(e)\n",
    stdout: "['__and__', '__contains__', '__dict__', '__doc__', '__eq__', '__ge__', '__gt__', '__hash__', '__iand__', '__init__', '__ior__', '__isub__', '__iter__', '__ixor__', '__le__', '__len__', '__lt__', '__module__', '__or__', '__reduce__', '__repr__', '__sub__', '__xor__']\nTrue list 2 dict\n1 WeakSet.__reduce__ ('self',)\nTrue True True False\n'int' object is not iterable\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("WeakSet class dict", CASES);
