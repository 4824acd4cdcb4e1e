// super(), __bases__ assignment and property getter docs against CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "assigning a class's __bases__: MRO of the class and its subclasses, checks and messages",
    file: "bases_assignment.py",
    source: "# assigning a class's __bases__: MRO of the class and its subclasses, checks and messages\nclass A:\n    def who(self): return 'A'\nclass B:\n    def who(self): return 'B'\n    def only_b(self): return 'only B'\nclass C(A):\n    pass\nclass D(C):\n    pass\nd = D()\nprint(d.who(), [k.__name__ for k in D.__mro__])\nC.__bases__ = (B,)\nprint(d.who(), d.only_b(), [k.__name__ for k in D.__mro__], C.__bases__, C.__base__)\nprint(A.__subclasses__(), B.__subclasses__())\nC.__bases__ = (A, B)\nprint([k.__name__ for k in D.__mro__], isinstance(d, B), issubclass(D, A))\ndef t(f):\n    try:\n        f()\n        print('ok')\n    except TypeError as e:\n        print('TypeError', e)\nt(lambda: setattr(C, '__bases__', ()))\nt(lambda: setattr(C, '__bases__', [A]))\nt(lambda: setattr(C, '__bases__', (A, 5)))\nt(lambda: setattr(C, '__bases__', (D,)))\nt(lambda: setattr(C, '__bases__', (C,)))\nt(lambda: setattr(C, '__bases__', (int,)))\nt(lambda: setattr(C, '__bases__', (bool,)))\nt(lambda: setattr(C, '__bases__', (A, A)))\nt(lambda: delattr(C, '__bases__'))\nt(lambda: setattr(int, '__bases__', (object,)))\nclass X: pass\nclass Y(X): pass\nclass P(X): pass\nclass Q(Y): pass\nt(lambda: setattr(P, '__bases__', (X, Y)))\nprint([k.__name__ for k in P.__mro__])\nclass S1:\n    __slots__ = ('a',)\nclass S2:\n    __slots__ = ('b',)\nclass T1(S1): pass\nt(lambda: setattr(T1, '__bases__', (S2,)))\nclass Meta(type):\n    def mro(cls):\n        print('mro() of', cls.__name__)\n        return type.mro(cls)\nclass M0: pass\nclass M(M0, metaclass=Meta): pass\nclass N(M): pass\nM.__bases__ = (A,)\nprint([k.__name__ for k in N.__mro__], N().who())\nclass Stat: pass\nclass Stat2(Stat): x = 1\nStat2.__bases__ = (object,)\nprint(Stat2.__mro__, Stat.__subclasses__())\n",
    stdout: "A ['D', 'C', 'A', 'object']\nB only B ['D', 'C', 'B', 'object'] (<class '__main__.B'>,) <class '__main__.B'>\n[] [<class '__main__.C'>]\n['D', 'C', 'A', 'B', 'object'] True True\nTypeError can only assign non-empty tuple to C.__bases__, not ()\nTypeError can only assign tuple to C.__bases__, not list\nTypeError C.__bases__ must be tuple of classes, not 'int'\nTypeError a __bases__ item causes an inheritance cycle\nTypeError a __bases__ item causes an inheritance cycle\nTypeError __bases__ assignment: 'int' deallocator differs from 'A'\nTypeError type 'bool' is not an acceptable base type\nTypeError duplicate base class A\nTypeError can't delete C.__bases__\nTypeError can't set attributes of built-in/extension type 'int'\nTypeError Cannot create a consistent method resolution\norder (MRO) for bases X, Y\n['P', 'X', 'object']\nTypeError __bases__ assignment: 'S2' object layout differs from 'S1'\nmro() of M\nmro() of N\nmro() of M\nmro() of N\n['N', 'M', 'A', 'object'] A\n",
    stderr: "Traceback (most recent call last):\n  File \"bases_assignment.py\", line 57, in <module>\n    Stat2.__bases__ = (object,)\nTypeError: __bases__ assignment: 'object' deallocator differs from 'Stat'\n",
    exit: 1,
  },
  {
    name: "property copies (getter/setter/deleter) take the doc of a new getter; subclasses keep it in the instance dict",
    file: "property_getter_doc.py",
    source: "# property copies (getter/setter/deleter) take the doc of a new getter; subclasses keep it in the instance dict\nclass P:\n    @property\n    def x(self):\n        'x doc'\n        return 1\n    @x.setter\n    def x(self, v):\n        pass\nprint(P.x.__doc__)\nclass Q(P):\n    @P.x.getter\n    def x(self):\n        return 2\nprint(Q.x.__doc__, Q().x)\nclass R(P):\n    @P.x.getter\n    def x(self):\n        'new doc'\n        return 3\nprint(R.x.__doc__)\nexplicit = property(lambda s: 1, doc='explicit')\nprint(explicit.getter(lambda s: 2).__doc__)\nprint(property(lambda s: 1).setter(None).fget is not None)\nclass Sub(property):\n    pass\ndef g(self):\n    'g doc'\nsp = Sub(g)\nprint(sp.__doc__, sp.__dict__, Sub(g, doc='d').__doc__)\np = property(g)\np.__init__(None, g)\nprint(p.fget, p.fset is g, p.__doc__)\n",
    stdout: "x doc\nNone 2\nnew doc\nexplicit\nTrue\ng doc {'__doc__': 'g doc'} None\nNone True None\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "super's __thisclass__, __self__, __self_class__ members and binding an unbound super with __get__",
    file: "super_members.py",
    source: "# super's __thisclass__, __self__, __self_class__ members and binding an unbound super with __get__\nclass A:\n    def f(self):\n        return 'A.f'\nclass B(A):\n    def f(self):\n        return 'B.f'\nb = B()\ns = super(B, b)\nprint(s.__thisclass__, s.__self__ is b, s.__self_class__)\nu = super(B)\nprint(u.__thisclass__, u.__self__, u.__self_class__, repr(u))\nbound = u.__get__(b, B)\nprint(repr(bound), bound.f(), bound.__self__ is b)\nprint(u.__get__(None, B) is u, s.__get__(b) is s)\nclass Holder(B):\n    sup = super(B)\nprint(Holder().sup.f(), Holder.sup is Holder.__dict__['sup'])\ntry:\n    u.__get__(5)\nexcept TypeError as e:\n    print('TypeError', e)\ntry:\n    s.__thisclass__ = A\nexcept AttributeError as e:\n    print('AttributeError', e)\nprint(type(super.__dict__['__self__']).__name__)\nclass MySuper(super):\n    pass\nms = MySuper(B)\nprint(type(ms.__get__(b)).__name__, ms.__get__(b).f())\n",
    stdout: "<class '__main__.B'> True <class '__main__.B'>\n<class '__main__.B'> None None <super: <class 'B'>, NULL>\n<super: <class 'B'>, <B object>> A.f True\nTrue True\nA.f True\nTypeError super(type, obj): obj must be an instance or subtype of type\nAttributeError readonly attribute\nmember_descriptor\nMySuper A.f\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("class machinery: super members, __bases__ assignment, property copies", CASES);
