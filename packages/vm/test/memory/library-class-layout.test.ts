// The native stand-ins for classes of CPython's Python library (Counter, contextlib, weakref containers, Random, ABCMeta) have the layout type_new gives those classes: __basicsize__, __dictoffset__, __weakrefoffset__, sys.getsizeof. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Native stand-ins for CPython's Python classes lay out __dict__ and __weakref__ as type_new does",
    file: "library_class_layout.py",
    source: "# Native stand-ins for CPython's Python classes lay out __dict__ and __weakref__ as type_new does\nimport abc, collections, contextlib, functools, random, sys, warnings, weakref\ndef g():\n    yield\nfor cls in (collections.Counter, contextlib.ExitStack, contextlib.suppress, contextlib.AsyncExitStack,\n            contextlib.nullcontext, functools.cached_property, random.Random, weakref.WeakSet,\n            weakref.WeakKeyDictionary, warnings.catch_warnings, abc.ABCMeta):\n    print(cls.__name__, cls.__basicsize__, cls.__itemsize__, cls.__dictoffset__, cls.__weakrefoffset__)\nfor name, obj in (('Counter()', collections.Counter()), (\"Counter('ab')\", collections.Counter('ab')),\n                  ('ExitStack', contextlib.ExitStack()), ('suppress', contextlib.suppress()),\n                  ('contextmanager', contextlib.contextmanager(g)()), ('WeakSet', weakref.WeakSet()),\n                  ('catch_warnings', warnings.catch_warnings()), ('Random', random.Random(0))):\n    print(name, sys.getsizeof(obj))\nc = collections.Counter(a=2)\nc.note = 'counted'\nprint(c.__dict__, c, sys.getsizeof(c))\nclass Sub(collections.Counter):\n    pass\nprint(Sub.__basicsize__, Sub.__dictoffset__, Sub.__weakrefoffset__, sys.getsizeof(Sub()))\n",
    stdout: "Counter 64 0 48 56\nExitStack 32 0 16 24\nsuppress 32 0 16 24\nAsyncExitStack 32 0 16 24\nnullcontext 32 0 16 24\ncached_property 32 0 16 24\nRandom 2536 0 2520 2528\nWeakSet 32 0 16 24\nWeakKeyDictionary 32 0 16 24\ncatch_warnings 32 0 16 24\nABCMeta 880 40 264 368\nCounter() 248\nCounter('ab') 248\nExitStack 48\nsuppress 48\ncontextmanager 48\nWeakSet 48\ncatch_warnings 48\nRandom 2552\n{'note': 'counted'} Counter({'a': 2}) 248\n64 48 56 248\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("library class layouts", CASES, [0, Number.POSITIVE_INFINITY]);
