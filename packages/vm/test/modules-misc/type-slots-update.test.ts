// Slots recomputed when a class's dunders change, keyword arguments through slot wrappers, tp_new_wrapper's safety check. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "object.__new__(X) refuses a type whose static base has another __new__",
    file: "new_safety.py",
    source: "# object.__new__(X) refuses a type whose static base has another __new__\nimport types\nfor t in (int, list, dict, str, types.CoroutineType, float, tuple):\n    try: print(object.__new__(t))\n    except TypeError as e: print(e)\ntry: print(int.__new__(bool, 1))\nexcept TypeError as e: print(e)\nclass A:\n    def __new__(cls, *a): return super().__new__(cls)\nclass B(A, dict): pass\ntry: print(object.__new__(B))\nexcept TypeError as e: print(e)\nclass C(dict):\n    def __new__(cls): return dict.__new__(cls)\nprint(type(C()), object.__new__(A).__class__.__name__)\nclass E(Exception): pass\nprint(repr(Exception.__new__(E, 1)))\ntry: print(object.__new__(E))\nexcept TypeError as e: print(e)\nclass S(str):\n    def __new__(cls, v): return str.__new__(cls, v + '!')\nprint(S('a'))\n",
    stdout: "object.__new__(int) is not safe, use int.__new__()\nobject.__new__(list) is not safe, use list.__new__()\nobject.__new__(dict) is not safe, use dict.__new__()\nobject.__new__(str) is not safe, use str.__new__()\nobject.__new__(coroutine) is not safe, use coroutine.__new__()\nobject.__new__(float) is not safe, use float.__new__()\nobject.__new__(tuple) is not safe, use tuple.__new__()\nint.__new__(bool) is not safe, use bool.__new__()\nobject.__new__(B) is not safe, use dict.__new__()\n<class '__main__.C'> A\nE(1)\nobject.__new__(E) is not safe, use E.__new__()\na!\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "dunders set on a class after it is made update its slots and its subclasses'",
    file: "slots_update.py",
    source: "# dunders set on a class after it is made update its slots and its subclasses'\nclass P: pass\nP.__init__ = lambda self, x: setattr(self, 'x', x)\nP.__repr__ = lambda self: \"REPR\"\nprint(repr(P(5)), P(6).x)\nclass Q(P): pass\nP.__eq__ = lambda a, b: True\nprint(Q(1) == 3, Q(1))\nP.__len__ = lambda self: 7\nprint(len(Q(1)), bool(Q(1)))\nP.__call__ = lambda self, *a, **k: (a, k)\nprint(Q(1)(1, b=2))\nP.__add__ = lambda a, b: 'add'\nprint(Q(1) + 1)\nP.__iter__ = lambda self: iter([1,2])\nprint(list(Q(1)))\ndel P.__repr__\nprint(repr(Q(1))[:10])\ndef ga(self, n): return 'ga:' + n\nQ.__getattr__ = ga\nprint(Q(1).zzz)\nclass R:\n    def __setattr__(self, k, v): print('set', k)\nr = R(); r.a = 1\ndel R.__setattr__\nr.b = 2; print(r.b)\nP.__hash__ = None\ntry: hash(Q(1))\nexcept TypeError as e: print(e)\n",
    stdout: "REPR 6\nTrue REPR\n7 True\n((1,), {'b': 2})\nadd\n[1, 2]\n<__main__.\nga:zzz\nset a\n2\nunhashable type: 'Q'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "slot wrappers pass keyword arguments to __init__ and __call__; exception and object __init__ messages",
    file: "wrapper_keywords.py",
    source: "# slot wrappers pass keyword arguments to __init__ and __call__; exception and object __init__ messages\nclass D(dict):\n    def __init__(self, **kw): super().__init__(**kw)\nprint(D(a=1))\nclass L(list):\n    def __init__(self, *a, **kw): super().__init__(*a, **kw)\ntry: print(L(iterable=\"ab\"))\nexcept TypeError as e: print('TE', e)\nprint(L(\"ab\"))\nfor cls in (set, Exception, BaseException, frozenset, object):\n    try:\n        cls.__init__(cls(), x=1); print(cls.__name__, 'ok')\n    except TypeError as e: print(cls.__name__, e)\nprint(sorted.__call__([2, 1], reverse=True))\nclass C:\n    def __call__(self, *a, **k): return a, k\nprint(C().__call__(1, z=2), type(C()).__call__(C(), 3, y=4))\ntry: object.__get__\nexcept AttributeError as e: print(e)\nprint(int.__add__.__call__(1, 2))\ntry: int.__add__(1, other=2)\nexcept TypeError as e: print(e)\nfor f in (lambda: Exception(a=1), lambda: ValueError('x', a=1), lambda: KeyError(a=1), lambda: StopIteration(a=1), lambda: OSError(a=1), lambda: SyntaxError(a=1), lambda: ImportError('x', name='n', path='p'), lambda: ImportError(a=1), lambda: UnicodeDecodeError(a=1), lambda: SystemExit(a=1)):\n    try:\n        e = f(); print(repr(e), getattr(e, 'name', None))\n    except TypeError as e: print(e)\nclass A: pass\ntry: A().__init__(1)\nexcept TypeError as e: print(e)\ntry: object.__init__(object(), 1)\nexcept TypeError as e: print(e)\ntry: A(1)\nexcept TypeError as e: print(e)\nclass B:\n    def __new__(cls, *a): return object.__new__(cls)\nB(1)\ntry: B().__init__(1)\nexcept TypeError as e: print(e)\n",
    stdout: "{'a': 1}\n[]\n['a', 'b']\nset set() takes no keyword arguments\nException Exception() takes no keyword arguments\nBaseException BaseException() takes no keyword arguments\nfrozenset ok\nobject object.__init__() takes exactly one argument (the instance to initialize)\n[2, 1]\n((1,), {'z': 2}) ((3,), {'y': 4})\ntype object 'object' has no attribute '__get__'\n3\nwrapper __add__() takes no keyword arguments\nException() takes no keyword arguments\nValueError() takes no keyword arguments\nKeyError() takes no keyword arguments\nStopIteration() takes no keyword arguments\nOSError() takes no keyword arguments\nSyntaxError() takes no keyword arguments\nImportError('x') n\n'a' is an invalid keyword argument for ImportError()\nUnicodeDecodeError() takes no keyword arguments\nSystemExit() takes no keyword arguments\nA.__init__() takes exactly one argument (the instance to initialize)\nobject.__init__() takes exactly one argument (the instance to initialize)\nA() takes no arguments\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("class slots, slot wrappers and object.__new__", CASES);
