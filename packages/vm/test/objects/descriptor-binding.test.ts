// Binding checks of test_descr: classmethod_descriptor's class checks and super() of a proxy object. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "classmethod_descriptor __get__ and call check the class: a type, a subtype of the owner (classmethod_get, classmethoddescr_call)",
    file: "descr_cmdescr_01.py",
    source: "# classmethod_descriptor __get__ and call check the class: a type, a subtype of the owner (classmethod_get, classmethoddescr_call)\ndescr = dict.__dict__[\"fromkeys\"]\nprint(descr, type(descr))\nfor args in [(None, None), (42,), (None, 42), (None, int)]:\n    try:\n        print(descr.__get__(*args))\n    except TypeError as e:\n        print('TypeError', e)\nfor a in [int, 42, dict]:\n    try:\n        print(descr(a, [1]))\n    except TypeError as e:\n        print('TypeError', e)\nclass D(dict): pass\nprint(descr.__get__(None, D)([1]), type(descr.__get__(None, D)([1])))\nprint(descr.__get__(D())([1]))\n",
    stdout: "<method 'fromkeys' of 'dict' objects> <class 'classmethod_descriptor'>\nTypeError __get__(None, None) is invalid\nTypeError descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'\nTypeError descriptor 'fromkeys' for type 'dict' needs a type, not a 'int' as arg 2\nTypeError descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'\nTypeError descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'\nTypeError descriptor 'fromkeys' requires a type but received a 'int' instance\n{1: None}\n{1: None} <class '__main__.D'>\n{1: None}\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "super(type, obj) accepts a proxy whose __class__ attribute is a subclass of type (supercheck)",
    file: "descr_super_01.py",
    source: "# super(type, obj) accepts a proxy whose __class__ attribute is a subclass of type (supercheck)\nclass Proxy(object):\n    def __init__(self, obj):\n        self.__obj = obj\n    def __getattribute__(self, name):\n        if name.startswith(\"_Proxy__\"):\n            return object.__getattribute__(self, name)\n        else:\n            return getattr(self.__obj, name)\nclass B(object):\n    def f(self):\n        return \"B.f\"\nclass C(B):\n    def f(self):\n        return super(C, self).f() + \"->C.f\"\nobj = C()\np = Proxy(obj)\nprint(C.__dict__[\"f\"](p))\ns = super(C, p)\nprint(s)\nprint(super(C).__get__(p).f())\nclass Bad:\n    __class__ = 5\ntry:\n    super(C, Bad())\nexcept TypeError as e:\n    print(e)\nimport sys\nprint(sys.getrefcount(C) - sys.getrefcount(B))\n",
    stdout: "B.f->C.f\n<super: <class 'C'>, <C object>>\nB.f\nsuper(type, obj): obj must be an instance or subtype of type\n-1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("descriptor and super binding checks", CASES);
