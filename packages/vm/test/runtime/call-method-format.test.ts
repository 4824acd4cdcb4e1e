// C code that calls a method by name with a format (PyObject_CallMethod, _PyObject_CallMethodId: PyMapping_Keys, ABCMeta's __subclasses__) refuses a non-callable attribute with its own message. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "ABCMeta.__subclasscheck__ calls __subclasses__ as PyObject_CallMethod does, and takes a list subclass by index",
    file: "abc_subclasses_hook.py",
    source: "# ABCMeta.__subclasscheck__ calls __subclasses__ as PyObject_CallMethod does, and takes a list subclass by index\nimport abc\ndef check(func):\n    class S(metaclass=abc.ABCMeta):\n        __subclasses__ = func\n    try:\n        print(issubclass(int, S))\n    except Exception as e:\n        print(type(e).__name__, e)\ncheck(None)\ncheck(1)\ncheck(lambda: [])\ncheck(lambda: 42)\ncheck(lambda: (int,))\ncheck(lambda: [42])\nclass L(list):\n    def __iter__(self):\n        print('L.__iter__ called')\n        return iter([])\ncheck(lambda: L([int]))\ncheck(lambda: L([str]))\ndef boom():\n    raise KeyError('from __subclasses__')\ncheck(boom)\nclass A(metaclass=abc.ABCMeta):\n    __subclasshook__ = None\ntry:\n    issubclass(int, A)\nexcept TypeError as e:\n    print('TypeError', e)\n",
    stdout: "TypeError attribute of type 'NoneType' is not callable\nTypeError attribute of type 'int' is not callable\nFalse\nTypeError __subclasses__() must return a list\nTypeError __subclasses__() must return a list\nTypeError issubclass() arg 2 must be a class or tuple of classes\nTrue\nFalse\nKeyError 'from __subclasses__'\nTypeError 'NoneType' object is not callable\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "PyMapping_Keys calls keys() as _PyObject_CallMethodId does: a non-callable keys attribute is \"attribute of type ... is not callable\"",
    file: "mapping_keys_not_callable.py",
    source: "# PyMapping_Keys calls keys() as _PyObject_CallMethodId does: a non-callable keys attribute is \"attribute of type ... is not callable\"\ndef t(f):\n    try:\n        print(f())\n    except Exception as e:\n        print(type(e).__name__, e)\nclass M:\n    keys = None\n    def __getitem__(self, k):\n        return 1\nt(lambda: dict(M()))\nt(lambda: {}.update(M()))\nt(lambda: dict(**M()))\nt(lambda: {**M()})\ndef f(**kw):\n    return kw\nt(lambda: f(**M()))\nclass K:\n    def __init__(self):\n        self.keys = lambda: ['a', 'b']\n    def __getitem__(self, k):\n        return k * 2\nt(lambda: dict(K()))\nt(lambda: f(**K()))\nclass N:\n    keys = 3\n    def __getitem__(self, k):\n        return 1\nt(lambda: {**N()})\n",
    stdout: "TypeError attribute of type 'NoneType' is not callable\nTypeError attribute of type 'NoneType' is not callable\nTypeError attribute of type 'NoneType' is not callable\nTypeError attribute of type 'NoneType' is not callable\nTypeError attribute of type 'NoneType' is not callable\n{'a': 'aa', 'b': 'bb'}\n{'a': 'aa', 'b': 'bb'}\nTypeError attribute of type 'int' is not callable\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("attribute of type is not callable", CASES, [0, Number.POSITIVE_INFINITY]);
