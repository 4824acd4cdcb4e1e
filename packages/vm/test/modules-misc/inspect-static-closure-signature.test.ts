// inspect.getattr_static, inspect.getclosurevars, and inspect.signature of function-like objects and metaclasses. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
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
  {
    name: "inspect.signature of function-like objects: __code__, __name__, __defaults__, __kwdefaults__ and __annotations__ read as attributes",
    file: "signature_functionlike.py",
    source: "# inspect.signature of function-like objects: __code__, __name__, __defaults__, __kwdefaults__ and __annotations__ read as attributes\nimport inspect\ndef func(a, b=2, *args, kwonly=True, kwonlyreq, **kwargs) -> int:\n    pass\nclass funclike:\n    def __init__(self, func):\n        self.__name__ = func.__name__\n        self.__code__ = func.__code__\n        self.__annotations__ = func.__annotations__\n        self.__defaults__ = func.__defaults__\n        self.__kwdefaults__ = func.__kwdefaults__\n        self.func = func\n    def __call__(self, *args, **kwargs):\n        return self.func(*args, **kwargs)\nprint(inspect.signature(func), inspect.signature(funclike(func)))\nprint(inspect.Signature.from_callable(funclike(func)) == inspect.signature(func))\nfl = funclike(func)\ndel fl.__defaults__\nprint(inspect.signature(fl))\nfl = funclike(func)\nfl.__defaults__ = (9,)\nfl.__kwdefaults__ = None\nfl.__annotations__ = {'a': str}\nprint(inspect.signature(fl))\nfl.__name__ = 3\nprint(inspect.signature(fl))\nfl = funclike(lambda x, y=1: 0)\nfl.__defaults__ = [1]\nprint(inspect.signature(fl))\nprint(inspect.getfullargspec(funclike(func)))\n",
    stdout: "(a, b=2, *args, kwonly=True, kwonlyreq, **kwargs) -> int (a, b=2, *args, kwonly=True, kwonlyreq, **kwargs) -> int\nTrue\n(*args, **kwargs)\n(a: str, b=9, *args, kwonly, kwonlyreq, **kwargs)\n(*args, **kwargs)\n(*args, **kwargs)\nFullArgSpec(args=['a', 'b'], varargs='args', varkw='kwargs', defaults=(2,), kwonlyargs=['kwonly', 'kwonlyreq'], kwonlydefaults={'kwonly': True}, annotations={'return': <class 'int'>})\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "inspect.signature of classes without their own __init__/__new__: '()' for classes, ValueError for metaclasses",
    file: "signature_metaclass.py",
    source: "# inspect.signature of classes without their own __init__/__new__: '()' for classes, ValueError for metaclasses\nimport inspect\nclass C: pass\nclass D(C): pass\nprint(inspect.signature(C), inspect.signature(D))\nclass M(type): pass\nclass N(M): pass\nfor obj in (M, N, type):\n    try:\n        print(inspect.signature(obj))\n    except ValueError as e:\n        print('ValueError', str(e).replace(__name__, 'MOD'))\nclass P(metaclass=M): pass\nprint(inspect.signature(P))\nclass Q(int): pass\ntry:\n    print(inspect.signature(Q))\nexcept ValueError as e:\n    print('ValueError', e)\nclass R:\n    def __new__(cls, a, b=1): return object.__new__(cls)\nprint(inspect.signature(R))\n",
    stdout: "() ()\nValueError callable <class 'MOD.M'> is not supported by signature\nValueError callable <class 'MOD.N'> is not supported by signature\nValueError no signature found for builtin <class 'type'>\n()\nValueError no signature found for builtin type <class '__main__.Q'>\n(a, b=1)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect getattr_static, getclosurevars and signature", CASES);
