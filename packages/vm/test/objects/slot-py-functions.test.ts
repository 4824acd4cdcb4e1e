// The dunders of natively written classes that CPython 3.8 writes in Python are function objects in the class dict (objects/slot-py-function.ts). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "the dunders of library classes CPython writes in Python are functions in their class dicts",
    file: "slot_functions_01.py",
    source: "# the dunders of library classes CPython writes in Python are functions in their class dicts\nimport contextlib, collections, weakref, random\nfor cls, name in [(contextlib.suppress, '__init__'), (contextlib.ContextDecorator, '__call__'),\n                  (contextlib.nullcontext, '__init__'), (collections.Counter, '__repr__'),\n                  (weakref.WeakSet, '__len__'), (random.Random, '__init__')]:\n    f = vars(cls)[name]\n    print(type(f).__name__, f.__qualname__, f.__module__, f.__name__)\nm = contextlib.suppress(KeyError).__init__\nprint(type(m).__name__, m.__func__ is vars(contextlib.suppress)['__init__'])\nprint(contextlib.suppress.__init__.__code__.co_varnames[:2])\nc = collections.Counter('abca')\nprint(collections.Counter.__repr__(c), weakref.WeakSet.__len__(weakref.WeakSet()))\ntry:\n    contextlib.suppress.__init__()\nexcept TypeError as e:\n    print(e)\n",
    stdout: "function suppress.__init__ contextlib __init__\nfunction ContextDecorator.__call__ contextlib __call__\nfunction nullcontext.__init__ contextlib __init__\nfunction Counter.__repr__ collections __repr__\nfunction WeakSet.__len__ _weakrefset __len__\nfunction Random.__init__ random __init__\nmethod True\n('self', 'exceptions')\nCounter({'a': 2, 'b': 1, 'c': 1}) 0\n__init__() missing 1 required positional argument: 'self'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "subclasses of library classes written in Python reach their dunders through super() and keep their behaviour",
    file: "slot_functions_02.py",
    source: "# subclasses of library classes written in Python reach their dunders through super() and keep their behaviour\nimport collections, contextlib, weakref\nclass C(collections.Counter):\n    def __init__(self, *a):\n        print('C.__init__')\n        super().__init__(*a)\n    def __repr__(self):\n        return 'C:' + super().__repr__()\nprint(C('aab'), C('x') + C('xy'), bool(C()), len(C('abc')))\nclass S(contextlib.suppress):\n    def __init__(self):\n        super().__init__(KeyError)\nwith S():\n    {}['k']\nprint('suppressed')\nclass W(weakref.WeakSet):\n    pass\nclass K:\n    pass\nk = K()\nw = W([k])\nprint(len(w), bool(w), k in w)\nclass D(contextlib.ContextDecorator):\n    def __enter__(self):\n        print('enter')\n    def __exit__(self, *a):\n        print('exit')\n    def __call__(self, f):\n        print('D.__call__')\n        return super().__call__(f)\n@D()\ndef f():\n    return 'f ran'\nprint(f())\n",
    stdout: "C.__init__\nC.__init__\nC.__init__\nC.__init__\nC.__init__\nC:C({'a': 2, 'b': 1}) Counter({'x': 2, 'y': 1}) False 3\nsuppressed\n1 True True\nD.__call__\nenter\nexit\nf ran\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("slots of library classes written in Python", CASES);
