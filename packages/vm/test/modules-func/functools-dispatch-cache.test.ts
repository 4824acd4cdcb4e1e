// singledispatch's weak dispatch cache and the _c3_mro/_compose_mro/_find_impl helpers as CPython 3.8's Lib/functools.py. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "singledispatch caches its choice per class in a weakref.WeakKeyDictionary made when it is called, emptied on register() and, once an ABC is registered, when the ABC cache token moves",
    file: "singledispatch_cache.py",
    source: "# singledispatch caches its choice per class in a weakref.WeakKeyDictionary made when it is called, emptied on register() and, once an ABC is registered, when the ABC cache token moves\nimport functools, weakref, collections.abc as c\n\nclass TracingDict(dict):\n    def __getitem__(self, key):\n        print('  get', key.__name__)\n        return dict.__getitem__(self, key)\n    def __setitem__(self, key, value):\n        print('  set', key.__name__, getattr(value, '__name__', value))\n        dict.__setitem__(self, key, value)\n    def clear(self):\n        print('  clear')\n        dict.clear(self)\n\nreal = weakref.WeakKeyDictionary\nweakref.WeakKeyDictionary = TracingDict\ntry:\n    @functools.singledispatch\n    def g(arg):\n        return 'base'\nfinally:\n    weakref.WeakKeyDictionary = real\nprint(type(g._clear_cache).__name__, g._clear_cache.__name__)\nprint(g(1), g(2), g('x'))\ng.register(int, lambda a: 'int')\nprint(g(1), g('x'))\nclass X:\n    pass\nc.MutableMapping.register(X)   # no ABC registered yet: the cache stays\nprint(g(1))\ng.register(c.Sized, lambda a: 'sized')\nprint(g('x'), g([]))\nc.MutableSet.register(X)       # the token moved: emptied on the next call\nprint(g([]))\nprint(g.dispatch(list)(0))\ng._clear_cache()\nprint(len(g.registry))\n",
    stdout: "method clear\n  get int\n  set int g\n  get int\n  get str\n  set str g\nbase base base\n  clear\n  get int\n  set int <lambda>\n  get str\n  set str g\nint base\n  get int\nint\n  clear\n  get str\n  set str <lambda>\n  get list\n  set list <lambda>\nsized sized\n  clear\n  get list\n  set list <lambda>\nsized\n  get list\nsized\n  clear\n3\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "functools._c3_mro, _compose_mro and _find_impl as Lib/functools.py defines them for singledispatch",
    file: "functools_mro_helpers.py",
    source: "# functools._c3_mro, _compose_mro and _find_impl as Lib/functools.py defines them for singledispatch\nimport functools, collections, collections.abc as c\nprint([t.__name__ for t in functools._compose_mro(dict, [c.Sequence, c.MutableMapping, c.Mapping, c.Set])])\nprint([t.__name__ for t in functools._compose_mro(collections.defaultdict, [c.Sized, c.Container, str])])\nclass A: pass\nclass B(A):\n    def __len__(self): return 0\n@c.Container.register\nclass C: pass\nclass D: pass\nclass X(D, C, B):\n    def __call__(self): pass\nprint([t.__name__ for t in functools._c3_mro(X, abcs=[c.Sized, c.Callable, c.Container])])\nprint([t.__name__ for t in functools._c3_mro(X)])\n@functools.singledispatch\ndef f(a): return 'base'\nf.register(c.Sized, lambda a: 'sized')\nprint(functools._find_impl(list, f.registry).__name__, functools._find_impl(int, f.registry).__name__)\nprint(functools._find_impl(list, {}))\nfor call in (lambda: functools._c3_mro(5), lambda: functools._compose_mro(5, []), lambda: functools._c3_mro(X, [5]), lambda: functools._compose_mro(X)):\n    try:\n        call()\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    stdout: "['dict', 'MutableMapping', 'Mapping', 'Collection', 'Sized', 'Iterable', 'Container', 'object']\n['defaultdict', 'dict', 'Sized', 'Container', 'object']\n['X', 'Callable', 'D', 'C', 'Container', 'B', 'Sized', 'A', 'object']\n['X', 'D', 'C', 'B', 'A', 'object']\n<lambda> f\nNone\nAttributeError 'int' object has no attribute '__bases__'\nAttributeError 'int' object has no attribute '__mro__'\nTypeError issubclass() arg 2 must be a class or tuple of classes\nTypeError _compose_mro() missing 1 required positional argument: 'types'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functools singledispatch cache", CASES);
