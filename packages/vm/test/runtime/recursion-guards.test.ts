// Recursion through slot wrappers, isinstance/issubclass (tuples, __instancecheck__, the __bases__ protocol) raises RecursionError where CPython 3.8 does, with its messages. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "A slot wrapper of another dunder (__repr__ = __str__) recurses to RecursionError, not a host crash",
    file: "robust_01.py",
    source: "# A slot wrapper of another dunder (__repr__ = __str__) recurses to RecursionError, not a host crash\nclass Foo:\n    pass\nFoo.__repr__ = Foo.__str__\nfor f in (repr, str, format):\n    try:\n        f(Foo())\n    except RecursionError as e:\n        print(f.__name__, type(e).__name__, e)\nclass Bar:\n    pass\nBar.__str__ = Bar.__repr__\nBar.__repr__ = Bar.__str__\nprint(repr(Bar()).startswith('<__main__.Bar object'))\nclass Baz:\n    __repr__ = int.__repr__\ntry:\n    repr(Baz())\nexcept TypeError as e:\n    print(e)\nclass Sub(int):\n    __repr__ = int.__repr__\n    __str__ = object.__repr__\nprint(repr(Sub(5)), str(Sub(5)).startswith('<__main__.Sub object'))\n",
    stdout: "repr RecursionError maximum recursion depth exceeded while calling a Python object\nstr RecursionError maximum recursion depth exceeded while calling a Python object\nformat RecursionError maximum recursion depth exceeded while calling a Python object\nTrue\ndescriptor '__repr__' requires a 'int' object but received a 'Baz'\n5 True\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "isinstance/issubclass: nested tuples count recursion levels; __instancecheck__ recursion message",
    file: "robust_02.py",
    source: "# isinstance/issubclass: nested tuples count recursion levels; __instancecheck__ recursion message\nimport sys\ndef blowstack(fxn, arg, compare_to):\n    tuple_arg = (compare_to,)\n    for cnt in range(sys.getrecursionlimit() + 5):\n        tuple_arg = (tuple_arg,)\n        fxn(arg, tuple_arg)\nfor fxn, arg, cmp in ((isinstance, '', str), (issubclass, str, str)):\n    try:\n        blowstack(fxn, arg, cmp)\n    except RecursionError as e:\n        print(fxn.__name__, e)\nprint(isinstance(1, ((((int,),),),)), issubclass(bool, (str, (float, (int,)))))\nclass Meta(type):\n    def __instancecheck__(cls, inst):\n        return isinstance(inst, cls)\n    def __subclasscheck__(cls, sub):\n        return issubclass(sub, cls)\nclass X(metaclass=Meta):\n    pass\nfor f, a in ((isinstance, 1), (issubclass, int)):\n    try:\n        f(a, X)\n    except RecursionError as e:\n        print(f.__name__, 'RecursionError')\n",
    stdout: "isinstance maximum recursion depth exceeded in __instancecheck__\nissubclass maximum recursion depth exceeded in __subclasscheck__\nTrue True\nisinstance RecursionError\nissubclass RecursionError\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "isinstance/issubclass on objects with __bases__ (the abstract protocol) and their errors",
    file: "robust_03.py",
    source: "# isinstance/issubclass on objects with __bases__ (the abstract protocol) and their errors\nclass AbstractClass(object):\n    def __init__(self, bases):\n        self.bases = bases\n    def getbases(self):\n        return self.bases\n    __bases__ = property(getbases)\n    def __call__(self):\n        return AbstractInstance(self)\nclass AbstractInstance(object):\n    def __init__(self, klass):\n        self.klass = klass\n    def getclass(self):\n        return self.klass\n    __class__ = property(getclass)\nAbstractSuper = AbstractClass(bases=())\nAbstractChild = AbstractClass(bases=(AbstractSuper,))\nprint(isinstance(AbstractChild(), AbstractChild), isinstance(AbstractChild(), AbstractSuper))\nprint(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild))\nprint(issubclass(AbstractChild, (int, AbstractSuper)))\nprint(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))\nclass NoBases:\n    pass\nfor args in ((1, NoBases()), (NoBases(), int), (int, NoBases())):\n    for f in (isinstance, issubclass):\n        try:\n            print(f.__name__, f(*args))\n        except TypeError as e:\n            print(f.__name__, 'TypeError:', e)\nclass RaisingBases:\n    @property\n    def __bases__(self):\n        raise RuntimeError('bases!')\nfor f, args in ((isinstance, (1, RaisingBases())), (issubclass, (RaisingBases(), int)), (issubclass, (int, RaisingBases()))):\n    try:\n        f(*args)\n    except RuntimeError as e:\n        print(f.__name__, 'RuntimeError:', e)\nclass SelfBases:\n    @property\n    def __bases__(self):\n        return self.__bases__\ntry:\n    issubclass(SelfBases(), int)\nexcept RecursionError:\n    print('RecursionError')\n",
    stdout: "True True\nTrue False\nTrue\nTrue True\nisinstance TypeError: isinstance() arg 2 must be a type or tuple of types\nissubclass TypeError: issubclass() arg 1 must be a class\nisinstance False\nissubclass TypeError: issubclass() arg 1 must be a class\nisinstance TypeError: isinstance() arg 2 must be a type or tuple of types\nissubclass TypeError: issubclass() arg 2 must be a class or tuple of classes\nisinstance RuntimeError: bases!\nissubclass RuntimeError: bases!\nissubclass RuntimeError: bases!\nRecursionError\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "Recursion through slots gives CPython's message for the level that overflows first",
    file: "robust_04.py",
    source: "# Recursion through slots gives CPython's message for the level that overflows first\nimport sys\ndef depth():\n    try:\n        sys.setrecursionlimit(1)\n    except RecursionError as e:\n        return int(str(e).split('depth ')[1].split(':')[0])\ndef with_headroom(k, fn):\n    old = sys.getrecursionlimit()\n    sys.setrecursionlimit(depth() + k)\n    try:\n        return fn()\n    finally:\n        sys.setrecursionlimit(old)\nclass R:\n    def __repr__(self): return repr(self)\nclass E:\n    def __eq__(self, o): return self == o\nclass L:\n    def __lt__(self, o): return o > self\nclass G:\n    def __getattr__(self, n): return getattr(self, n)\nclass C:\n    def __call__(self): return self()\nclass Meta(type):\n    def __instancecheck__(cls, i): return isinstance(i, cls)\nclass X(metaclass=Meta): pass\ncases = {\n    'repr': lambda: repr(R()), 'eq': lambda: E() == E(), 'lt': lambda: L() < L(),\n    'getattr': lambda: G().x, 'call': lambda: C()(), 'instancecheck': lambda: isinstance(1, X),\n}\nfor name, fn in cases.items():\n    msgs = []\n    for k in range(40, 46):\n        try:\n            with_headroom(k, fn)\n        except RecursionError as e:\n            msgs.append(str(e)[len('maximum recursion depth exceeded'):])\n    print(name, msgs)\n",
    stdout: "repr ['', ' while calling a Python object', ' while getting the repr of an object', '', ' while calling a Python object', ' while getting the repr of an object']\neq ['', ' in comparison', '', ' in comparison', '', ' in comparison']\nlt [' while calling a Python object', ' in comparison', ' while calling a Python object', ' in comparison', ' while calling a Python object', ' in comparison']\ngetattr [' while calling a Python object', '', ' while calling a Python object', '', ' while calling a Python object', '']\ncall ['', ' while calling a Python object', '', ' while calling a Python object', '', ' while calling a Python object']\ninstancecheck ['', ' while calling a Python object', ' in __instancecheck__', '', ' while calling a Python object', ' in __instancecheck__']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("recursion guards", CASES);
