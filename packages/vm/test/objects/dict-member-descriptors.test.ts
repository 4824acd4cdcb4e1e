// test_descr's __dict__ descriptor checks: READONLY members of built-in types and a subclass's __dict__ deferring to its built-in base's. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "module.__dict__ and complex.real/imag are READONLY member descriptors (module_members, complex_members)",
    file: "descr_members_01.py",
    source: "# module.__dict__ and complex.real/imag are READONLY member descriptors (module_members, complex_members)\nimport types\nprint(types.ModuleType.__dict__['__dict__'], complex.real, complex.imag.__doc__, complex.real.__doc__, types.ModuleType.__dict__['__dict__'].__doc__)\nprint(list(complex.__dict__)[-6:], list(types.ModuleType.__dict__))\nm = types.ModuleType('m')\ntry:\n    m.__dict__ = {}\nexcept AttributeError as e:\n    print(e)\ntry:\n    del m.__dict__\nexcept AttributeError as e:\n    print(e)\nc = 1+2j\ntry:\n    c.real = 3\nexcept AttributeError as e:\n    print(e)\nprint(c.real, c.imag, complex.real.__get__(c), complex.real.__objclass__)\n",
    stdout: "<member '__dict__' of 'module' objects> <member 'real' of 'complex' objects> the imaginary part of a complex number the real part of a complex number None\n['conjugate', '__getnewargs__', '__format__', 'real', 'imag', '__doc__'] ['__repr__', '__getattribute__', '__setattr__', '__delattr__', '__init__', '__new__', '__dir__', '__dict__', '__doc__']\nreadonly attribute\nreadonly attribute\nreadonly attribute\n1.0 2.0 1.0 <class 'complex'>\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a __dict__ descriptor of a subclass defers to the built-in base's own (subtype_dict, subtype_setdict)",
    file: "descr_dict_01.py",
    source: "# a __dict__ descriptor of a subclass defers to the built-in base's own (subtype_dict, subtype_setdict)\nimport types\nclass Base(object):\n    pass\nclass Meta1(type, Base):\n    pass\nclass Meta2(Base, type):\n    pass\nclass D(object, metaclass=Meta1):\n    pass\nclass E(object, metaclass=Meta2):\n    pass\nclass Module1(types.ModuleType, Base):\n    pass\ndd = Base.__dict__[\"__dict__\"]\nfor x in [D, E, Module1(\"spam\")]:\n    for op in ('set', 'del'):\n        try:\n            if op == 'set':\n                dd.__set__(x, {})\n            else:\n                dd.__delete__(x)\n            print(\"allowed\", op, x)\n        except (AttributeError, TypeError) as e:\n            print(op, type(e).__name__, e)\n    print(type(dd.__get__(x)).__name__)\nclass Exception1(Exception, Base):\n    pass\ne = Exception1()\ndd.__set__(e, {'a': 1})\nprint(e.a, dd.__get__(e))\ntry:\n    dd.__delete__(e)\nexcept TypeError as ex:\n    print(ex)\n",
    stdout: "set AttributeError attribute '__dict__' of 'type' objects is not writable\ndel AttributeError attribute '__dict__' of 'type' objects is not writable\nmappingproxy\nset AttributeError attribute '__dict__' of 'type' objects is not writable\ndel AttributeError attribute '__dict__' of 'type' objects is not writable\nmappingproxy\nset AttributeError readonly attribute\ndel AttributeError readonly attribute\ndict\n1 {'a': 1}\ncannot delete __dict__\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("__dict__ and member descriptors", CASES);
