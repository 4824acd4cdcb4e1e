// __import__ (PyArg_ParseTupleAndKeywords: convert while binding) and property() (Argument Clinic) check their arguments in CPython 3.8's order. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__import__ converts each argument as it binds it (PyArg_ParseTupleAndKeywords) and property() parses as Argument Clinic does",
    file: "import_property_args.py",
    source: "# __import__ converts each argument as it binds it (PyArg_ParseTupleAndKeywords) and property() parses as Argument Clinic does\nclass Lv:\n    def __index__(self):\n        print('index')\n        return 0\ncalls = [((1,), {'x': 1}), ((None, 2), {'bad': 3}), (('sys',), {'level': Lv()}), (('sys',), {'level': Lv(), 'x': 1}),\n         (('sys', None, None, None, 'a'), {'x': 1}), ((), {'name': 'sys', 'level': 0}), ((), {'globals': {}}),\n         (('sys', 1, 2, 3, 4, 5), {})]\nfor a, kw in calls:\n    try:\n        print(__import__(*a, **kw))\n    except Exception as e:\n        print(type(e).__name__, e)\nfor a, kw in [((1, 2, 3, 4), {'x': 1}), ((1,), {'fget': 2}), ((), {'x': 1}), ((), {'doc': 'd', 'fdel': None}), ((1, 2, 3, 4, 5), {})]:\n    try:\n        p = property(*a, **kw)\n        print(p.fget, p.fset, p.fdel, p.__doc__)\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    stdout: "TypeError __import__() argument 1 must be str, not int\nTypeError __import__() argument 1 must be str, not None\nindex\n<module 'sys' (built-in)>\nindex\nTypeError 'x' is an invalid keyword argument for __import__()\nTypeError __import__() takes at most 5 arguments (6 given)\n<module 'sys' (built-in)>\nTypeError __import__() missing required argument 'name' (pos 1)\nTypeError __import__() takes at most 5 arguments (6 given)\nTypeError property() takes at most 4 arguments (5 given)\nTypeError argument for property() given by name ('fget') and position (1)\nTypeError 'x' is an invalid keyword argument for property()\nNone None None d\nTypeError property() takes at most 4 arguments (5 given)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("__import__ and property argument parsing", CASES);
