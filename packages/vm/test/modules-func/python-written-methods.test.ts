// Methods of natively written classes that CPython 3.8 writes in Python (Counter, ExitStack, Random, WeakSet, weakref.finalize, namedtuple classes, ...) are functions in the class dict that bind as Python functions do (class methods through classmethod), and argument errors read as a Python function's. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "methods of classes CPython 3.8 writes in Python are functions in the class dict, bound on instances",
    file: "pyfn_class_methods.py",
    source: "# methods of classes CPython 3.8 writes in Python are functions in the class dict, bound on instances\nimport collections, contextlib, random, weakref, warnings, abc, functools, inspect\ndef show(f):\n    print(type(f).__name__, inspect.isfunction(f), repr(f).split(' at 0x')[0])\nshow(collections.Counter.most_common)\nprint(collections.Counter().most_common)\nshow(contextlib.ExitStack.close)\nshow(contextlib.ExitStack.callback)\nshow(contextlib.AbstractContextManager.__enter__)\nshow(contextlib.suppress.__exit__)\nshow(random.Random.randint)\nshow(random.Random.seed)\nshow(random.Random.random)\nprint(type(random.randint).__name__, random.randint.__func__ is random.Random.randint, random.randint.__self__ is random._inst)\nshow(weakref.WeakSet.add)\nshow(weakref.WeakValueDictionary.get)\nshow(warnings.catch_warnings.__enter__)\nshow(abc.ABCMeta.register)\nshow(functools.cached_property.__set_name__)\n@contextlib.contextmanager\ndef cm():\n    yield 1\nshow(type(cm()).__enter__)\nP = collections.namedtuple('P', 'x y')\nshow(P._asdict)\nprint(P(1, 2)._asdict)\nshow(P._make.__func__)\n# they work bound, through the class, and refuse what is not an instance\nc = collections.Counter('abracadabra')\nprint(c.most_common(2), collections.Counter.most_common(c, 1))\nfor bad in (lambda: collections.Counter.most_common(),):\n    try:\n        bad()\n    except TypeError as e:\n        print('TypeError', e)\nwith contextlib.ExitStack() as s:\n    s.callback(print, 'closed')\n    print(s.enter_context(cm()))\nr = random.Random(1)\nprint(r.randint(1, 100), random.Random.choice(r, 'abc'))\nclass Sub(collections.Counter):\n    def most_common(self, n=None):\n        return ['sub'] + super().most_common(n)\nprint(Sub('aab').most_common(1))\nws = weakref.WeakSet()\nclass O: pass\no = O()\nws.add(o); print(len(ws), O in [type(x) for x in ws])\n",
    stdout: "function True <function Counter.most_common\n<bound method Counter.most_common of Counter()>\nfunction True <function ExitStack.close\nfunction True <function _BaseExitStack.callback\nfunction True <function AbstractContextManager.__enter__\nfunction True <function suppress.__exit__\nfunction True <function Random.randint\nfunction True <function Random.seed\nmethod_descriptor False <method 'random' of '_random.Random' objects>\nmethod True True\nfunction True <function WeakSet.add\nfunction True <function WeakValueDictionary.get\nfunction True <function catch_warnings.__enter__\nfunction True <function ABCMeta.register\nfunction True <function cached_property.__set_name__\nfunction True <function _GeneratorContextManager.__enter__\nfunction True <function P._asdict\n<bound method P._asdict of P(x=1, y=2)>\nfunction True <function P._make\n[('a', 5), ('b', 2)] [('a', 5)]\nTypeError most_common() missing 1 required positional argument: 'self'\n1\nclosed\n18 c\n['sub', ('a', 2)]\n1 True\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "argument errors of native functions that stand for Python ones read as a Python function's",
    file: "pyfn_argument_errors.py",
    source: "# argument errors of native functions that stand for Python ones read as a Python function's\nimport functools, warnings, collections, contextlib, heapq\nfor call in (lambda: functools.total_ordering(1, 2, 3, 4), lambda: warnings.resetwarnings(1), lambda: warnings.resetwarnings(x=1),\n             lambda: contextlib.ExitStack().close(1), lambda: contextlib.ExitStack().pop_all(1, 2), lambda: contextlib.ExitStack.close(),\n             lambda: functools.wraps.__call__(), lambda: collections.Counter().elements(5)):\n    try:\n        call()\n    except TypeError as e:\n        print(e)\n",
    stdout: "total_ordering() takes 1 positional argument but 4 were given\nresetwarnings() takes 0 positional arguments but 1 was given\nresetwarnings() got an unexpected keyword argument 'x'\nclose() takes 1 positional argument but 2 were given\npop_all() takes 1 positional argument but 3 were given\nclose() missing 1 required positional argument: 'self'\nwraps() missing 1 required positional argument: 'wrapped'\nelements() takes 1 positional argument but 2 were given\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "weakref.finalize's detach and peek are functions of the class",
    file: "pyfn_finalize_methods.py",
    source: "# weakref.finalize's detach and peek are functions of the class\nimport weakref\nclass O: pass\no = O()\nf = weakref.finalize(o, print, 'bye')\nprint(weakref.finalize.detach, f.peek()[1:], f.alive)\nprint(f.detach()[1:], f.alive, f.detach())\ntry: f.peek(1)\nexcept TypeError as e: print(e)\n",
    stdout: "<function finalize.detach at 0x?> (<built-in function print>, ('bye',), {}) True\n(<built-in function print>, ('bye',), {}) False None\npeek() takes 1 positional argument but 2 were given\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "Counter.fromkeys and Random.__init_subclass__ are classmethods of functions; Counter has no __copy__",
    file: "pyfn_class_classmethods.py",
    source: "# Counter.fromkeys and Random.__init_subclass__ are classmethods of functions; Counter has no __copy__\nimport collections, random\nprint(collections.Counter.fromkeys, type(vars(collections.Counter)['fromkeys']).__name__)\nprint(random.Random.__init_subclass__, type(vars(random.Random)['__init_subclass__']).__name__)\nprint(hasattr(collections.Counter, '__copy__'))\ntry: collections.Counter.fromkeys('ab')\nexcept NotImplementedError as e: print(e)\nclass R(random.Random): pass\nprint(R.__init_subclass__)\n",
    stdout: "<bound method Counter.fromkeys of <class 'collections.Counter'>> classmethod\n<bound method Random.__init_subclass__ of <class 'random.Random'>> classmethod\nFalse\nCounter.fromkeys() is undefined.  Use Counter(iterable) instead.\n<bound method Random.__init_subclass__ of <class '__main__.R'>>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("methods CPython writes in Python", CASES, [0, Number.POSITIVE_INFINITY]);
