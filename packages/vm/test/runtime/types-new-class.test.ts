// types.new_class / prepare_class as Lib/types.py runs them, and type()'s argument checks, as CPython 3.8 does them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "types.new_class and prepare_class follow Lib/types.py: the namespace reaches the metaclass untouched, __module__ is types only when type itself builds the class",
    file: "builtins_01.py",
    source: "# types.new_class and prepare_class follow Lib/types.py: the namespace reaches the metaclass untouched, __module__ is types only when type itself builds the class\nimport types\nC = types.new_class('C')\nprint(C.__module__, C.__qualname__)\nclass Meta(type):\n    def __new__(m, name, bases, ns, **kw):\n        print('ns', sorted(ns))\n        return super().__new__(m, name, bases, ns)\nD = types.new_class('D', (), {'metaclass': Meta})\nprint(D.__module__)\nE = types.new_class('E', (C,), exec_body=lambda ns: ns.update(a=1))\nprint(E.__module__, E.a, E.__mro__)\nprint(types.prepare_class('X', (int,), {'metaclass': type}))\nprint(types.prepare_class('X'))\ntry:\n    types.new_class('F', (int, type))\nexcept TypeError as e:\n    print(e)\nclass A:\n    def __mro_entries__(self, bases):\n        return (int,)\nG = types.new_class('G', (A(),))\nprint(G.__mro__, G.__orig_bases__[0].__class__.__name__, G.__module__)\n\nclass M2(type):\n    @classmethod\n    def __prepare__(mcls, name, bases, **kw):\n        print('prepare', mcls.__name__, name, bases, kw)\n        return {'from_prepare': 1}\n    def __new__(mcls, name, bases, ns, **kw):\n        print('new', sorted(ns), kw)\n        return super().__new__(mcls, name, bases, ns)\n    def __init__(cls, name, bases, ns, **kw):\n        super().__init__(name, bases, ns)\nsettings = {'metaclass': M2, 'z': 2}\nH = types.new_class('H', (), settings)\nprint(settings, H.from_prepare, H.__module__)\nprint(types.new_class('K', (), {'x': 0}, None) if False else 'skip')\ndef f(*a, **k):\n    print(a, k)\n    return 5\nprint(types.new_class('X', (int, object), dict(metaclass=f, x=0)))\n",
    stdout: "types C\nns []\n__main__\ntypes 1 (<class 'types.E'>, <class 'types.C'>, <class 'object'>)\n(<class 'type'>, {}, {})\n(<class 'type'>, {}, {})\nmultiple bases have instance lay-out conflict\n(<class 'types.G'>, <class 'int'>, <class 'object'>) A types\nprepare M2 H () {'z': 2}\nnew ['from_prepare'] {'z': 2}\n{'metaclass': <class '__main__.M2'>, 'z': 2} 1 __main__\nskip\n('X', (<class 'int'>, <class 'object'>), {}) {'x': 0}\n5\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "type() takes one or three arguments; a metaclass derived from type takes exactly three",
    file: "builtins_02.py",
    source: "# type() takes one or three arguments; a metaclass derived from type takes exactly three\nclass M(type):\n    pass\nclass N(type, metaclass=M):\n    pass\nfor call in [lambda: type(), lambda: type(1, 2), lambda: type(1, bases=()), lambda: M(5), lambda: N(5), lambda: M(),\n             lambda: type.__new__(type, 1), lambda: type.__new__(M, 'x'), lambda: M(1, (), {}), lambda: M('x', [], {}),\n             lambda: M('x', (), []), lambda: type('x', (), {}, 1)]:\n    try:\n        print(call())\n    except TypeError as e:\n        print('TypeError:', e)\nprint(type(5), M('A', (), {}))\n",
    stdout: "TypeError: type() takes 1 or 3 arguments\nTypeError: type() takes 1 or 3 arguments\nTypeError: type() takes 1 or 3 arguments\nTypeError: type.__new__() takes exactly 3 arguments (1 given)\nTypeError: type.__new__() takes exactly 3 arguments (1 given)\nTypeError: type.__new__() takes exactly 3 arguments (0 given)\n<class 'int'>\nTypeError: type.__new__() takes exactly 3 arguments (1 given)\nTypeError: type.__new__() argument 1 must be str, not int\nTypeError: type.__new__() argument 2 must be tuple, not list\nTypeError: type.__new__() argument 3 must be dict, not list\nTypeError: type() takes 1 or 3 arguments\n<class 'int'> <class '__main__.A'>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("types.new_class and type()", CASES);
