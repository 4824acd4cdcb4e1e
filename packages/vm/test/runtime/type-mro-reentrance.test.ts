// CPython 3.8's test_descr MroTest as focused programs: a class has no MRO while its metaclass's mro() runs, __bases__ assignments reenter (mro_internal, type_set_bases), and mro() results are checked (mro_check). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a metaclass mro() runs while the new class has no MRO yet: __mro__ is None and it cannot be extended",
    file: "descr_mro_01.py",
    source: "# a metaclass mro() runs while the new class has no MRO yet: __mro__ is None and it cannot be extended\nclass M(type):\n    def mro(cls):\n        print('mro of', cls.__name__, cls.__mro__)\n        if cls.__name__ == 'A':\n            try:\n                class X(cls):\n                    pass\n            except TypeError as e:\n                print('TypeError:', e)\n        return type.mro(cls)\n\nclass A(metaclass=M):\n    pass\nprint(A.__mro__)\nclass B(A):\n    pass\nprint(B.__mro__, issubclass(B, A))\n",
    stdout: "mro of A None\nmro of X None\nTypeError: Cannot extend an incomplete type 'A'\n(<class '__main__.A'>, <class 'object'>)\nmro of B None\n(<class '__main__.B'>, <class '__main__.A'>, <class 'object'>) True\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "assigning __bases__ from inside a metaclass mro() while the class is made or its bases change",
    file: "descr_mro_02.py",
    source: "# assigning __bases__ from inside a metaclass mro() while the class is made or its bases change\nstep = 0\nclass M(type):\n    def mro(cls):\n        global step\n        print('mro', cls.__name__, cls.__mro__ is None)\n        if step < 1:\n            step += 1\n            cls.__bases__ += ()\n        return type.mro(cls)\n\nclass A(metaclass=M):\n    pass\nprint(A.__mro__, A.__bases__, object.__subclasses__().count(A))\n\nready = False\nclass N(type):\n    def mro(cls):\n        global ready\n        if ready and cls.__name__ == 'C':\n            ready = False\n            C.__bases__ = (B2,)\n        return type.mro(cls)\nclass A(metaclass=N): pass\nclass B1(A): pass\nclass B2(A): pass\nclass C(A): pass\nready = True\nC.__bases__ = (B1,)\nprint(C.__bases__, C.__mro__)\nprint(A.__subclasses__(), B1.__subclasses__(), B2.__subclasses__())\nB1.__bases__ = (C,)\nprint(B1.__mro__, C.__subclasses__())\n",
    stdout: "mro A True\nmro A True\n(<class '__main__.A'>, <class 'object'>) (<class 'object'>,) 1\n(<class '__main__.B2'>,) (<class '__main__.C'>, <class '__main__.B2'>, <class '__main__.A'>, <class 'object'>)\n[<class '__main__.B1'>, <class '__main__.B2'>, <class '__main__.C'>] [] [<class '__main__.C'>]\n(<class '__main__.B1'>, <class '__main__.C'>, <class '__main__.B2'>, <class '__main__.A'>, <class 'object'>) [<class '__main__.B1'>]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a failing mro() during a reentrant __bases__ assignment, and an inheritance cycle through tp_base",
    file: "descr_mro_03.py",
    source: "# a failing mro() during a reentrant __bases__ assignment, and an inheritance cycle through tp_base\nclass E(Exception):\n    pass\nready = False\nclass M(type):\n    def mro(cls):\n        global ready\n        if ready and cls.__name__ == 'C':\n            if C.__bases__ == (B2,):\n                ready = False\n            else:\n                C.__bases__ = (B2,)\n                raise E\n        return type.mro(cls)\nclass A(metaclass=M): pass\nclass B1(A): pass\nclass B2(A): pass\nclass C(A): pass\nready = True\ntry:\n    C.__bases__ = (B1,)\nexcept E:\n    print('E raised')\nprint(C.__bases__, C.__mro__, C.__mro__ == tuple(type.mro(C)))\nB1.__bases__ = (C,)\nprint(B1.__mro__)\n\non = False\nclass K(type):\n    def mro(cls):\n        if on:\n            if cls.__name__ == 'D1':\n                D2.__bases__ = (D1,)\n            if cls.__name__ == 'D2':\n                D1.__bases__ = (D2,)\n        return type.mro(cls)\nclass P(metaclass=K): pass\nclass D1(P): pass\nclass D2(P): pass\non = True\ntry:\n    D1.__bases__ += ()\nexcept TypeError as e:\n    print('TypeError:', e)\nprint(D1.__mro__, D2.__mro__)\n",
    stdout: "E raised\n(<class '__main__.B2'>,) (<class '__main__.C'>, <class '__main__.B2'>, <class '__main__.A'>, <class 'object'>) True\n(<class '__main__.B1'>, <class '__main__.C'>, <class '__main__.B2'>, <class '__main__.A'>, <class 'object'>)\nTypeError: a __bases__ item causes an inheritance cycle\n(<class '__main__.D1'>, <class '__main__.P'>, <class 'object'>) (<class '__main__.D2'>, <class '__main__.P'>, <class 'object'>)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a metaclass mro() may return only classes whose layout the class extends (mro_check, solid_base, extra_ivars)",
    file: "descr_mro_04.py",
    source: "# a metaclass mro() may return only classes whose layout the class extends (mro_check, solid_base, extra_ivars)\nclass _metaclass(type):\n    def mro(self):\n        return [self, dict, object]\ntry:\n    class X(object, metaclass=_metaclass):\n        pass\nexcept TypeError as e:\n    print(e)\nclass M2(type):\n    def mro(self):\n        return [1]\ntry:\n    class Y(object, metaclass=M2):\n        pass\nexcept TypeError as e:\n    print(e)\nclass M3(type):\n    def mro(self):\n        return 1\ntry:\n    class Z(object, metaclass=M3):\n        pass\nexcept TypeError as e:\n    print(e)\nclass P(int): pass\nclass M4(type):\n    def mro(self):\n        return [self, P, int, object]\ntry:\n  class Q(int, metaclass=M4):\n    __slots__ = ()\nexcept TypeError as e:\n    print(e)\n\nclass M5(type):\n    def mro(self):\n        return [self, int, object]\ntry:\n    class R(object, metaclass=M5):\n        __slots__ = ('a',)\nexcept TypeError as e:\n    print(e)\n",
    stdout: "mro() returned base with unsuitable layout ('dict')\nmro() returned a non-class ('int')\n'int' object is not iterable\nmro() returned base with unsuitable layout ('P')\nmro() returned base with unsuitable layout ('int')\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("metaclass mro() and __bases__ reentrance", CASES);
