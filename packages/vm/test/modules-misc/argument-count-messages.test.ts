// Argument-count messages of weakref.proxy (PyArg_UnpackTuple), a weakref's __call__ (PyArg_ParseTupleAndKeywords with no parameters) and object.__init_subclass__ (METH_NOARGS), as CPython 3.8 words them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "argument-count messages of weakref.proxy, a weakref's __call__ and object.__init_subclass__",
    file: "arg_counts.py",
    source: "# argument-count messages of weakref.proxy, a weakref's __call__ and object.__init_subclass__\nimport weakref\nclass O:\n    pass\ndef t(f):\n    try:\n        print('ok', f())\n    except Exception as e:\n        print(type(e).__name__, e)\no = O()\nr = weakref.ref(o)\nt(lambda: weakref.proxy())\nt(lambda: weakref.proxy(o, None, 1))\nt(lambda: type(weakref.proxy(o)).__name__)\nt(lambda: r(1))\nt(lambda: r(x=1))\nt(lambda: r(1, x=1))\nt(lambda: r() is o)\nt(lambda: O.__init_subclass__(1))\nt(lambda: O.__init_subclass__(1, x=2))\nt(lambda: O.__init_subclass__(x=2))\nt(lambda: object.__init_subclass__())\nt(lambda: o.__init_subclass__(1, 2))\n",
    stdout: "TypeError proxy expected at least 1 argument, got 0\nTypeError proxy expected at most 2 arguments, got 3\nok weakproxy\nTypeError __call__() takes at most 0 arguments (1 given)\nTypeError __call__() takes at most 0 keyword arguments (1 given)\nTypeError __call__() takes at most 0 arguments (2 given)\nok True\nTypeError __init_subclass__() takes no arguments (1 given)\nTypeError __init_subclass__() takes no keyword arguments\nTypeError __init_subclass__() takes no keyword arguments\nok None\nTypeError __init_subclass__() takes no arguments (2 given)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("argument-count messages", CASES);
