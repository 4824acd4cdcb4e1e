// Slot lookups that raise, attribute name types, cells, builtin qualnames, __code__ and exec/eval of closures, ImportError re-init. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "attribute names must be str for setattr/delattr/getattr through every path",
    file: "attribute_name_types.py",
    source: "# attribute names must be str for setattr/delattr/getattr through every path\nclass A:\n    pass\na = A()\nfor name in (b'x', 1):\n    for f in (object.__setattr__, setattr, object.__delattr__, delattr, object.__getattribute__, A.__setattr__):\n        try:\n            print(f(a, name, None) if 'set' in f.__name__ else f(a, name))\n        except Exception as e:\n            print(f.__name__, type(e).__name__, e)\n    for f in (type.__setattr__, type.__delattr__, type.__getattribute__):\n        try:\n            print(f(A, name, None) if 'set' in f.__name__ else f(A, name))\n        except Exception as e:\n            print(f.__name__, type(e).__name__, e)\nclass S(str):\n    pass\nsetattr(A, S('foo'), 3)\nprint(A.foo, type(list(A.__dict__)[-1]))\n",
    stdout: "__setattr__ TypeError attribute name must be string, not 'bytes'\nsetattr TypeError attribute name must be string, not 'bytes'\n__delattr__ TypeError attribute name must be string, not 'bytes'\ndelattr TypeError attribute name must be string, not 'bytes'\n__getattribute__ TypeError attribute name must be string, not 'bytes'\n__setattr__ TypeError attribute name must be string, not 'bytes'\n__setattr__ TypeError attribute name must be string, not 'bytes'\n__delattr__ TypeError attribute name must be string, not 'bytes'\n__getattribute__ TypeError attribute name must be string, not 'bytes'\n__setattr__ TypeError attribute name must be string, not 'int'\nsetattr TypeError attribute name must be string, not 'int'\n__delattr__ TypeError attribute name must be string, not 'int'\ndelattr TypeError attribute name must be string, not 'int'\n__getattribute__ TypeError attribute name must be string, not 'int'\n__setattr__ TypeError attribute name must be string, not 'int'\n__setattr__ TypeError attribute name must be string, not 'int'\n__delattr__ TypeError attribute name must be string, not 'int'\n__getattribute__ TypeError attribute name must be string, not 'int'\n3 <class 'str'>\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "types.CellType: construction, emptiness, comparison by contents, unhashable",
    file: "cell_type.py",
    source: "# types.CellType: construction, emptiness, comparison by contents, unhashable\nimport types\nc = types.CellType(1)\nprint(c.cell_contents, type(c))\nc2 = types.CellType()\ntry:\n    c2.cell_contents\nexcept ValueError as e:\n    print('ValueError', e)\nc2.cell_contents = 5\nprint(c2.cell_contents)\nfor a, b in [(types.CellType(2), types.CellType(3)), (types.CellType(), types.CellType('s')), (types.CellType(), types.CellType()), (types.CellType(1), types.CellType(1.0))]:\n    print(a < b, a <= b, a == b, a != b, a > b, a >= b)\ntry:\n    types.CellType(1) < types.CellType('x')\nexcept TypeError as e:\n    print(e)\nprint(types.CellType(1) == 1, types.CellType(1).__eq__(1))\ntry:\n    types.CellType(1, 2)\nexcept TypeError as e:\n    print(e)\ntry:\n    types.CellType(x=1)\nexcept TypeError as e:\n    print(e)\nprint(hash(types.CellType) is not None)\ntry:\n    hash(types.CellType(1))\nexcept TypeError as e:\n    print(e)\n",
    stdout: "1 <class 'cell'>\nValueError Cell is empty\n5\nTrue True False True False False\nTrue True False True False False\nFalse True True False False True\nFalse True True False False True\n'<' not supported between instances of 'int' and 'str'\nFalse NotImplemented\ncell expected at most 1 argument, got 2\ncell() takes no keyword arguments\nTrue\nunhashable type: 'cell'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "exec() and eval() refuse a code object with free variables, after putting __builtins__ in the globals",
    file: "exec_free_vars.py",
    source: "# exec() and eval() refuse a code object with free variables, after putting __builtins__ in the globals\ndef f(x):\n    return lambda: x + 1\ng = f(3)\nfor fn in (eval, exec):\n    try:\n        fn(g.__code__, {})\n    except TypeError as e:\n        print(fn.__name__, e)\ntry:\n    eval(g.__code__)\nexcept TypeError as e:\n    print(e)\ng2 = {}\ntry:\n    exec(g.__code__, g2)\nexcept TypeError as e:\n    print(e, sorted(g2))\n",
    stdout: "eval code object passed to eval() may not contain free variables\nexec code object passed to exec() may not contain free variables\ncode object passed to eval() may not contain free variables\ncode object passed to exec() may not contain free variables ['__builtins__']\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "builtin qualnames of static and class methods, dir() of a bound method, __code__ free-var check",
    file: "function_attrs_edges.py",
    source: "# builtin qualnames of static and class methods, dir() of a bound method, __code__ free-var check\nclass F:\n    def a(self):\n        pass\nf = F()\nf.a.__func__.known = 7\nprint('known' in dir(f.a), 'known' in dir(F.a), '__func__' in dir(f.a))\nfor fn in (str.maketrans, bytes.maketrans, bytearray.maketrans, dict.fromkeys, float.__getformat__, [].append, {}.pop, len, int.from_bytes):\n    print(fn.__qualname__, fn.__self__ if not isinstance(fn.__self__, type(len.__self__)) else 'module')\nd = dict.__dict__['fromkeys']\nprint(d.__name__, d.__qualname__, d.__objclass__)\nprint(str.maketrans.__self__, str.maketrans('a', 'b'))\ndef outer():\n    a = b = 1\n    def inner():\n        return a, b\n    return inner\ndef plain():\n    return 0\nfor target, source in ((plain, outer()), (outer(), plain), (outer(), outer())):\n    try:\n        target.__code__ = source.__code__\n        print('ok', target.__name__)\n    except ValueError as e:\n        print('ValueError', e)\nclass Odd:\n    __dict__ = {'fake': 1}\nprint('fake' in dir(Odd()))\n",
    stdout: "True True True\nstr.maketrans None\nbytes.maketrans None\nbytearray.maketrans None\ndict.fromkeys <class 'dict'>\nfloat.__getformat__ <class 'float'>\nlist.append []\ndict.pop {}\nlen module\nint.from_bytes <class 'int'>\nfromkeys dict.fromkeys <class 'dict'>\nNone {97: 98}\nValueError plain() requires a code object with 0 free vars, not 2\nValueError inner() requires a code object with 2 free vars, not 0\nok inner\nTrue\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "ImportError.__init__ resets msg, name and path it is not given",
    file: "import_error_reinit.py",
    source: "# ImportError.__init__ resets msg, name and path it is not given\nexc = ImportError('test', name='name', path='path')\nprint(exc.args, exc.msg, exc.name, exc.path)\nexc.__init__()\nprint(exc.args, exc.msg, exc.name, exc.path)\nexc.__init__('a', 'b', name='n')\nprint(exc.args, exc.msg, exc.name, exc.path, repr(str(exc)))\nexc.__init__('only')\nprint(exc.args, exc.msg, exc.name, exc.path, str(exc))\nm = ModuleNotFoundError('x', name='m')\nm.__init__(1, 2)\nprint(m.msg, m.name, str(m))\n",
    stdout: "('test',) test name path\n() None None None\n('a', 'b') None n None \"('a', 'b')\"\n('only',) only None None only\nNone None (1, 2)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a dunder whose lookup raises: comparison falls back to identity, repr to the default; other slots raise",
    file: "slot_lookup_errors.py",
    source: "# a dunder whose lookup raises: comparison falls back to identity, repr to the default; other slots raise\ndef booh(self):\n    raise AttributeError(\"booh\")\nclass E:\n    __eq__ = property(booh)\n    __lt__ = property(booh)\n    __add__ = property(booh)\n    __len__ = property(booh)\n    __repr__ = property(booh)\nprint(E() == E())\nprint(E() != E())\nfor op in (lambda a, b: a < b, lambda a, b: a + b, lambda a, b: len(a), lambda a, b: repr(a)):\n    try:\n        print(op(E(), E()))\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    stdout: "False\nTrue\nTypeError '<' not supported between instances of 'E' and 'E'\nAttributeError booh\nAttributeError booh\n<E object at 0x?>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("object protocol edges from CPython's test_class, test_funcattrs, test_scope, test_exceptions", CASES);
