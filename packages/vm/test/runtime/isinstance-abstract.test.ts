// isinstance() and issubclass() through __bases__, __class__, nested tuples and the recursion guard, as Objects/abstract.c does them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "isinstance and issubclass accept objects that are not classes through __bases__ and __class__",
    file: "builtins_01.py",
    source: "# isinstance and issubclass accept objects that are not classes through __bases__ and __class__\nclass AbstractClass:\n    def __init__(self, bases):\n        self.bases = bases\n    def getbases(self):\n        return self.bases\n    __bases__ = property(getbases)\n    def __call__(self):\n        return AbstractInstance(self)\n\nclass AbstractInstance:\n    def __init__(self, klass):\n        self.klass = klass\n    def getclass(self):\n        return self.klass\n    __class__ = property(getclass)\n\nA = AbstractClass(())\nB = AbstractClass((A,))\nC = AbstractClass((B,))\nD = AbstractClass((A, C))\nprint(issubclass(B, A), issubclass(C, A), issubclass(A, C), issubclass(D, B), issubclass(D, (int, C)))\nprint(isinstance(C(), A), isinstance(A(), C), isinstance(D(), (str, B)), isinstance(3, A))\n\nclass Concrete:\n    __class__ = property(lambda self: int)\nprint(isinstance(Concrete(), int), isinstance(Concrete(), Concrete))\n\nfor f, args in [(isinstance, (1, 2)), (issubclass, (3, int)), (issubclass, (int, 3)), (issubclass, (A, 3)),\n                (isinstance, (1, AbstractClass(5)))]:\n    try:\n        print(f(*args))\n    except TypeError as e:\n        print('TypeError:', e)\n",
    stdout: "True True False True True\nTrue False True False\nTrue True\nTypeError: isinstance() arg 2 must be a type or tuple of types\nTypeError: issubclass() arg 1 must be a class\nTypeError: issubclass() arg 2 must be a class or tuple of classes\nTypeError: issubclass() arg 2 must be a class or tuple of classes\nTypeError: isinstance() arg 2 must be a type or tuple of types\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "errors raised while reading __bases__ propagate; an AttributeError means \"not a class\"",
    file: "builtins_02.py",
    source: "# errors raised while reading __bases__ propagate; an AttributeError means \"not a class\"\nclass E:\n    def getbases(self):\n        raise RuntimeError('bases')\n    __bases__ = property(getbases)\n\nclass NoBases:\n    def getbases(self):\n        raise AttributeError\n    __bases__ = property(getbases)\n\nclass BadClass:\n    __class__ = property(lambda self: (_ for _ in ()).throw(KeyError('cls')))\n\nfor call in [lambda: issubclass(E(), int), lambda: issubclass(int, E()), lambda: isinstance(1, E()),\n             lambda: issubclass(NoBases(), int), lambda: isinstance(1, NoBases()),\n             lambda: isinstance(BadClass(), int), lambda: isinstance(BadClass(), E)]:\n    try:\n        print(call())\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    stdout: "RuntimeError bases\nRuntimeError bases\nRuntimeError bases\nTypeError issubclass() arg 1 must be a class\nTypeError isinstance() arg 2 must be a type or tuple of types\nKeyError 'cls'\nKeyError 'cls'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "nested tuples and recursive __bases__ end in RecursionError with CPython's messages",
    file: "builtins_03.py",
    source: "# nested tuples and recursive __bases__ end in RecursionError with CPython's messages\nimport sys\n\nclass X:\n    @property\n    def __bases__(self):\n        return self.__bases__\n\nfor call in [lambda: issubclass(X(), int), lambda: issubclass(int, X()), lambda: isinstance(1, X())]:\n    try:\n        call()\n    except RecursionError as e:\n        print('RecursionError', e)\n\nt = (str,)\nfor i in range(sys.getrecursionlimit() + 5):\n    t = (t,)\nfor f, arg in [(isinstance, ''), (issubclass, str)]:\n    try:\n        f(arg, t)\n    except RecursionError as e:\n        print('RecursionError', e)\nprint(isinstance('', (int, (float, (str,)))), issubclass(bool, ((float,), int)))\n",
    stdout: "RecursionError maximum recursion depth exceeded\nRecursionError maximum recursion depth exceeded\nRecursionError maximum recursion depth exceeded\nRecursionError maximum recursion depth exceeded in __instancecheck__\nRecursionError maximum recursion depth exceeded in __subclasscheck__\nTrue True\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("isinstance and issubclass", CASES);
