// test_descr's slot and layout checks as focused programs: implicit __qualname__/__classcell__ slots, dict and weakref pointers added through secondary bases, object.__new__ as a class's __new__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__qualname__ and __classcell__ in __slots__ become member descriptors, not conflicts with class variables",
    file: "descr_slots_01.py",
    source: "# __qualname__ and __classcell__ in __slots__ become member descriptors, not conflicts with class variables\nimport types\nclass C1:\n    def __init__(self):\n        self.b = 42\nclass C2(C1):\n    __slots__ = [\"__classcell__\"]\n    def __init__(self):\n        super().__init__()\nprint(type(C2.__dict__[\"__classcell__\"]), list(C2.__dict__))\nc = C2()\nprint(c.b, hasattr(c, \"__classcell__\"))\nc.__classcell__ = 42\nprint(c.__classcell__)\ntry:\n    class C3:\n        __classcell__ = 42\n        __slots__ = [\"__classcell__\"]\nexcept TypeError as e:\n    print('TypeError:', e)\nclass Q1:\n    __slots__ = [\"__qualname__\", \"x\"]\nprint(Q1.__qualname__, type(Q1.__dict__[\"__qualname__\"]), list(Q1.__dict__))\nq = Q1()\nprint(hasattr(q, \"__qualname__\"))\nq.__qualname__ = \"q\"\nprint(q.__qualname__)\ntry:\n    class Q2:\n        __qualname__ = object()\n        __slots__ = [\"__qualname__\"]\nexcept TypeError as e:\n    print('TypeError:', e)\ntry:\n    class Q3:\n        x = 1\n        __slots__ = [\"x\"]\nexcept ValueError as e:\n    print('ValueError:', e)\n",
    stdout: "<class 'member_descriptor'> ['__module__', '__slots__', '__init__', '__classcell__', '__doc__']\n42 False\n42\nTypeError: __classcell__ must be a nonlocal cell, not <class 'int'>\nQ1 <class 'member_descriptor'> ['__module__', '__slots__', '__qualname__', 'x', '__doc__']\nFalse\nq\nTypeError: type __qualname__ must be a str, not object\nValueError: 'x' in __slots__ conflicts with class variable\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a class adds a __dict__ or weakref pointer when its best base has none, even if a secondary base has one (type_new's may_add_dict)",
    file: "descr_layout_01.py",
    source: "# a class adds a __dict__ or weakref pointer when its best base has none, even if a secondary base has one (type_new's may_add_dict)\nclass A(object):\n    __slots__ = ()\nclass B(object):\n    pass\nclass W(object):\n    __slots__ = ('__weakref__',)\nclass Dd(object):\n    __slots__ = ('__dict__',)\ndef show(c):\n    print(c.__name__, c.__basicsize__, c.__dictoffset__, c.__weakrefoffset__, '__dict__' in c.__dict__, '__weakref__' in c.__dict__)\nclass C(A, B):\n    __slots__ = ()\nclass C2(A, B):\n    pass\nclass C3(A, W):\n    __slots__ = ()\nclass C4(A, Dd):\n    __slots__ = ()\nclass C5(A, Dd, W):\n    __slots__ = ('z',)\nclass C6(B, A):\n    __slots__ = ()\nclass C7(A, B):\n    __slots__ = ('__dict__',)\nfor c in (A, B, W, Dd, C, C2, C3, C4, C5, C6, C7):\n    show(c)\no = C()\no.x = 2\nprint(o.__dict__, C.__dict__['__dict__'])\nclass Q(A, B):\n    __slots__ = ()\nq = C()\nq.__class__ = Q\nprint(type(q).__name__, q.x if hasattr(q, 'x') else None)\ntry:\n    C3().y = 1\nexcept AttributeError as e:\n    print(e)\nclass I(int): __slots__ = ()\nclass J(I, B): __slots__ = ()\nshow(I); show(J)\n",
    stdout: "A 16 0 0 False False\nB 32 16 24 True True\nW 24 0 16 False True\nDd 24 16 0 True False\nC 32 16 24 True True\nC2 32 16 24 True True\nC3 24 0 16 False True\nC4 24 16 0 True False\nC5 40 24 32 True True\nC6 32 16 24 False False\nC7 32 16 24 True True\n{'x': 2} <attribute '__dict__' of 'C' objects>\nQ None\n'C3' object has no attribute 'y'\nI 24 0 0 False False\nJ 32 -8 0 True False\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "object.__new__ stored as a class's __new__ keeps the tp_new the class already has (update_one_slot's tp_new_wrapper case)",
    file: "descr_new_01.py",
    source: "# object.__new__ stored as a class's __new__ keeps the tp_new the class already has (update_one_slot's tp_new_wrapper case)\nclass A(object):\n    def __new__(cls, *args, **kwargs):\n        raise AssertionError\nclass B(A):\n    __new__ = object.__new__\n    def __init__(self, foo):\n        self.foo = foo\ntry:\n    B(3)\nexcept TypeError as e:\n    print('TypeError:', e)\ntry:\n    B()\nexcept AssertionError:\n    print('AssertionError')\ndel B.__new__\ndel A.__new__\ntry:\n    print(B(3).foo)\nexcept TypeError as e:\n    print('TypeError:', e)\nclass C:\n    pass\nC.__new__ = object.__new__\nprint(type(C()).__name__)\nfor cls in (C,):\n    try:\n        cls(1)\n    except TypeError as e:\n        print('TypeError:', e)\nclass D:\n    __new__ = object.__new__\n    def __init__(self, x):\n        self.x = x\nprint(D(5).x)\nclass I(int):\n    __new__ = object.__new__\ntry:\n    print(I(7))\nexcept TypeError as e:\n    print('TypeError:', e)\nclass T(tuple):\n    pass\nT.__new__ = tuple.__new__\nprint(T([1, 2]))\n",
    stdout: "TypeError: object.__new__() takes exactly one argument (the type to instantiate)\n",
    stderr: "Traceback (most recent call last):\n  File \"descr_new_01.py\", line 14, in <module>\n    B()\nTypeError: __init__() missing 1 required positional argument: 'foo'\n",
    exit: 1,
  },
];

describeCpythonCases("class layout and slots as type_new makes them", CASES);
