// Which objects take weak references (may_add_weak), slots of variable-size bases, and import * with a module __getattr__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "weak references to deque/OrderedDict/Counter but not to int/tuple subclasses; import * past a module __getattr__",
    file: "weak_and_star.py",
    source: "# weak references to deque/OrderedDict/Counter but not to int/tuple subclasses; import * past a module __getattr__\nimport weakref, collections, types, sys\nclass I(int): pass\nclass T(tuple): pass\nclass S(str): pass\nfor name, make in [('I', lambda: I(1)), ('T', lambda: T()), ('S', lambda: S('x')), ('deque', collections.deque), ('OrderedDict', collections.OrderedDict), ('Counter', collections.Counter)]:\n    o = make()\n    try:\n        weakref.ref(o); print(name, 'ok')\n    except TypeError as e: print(name, 'TE', e)\ntry:\n    class W(int): __slots__ = ('__weakref__',)\nexcept TypeError as e: print(e)\nm = types.ModuleType('m')\nm.public = 1\nm._private = 2\ndef ga(name): raise AttributeError(name)\nm.__getattr__ = ga\nsys.modules['m'] = m\nfrom m import *\nprint(public, '_private' in dir(), sorted(k for k in dir() if not k.startswith('_'))[:3])\nclass A(int): __slots__ = ()\nprint(A(3))\ntry:\n    class B(tuple): __slots__ = (\"x\",)\nexcept TypeError as e: print(e)\nclass C(str): __slots__ = (\"y\",)\nc = C(\"z\"); c.y = 1; print(c, c.y)\n",
    stdout: "I TE cannot create weak reference to 'I' object\nT TE cannot create weak reference to 'T' object\nS ok\ndeque ok\nOrderedDict ok\nCounter ok\nnonempty __slots__ not supported for subtype of 'int'\n1 False ['I', 'S', 'T']\n3\nnonempty __slots__ not supported for subtype of 'tuple'\nz 1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("weak references and import *", CASES);
