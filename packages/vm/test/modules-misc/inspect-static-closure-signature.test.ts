// inspect.getattr_static and inspect.getclosurevars. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "inspect.getattr_static finds attributes without running descriptors or __getattr__",
    file: "getattr_static.py",
    source: "# inspect.getattr_static finds attributes without running descriptors or __getattr__\nimport inspect\n\nclass Desc:\n    def __get__(self, obj, cls):\n        return 'computed'\nclass DataDesc(Desc):\n    def __set__(self, obj, value):\n        pass\nclass Meta(type):\n    meta_attr = 'from meta'\nclass Base(metaclass=Meta):\n    inherited = 'base value'\nclass Thing(Base):\n    plain = 1\n    desc = Desc()\n    data = DataDesc()\n    __slots__ = ()\n    @property\n    def prop(self):\n        raise RuntimeError('ran')\n    def __getattr__(self, name):\n        return 'dynamic ' + name\nclass Open:\n    desc = Desc()\n    data = DataDesc()\no = Open()\no.__dict__['desc'] = 'instance wins'\no.__dict__['data'] = 'descriptor wins'\nt = Thing()\nfor obj, name in [(t, 'plain'), (t, 'inherited'), (o, 'desc'), (o, 'data'), (Thing, 'meta_attr'), (Thing, 'mro')]:\n    r = inspect.getattr_static(obj, name)\n    print(name, type(r).__name__, r if isinstance(r, (str, int)) else '')\nprint(type(inspect.getattr_static(t, 'prop')).__name__, getattr(t, 'missing'))\nprint(inspect.getattr_static(t, 'missing', 'default'), inspect.getattr_static(Thing, 'missing', None))\ntry:\n    inspect.getattr_static(t, 'missing')\nexcept AttributeError as e:\n    print('AttributeError', e.args)\nimport sys\nprint(inspect.getattr_static(sys, 'maxsize'), type(inspect.getattr_static(dict, 'fromkeys')).__name__)\n",
    stdout: "plain int 1\ninherited str base value\ndesc str instance wins\ndata DataDesc \nmeta_attr str from meta\nmro method_descriptor \nproperty dynamic missing\ndefault None\nAttributeError ('missing',)\n9223372036854775807 classmethod_descriptor\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "inspect.getclosurevars splits a function's names into nonlocals, globals, builtins and unbound",
    file: "getclosurevars.py",
    source: "# inspect.getclosurevars splits a function's names into nonlocals, globals, builtins and unbound\nimport inspect\na_global = 'g'\ndef make(x):\n    y = [1]\n    def f(z):\n        print(x, y, a_global, len(z), missing_name, None, True)\n        return z.attr\n    return f\nf = make(7)\ncv = inspect.getclosurevars(f)\nprint(cv)\nprint(type(cv).__name__, cv._fields, cv.nonlocals, sorted(cv.unbound))\nclass C:\n    def method(self):\n        return a_global, abs\nprint(inspect.getclosurevars(C().method))\nprint(inspect.getclosurevars(lambda: 0))\nns = {'__builtins__': {'print': 'my print'}}\nexec('def h():\\n    print(len)', ns)\nprint(inspect.getclosurevars(ns['h']))\nfor bad in (len, C, 1):\n    try:\n        inspect.getclosurevars(bad)\n    except TypeError as e:\n        print('TypeError', e)\ndef outer():\n    def inner():\n        return later\n    r = inspect.getclosurevars(inner) if False else None\n    try:\n        inspect.getclosurevars(inner)\n    except ValueError as e:\n        print('ValueError', e)\n    later = 1\nouter()\n",
    stdout: "ClosureVars(nonlocals={'x': 7, 'y': [1]}, globals={'a_global': 'g'}, builtins={'print': <built-in function print>, 'len': <built-in function len>}, unbound={'attr', 'missing_name'})\nClosureVars ('nonlocals', 'globals', 'builtins', 'unbound') {'x': 7, 'y': [1]} ['attr', 'missing_name']\nClosureVars(nonlocals={}, globals={'a_global': 'g'}, builtins={'abs': <built-in function abs>}, unbound=set())\nClosureVars(nonlocals={}, globals={}, builtins={}, unbound=set())\nClosureVars(nonlocals={}, globals={}, builtins={'print': 'my print'}, unbound={'len'})\nTypeError <built-in function len> is not a Python function\nTypeError <class '__main__.C'> is not a Python function\nTypeError 1 is not a Python function\nValueError Cell is empty\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect getattr_static and getclosurevars", CASES);
