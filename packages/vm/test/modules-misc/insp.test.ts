// Introspection found by sweeping CPython 3.8's test_inspect, test_dis, test_code and test_funcattrs. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "inspect.classify_class_attrs kinds, home classes and the Attribute named tuple",
    file: "classify_attrs.py",
    source: "# inspect.classify_class_attrs kinds, home classes and the Attribute named tuple\nimport inspect, types\n\nclass Meta(type):\n    meta_attr = 'm'\n    def meta_method(cls):\n        pass\nclass Base(metaclass=Meta):\n    data = 1\n    def method(self): pass\n    @classmethod\n    def cm(cls): pass\n    @staticmethod\n    def sm(): pass\n    @property\n    def prop(self): return 1\n    @types.DynamicClassAttribute\n    def dyn(self): return 2\nclass Child(Base):\n    def method(self): pass\n    other = 'x'\n\nfor cls in (Base, Child):\n    for a in inspect.classify_class_attrs(cls):\n        if not a.name.startswith('__') or a.name in ('__init__', '__dict__', '__doc__'):\n            print(cls.__name__, a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)\na = inspect.classify_class_attrs(Base)[0]\nprint(type(a).__name__, type(a).__module__, a._fields)\nprint(repr(inspect.Attribute('n', 'data', int, 3)))\nkinds = {a.name: a.kind for a in inspect.classify_class_attrs(dict)}\nprint(kinds['fromkeys'], kinds['keys'], kinds['__hash__'], kinds['__new__'])\nkinds = {a.name: (a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(int)}\nprint(kinds['real'], kinds['from_bytes'], kinds['__add__'])\n",
    stdout: "Base __dict__ data Base getset_descriptor\nBase __doc__ data Base NoneType\nBase __init__ method object wrapper_descriptor\nBase cm class method Base classmethod\nBase data data Base int\nBase dyn data Base DynamicClassAttribute\nBase method method Base function\nBase prop property Base property\nBase sm static method Base staticmethod\nBase dyn data Base DynamicClassAttribute\nChild __dict__ data Base getset_descriptor\nChild __doc__ data Child NoneType\nChild __init__ method object wrapper_descriptor\nChild cm class method Base classmethod\nChild data data Base int\nChild dyn data Base DynamicClassAttribute\nChild method method Child function\nChild other data Child str\nChild prop property Base property\nChild sm static method Base staticmethod\nChild dyn data Base DynamicClassAttribute\nAttribute inspect ('name', 'kind', 'defining_class', 'object')\nAttribute(name='n', kind='data', defining_class=<class 'int'>, object=3)\nclass method method data static method\n('data', 'int') ('class method', 'int') ('method', 'int')\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "inspect.getdoc finds inherited docstrings with _finddoc",
    file: "getdoc_inherited.py",
    source: "# inspect.getdoc finds inherited docstrings with _finddoc\nimport inspect\n\nclass Base:\n    \"\"\"Base doc.\"\"\"\n    def meth(self):\n        \"\"\"Base meth doc.\"\"\"\n    @classmethod\n    def cm(cls):\n        \"\"\"Base cm doc.\"\"\"\n    @staticmethod\n    def sm():\n        \"\"\"Base sm doc.\"\"\"\n    @property\n    def prop(self):\n        \"\"\"Base prop doc.\"\"\"\n        return 1\n\nclass Child(Base):\n    def meth(self):\n        pass\n    @classmethod\n    def cm(cls):\n        pass\n    @property\n    def prop(self):\n        return 2\n\nclass Slotted:\n    __slots__ = {'power': 'measured in kW', 'other': None}\n\nprint(repr(inspect.getdoc(Child)))\nprint(repr(inspect.getdoc(Child.meth)))\nprint(repr(inspect.getdoc(Child().meth)))\nprint(repr(inspect.getdoc(Child.cm)))\nprint(repr(inspect.getdoc(Child.prop)))\nprint(repr(inspect.getdoc(Slotted.power)))\nprint(repr(inspect.getdoc(Slotted.other)))\nprint(repr(inspect._finddoc(Child.meth)))\nprint(repr(inspect._finddoc(Child)))\nprint(repr(inspect._finddoc(int.to_bytes) == int.to_bytes.__doc__))\nprint(repr(inspect._finddoc(int().bit_length) == int.bit_length.__doc__))\nprint(repr(inspect._finddoc(int.real) == int.real.__doc__))\nprint(repr(inspect._finddoc(dict.fromkeys) == dict.fromkeys.__doc__))\nprint(repr(inspect._finddoc(42)))\ndef loose():\n    pass\nprint(repr(inspect.getdoc(loose)))\nloose.__qualname__ = 'Nowhere.loose'\nprint(repr(inspect.getdoc(loose)))\nclass NoDoc:\n    pass\nprint(repr(inspect.getdoc(NoDoc)))\nclass Weird:\n    __doc__ = 42\nprint(repr(inspect.getdoc(Weird)))\ndef lam(): pass\nlam.__module__ = 'no_such_module'\nprint(repr(inspect.getdoc(lam)))\n",
    stdout: "'Base doc.'\n'Base meth doc.'\n'Base meth doc.'\n'Base cm doc.'\n'Base prop doc.'\n'measured in kW'\nNone\n'Base meth doc.'\n'Base doc.'\nTrue\nTrue\nTrue\nTrue\nNone\nNone\nNone\nNone\nNone\nNone\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "inspect.getmembers: unset slots, broken descriptors, DynamicClassAttribute, predicate",
    file: "getmembers_edges.py",
    source: "# inspect.getmembers: unset slots, broken descriptors, DynamicClassAttribute, predicate\nimport inspect, types\n\nclass Slots:\n    __slots__ = ('a', 'b')\ns = Slots()\ns.a = 1\nm = dict(inspect.getmembers(s))\nprint('a' in m, 'b' in m)\n\nclass Broken:\n    def __get__(self, *args):\n        raise AttributeError('broken')\nclass BrokenData(Broken):\n    def __set__(self, *args):\n        raise AttributeError('broken data')\nclass A:\n    md = Broken()\n    dd = BrokenData()\nprint([n for n, v in inspect.getmembers(A) if n in ('md', 'dd')])\nprint([type(v).__name__ for n, v in inspect.getmembers(A) if n in ('md', 'dd')])\nprint([n for n, v in inspect.getmembers(A()) if n in ('md', 'dd')])\n\nclass Meta(type):\n    @types.DynamicClassAttribute\n    def dyn(self):\n        return 'dyn'\nclass WithDyn(metaclass=Meta):\n    @types.DynamicClassAttribute\n    def dyn(self):\n        raise AttributeError('no')\nprint([(n, type(v).__name__) for n, v in inspect.getmembers(WithDyn) if n == 'dyn'])\nclass Sub(WithDyn):\n    pass\nprint([(n, type(v).__name__) for n, v in inspect.getmembers(Sub) if n == 'dyn'])\n\nclass Dirty:\n    def __dir__(self):\n        return ['x', 'missing', 'x', 'y']\n    x = 1\n    y = 2\nprint(inspect.getmembers(Dirty()))\nprint(inspect.getmembers(Dirty(), predicate=lambda v: v == 2))\ntry:\n    inspect.getmembers()\nexcept TypeError as e:\n    print(e)\nprint(len(inspect.getmembers(3, inspect.isbuiltin)) > 0)\nclass Raising:\n    @property\n    def p(self):\n        raise ValueError('boom')\ntry:\n    inspect.getmembers(Raising())\nexcept ValueError as e:\n    print('ValueError', e)\n",
    stdout: "True False\n['dd', 'md']\n['BrokenData', 'Broken']\n[]\n[('dyn', 'str')]\n[('dyn', 'str'), ('dyn', 'DynamicClassAttribute')]\n[('x', 1), ('y', 2)]\n[('y', 2)]\ngetmembers() missing 1 required positional argument: 'object'\nTrue\nValueError boom\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "inspect.getmodule's _filename and getsourcefile for a module with a loader",
    file: "getmodule_filename.py",
    source: "# inspect.getmodule's _filename and getsourcefile for a module with a loader\nimport inspect, sys, types\nname = '__probe_mod'\nm = sys.modules[name] = types.ModuleType(name)\nm.__file__ = '<probe>'\nexec('def x(): pass', m.__dict__)\nprint(inspect.getsourcefile(m.x.__code__))\nprint(inspect.getmodule(m.x.__code__) is m)\nprint(inspect.getmodule(None, '<probe>') is m)\nm.__loader__ = 'dummy'\nprint(inspect.getsourcefile(m.x.__code__))\nprint(inspect.getsourcefile(m.x))\nm.__loader__ = None\nprint(inspect.getsourcefile(m.x.__code__))\ndel sys.modules[name]\nprint(inspect.getsourcefile(m.x.__code__))\nprint(inspect.getmodule(compile('a=10', '', 'single')))\nprint(inspect.getmodule(None))\nprint(inspect.getmodule(len, None) is sys.modules['builtins'])\nprint(inspect.getmodule(object=len).__name__)\ntry:\n    inspect.getmodule(1, 2, 3)\nexcept TypeError as e:\n    print(e)\n",
    stdout: "None\nFalse\nTrue\nNone\n<string>\nNone\nNone\nNone\nNone\nTrue\nbuiltins\ngetmodule() takes from 1 to 2 positional arguments but 3 were given\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "inspect.isabstract while ABCMeta.__new__ runs (__init_subclass__)",
    file: "isabstract_init_subclass.py",
    source: "# inspect.isabstract while ABCMeta.__new__ runs (__init_subclass__)\nimport inspect\nfrom abc import ABCMeta, abstractmethod\nchecks = []\nclass Checker(metaclass=ABCMeta):\n    def __init_subclass__(cls):\n        checks.append((cls.__name__, inspect.isabstract(cls)))\nclass A(Checker):\n    @abstractmethod\n    def foo(self): pass\nclass B(A):\n    def foo(self): pass\nclass C(A):\n    pass\nclass D(C):\n    pass\nclass E(B):\n    pass\nprint(checks)\nprint(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(C), inspect.isabstract(42), inspect.isabstract(int))\nclass Plain:\n    def __init_subclass__(cls):\n        checks.append((cls.__name__, inspect.isabstract(cls)))\nclass P(Plain):\n    @abstractmethod\n    def foo(self): pass\nprint(checks[-1])\n",
    stdout: "[('A', True), ('B', False), ('C', True), ('D', True), ('E', False)]\nTrue False True False False\n('P', False)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect and dis introspection (insp sweep)", CASES);
