// Layout facts of types (__basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__) and the memory of classes and of int/tuple/bytes/str subclass instances. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "type's layout members: __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__, __base__, __mro__",
    file: "l01_type_members.py",
    source: "# type's layout members: __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__, __base__, __mro__\nfor n in ['__basicsize__', '__itemsize__', '__weakrefoffset__', '__base__', '__dictoffset__', '__mro__']:\n    d = type.__dict__[n]\n    print(n, type(d).__name__, repr(d))\nclass A: pass\nclass B(A):\n    __slots__ = ('x', 'y')\nclass I(int): pass\nclass T(tuple): pass\nclass L(list):\n    __slots__ = ()\nclass E(ValueError):\n    pass\nclass M(type):\n    pass\nclass W:\n    __slots__ = ('__weakref__',)\nclass Dd:\n    __slots__ = ('__dict__', 'a')\nfor t in (object, int, str, tuple, list, dict, type, A, B, I, T, L, E, M, W, Dd, BaseException, ValueError, type(len), type(lambda: 0),\n          type((x for x in ())), bytes, float, complex, set, frozenset, range, slice, property, staticmethod, classmethod, super):\n    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__, t.__base__.__name__ if t.__base__ else None, len(t.__mro__))\ntry:\n    A.__basicsize__ = 3\nexcept AttributeError as e:\n    print('AttributeError', e)\nprint([k for k in type.__dict__ if k != '__flags__'])\nprint(type.__text_signature__, A.__text_signature__)\n",
    stdout: "__basicsize__ member_descriptor <member '__basicsize__' of 'type' objects>\n__itemsize__ member_descriptor <member '__itemsize__' of 'type' objects>\n__weakrefoffset__ member_descriptor <member '__weakrefoffset__' of 'type' objects>\n__base__ member_descriptor <member '__base__' of 'type' objects>\n__dictoffset__ member_descriptor <member '__dictoffset__' of 'type' objects>\n__mro__ member_descriptor <member '__mro__' of 'type' objects>\nobject 16 0 0 0 None 1\nint 24 4 0 0 object 2\nstr 80 0 0 0 object 2\ntuple 24 8 0 0 object 2\nlist 40 0 0 0 object 2\ndict 48 0 0 0 object 2\ntype 880 40 264 368 object 2\nA 32 0 16 24 object 2\nB 48 0 16 24 A 3\nI 32 4 -8 0 int 3\nT 32 8 -8 0 tuple 3\nL 40 0 0 0 list 3\nE 72 0 16 64 ValueError 5\nM 880 40 264 368 type 3\nW 24 0 0 16 object 2\nDd 32 0 24 0 object 2\nBaseException 64 0 16 0 object 2\nValueError 64 0 16 0 Exception 4\nbuiltin_function_or_method 56 0 0 40 object 2\nfunction 120 0 72 80 object 2\ngenerator 96 0 0 40 object 2\nbytes 33 1 0 0 object 2\nfloat 24 0 0 0 object 2\ncomplex 32 0 0 0 object 2\nset 200 0 0 192 object 2\nfrozenset 200 0 0 192 object 2\nrange 48 0 0 0 object 2\nslice 40 0 0 0 object 2\nproperty 56 0 0 0 object 2\nstaticmethod 32 0 24 0 object 2\nclassmethod 32 0 24 0 object 2\nsuper 40 0 0 0 object 2\nAttributeError readonly attribute\n['__repr__', '__call__', '__getattribute__', '__setattr__', '__delattr__', '__init__', '__new__', 'mro', '__subclasses__', '__prepare__', '__instancecheck__', '__subclasscheck__', '__dir__', '__sizeof__', '__basicsize__', '__itemsize__', '__weakrefoffset__', '__base__', '__dictoffset__', '__mro__', '__name__', '__qualname__', '__bases__', '__module__', '__abstractmethods__', '__dict__', '__doc__', '__text_signature__']\nNone None\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "subclasses of int, tuple, bytes and str: item sizes, sys.getsizeof and their memory",
    file: "l02_var_subclasses.py",
    source: "# subclasses of int, tuple, bytes and str: item sizes, sys.getsizeof and their memory\nimport sys\nclass I(int): pass\nclass T(tuple): pass\nclass B(bytes): pass\nclass S(str): pass\nprint(sys.getsizeof(I(5)), sys.getsizeof(I(2**40)), sys.getsizeof(I(0)), sys.getsizeof(T((1, 2, 3))), sys.getsizeof(T()))\nprint(sys.getsizeof(B(b'abc')), sys.getsizeof(S('abc')), sys.getsizeof(S('\u00e9')), sys.getsizeof(S('\u20acuro')), sys.getsizeof(S('')))\na = [I(2**90) for _ in range(3)]\nprint(id(a[1]) - id(a[0]), id(a[2]) - id(a[1]))\nc = [B(b'x' * 20) for _ in range(3)]\nprint(id(c[1]) - id(c[0]), id(c[2]) - id(c[1]))\nprint(I.__itemsize__, T.__itemsize__, B.__itemsize__, S.__itemsize__)\n",
    stdout: "44 48 40 72 48\n60 100 98 106 97\n80 80\n80 80\n4 8 1 0\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "classes are allocated with room for one slot member more than they have (PyType_GenericAlloc)",
    file: "l03_class_memory.py",
    source: "# classes are allocated with room for one slot member more than they have (PyType_GenericAlloc)\nimport sys, collections\nclass A: pass\nclass B: pass\nclass C:\n    __slots__ = ('a', 'b', 'c')\nclass D: pass\nprint(id(B) - id(A), id(C) - id(B), id(D) - id(C))\nprint(sys.getsizeof(collections.UserDict.__init__), type(collections.UserDict.__init__).__basicsize__)\n",
    stdout: "944 944 1072\n136 120\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "sys.getsizeof of str subclass instances of every kind: a PyUnicodeObject and its buffer",
    file: "l04_str_subclass_sizes.py",
    source: "# sys.getsizeof of str subclass instances of every kind: a PyUnicodeObject and its buffer\nimport sys\nclass S(str): pass\nfor t in ('', 'abc', 'caf\\xe9', '\\u20acuro', '\\U0001f600x', 'a'*50):\n    print(repr(t), sys.getsizeof(S(t)))\n",
    stdout: "'' 97\n'abc' 100\n'caf\u00e9' 101\n'\u20acuro' 106\n'\ud83d\ude00x' 108\n'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' 147\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("type layout members and var-size subclasses", CASES);
