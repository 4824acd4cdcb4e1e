// Slot lookups that raise, attribute name types, cells, builtin qualnames, __code__ and exec/eval of closures, ImportError re-init, TracebackType, __classcell__ before mro(), dir() of mapping locals, compile() filenames. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
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
    name: "__class__ is set before the metaclass's mro() runs (type_new fills __classcell__ before PyType_Ready)",
    file: "classcell_mro.py",
    source: "# __class__ is set before the metaclass's mro() runs (type_new fills __classcell__ before PyType_Ready)\nseen = []\nclass Meta(type):\n    def mro(self):\n        self.__dict__[\"f\"]()\n        return super().mro()\nclass A(metaclass=Meta):\n    def f():\n        seen.append(__class__)\nprint(seen[0] is A, A.__mro__)\nclass NotCell(type):\n    def mro(self):\n        print('mro called')\n        return super().mro()\ntry:\n    NotCell('X', (), {'__classcell__': 5})\nexcept TypeError as e:\n    print(e)\n",
    stdout: "True (<class '__main__.A'>, <class 'object'>)\n__classcell__ must be a nonlocal cell, not <class 'int'>\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "compile() filenames: bytes with surrogateescape, buffers after a DeprecationWarning, one filename object per compilation",
    file: "compile_filenames.py",
    source: "# compile() filenames: bytes with surrogateescape, buffers after a DeprecationWarning, one filename object per compilation\nimport warnings\nfor fn in (bytearray(b'file.py'), memoryview(b'file.py'), b'f\\xffle.py', list(b'x'), None, 3):\n    with warnings.catch_warnings(record=True) as w:\n        warnings.simplefilter('always')\n        try:\n            c = compile('pass', fn, 'exec')\n            print(repr(c.co_filename))\n        except TypeError as e:\n            print('TypeError', e)\n    for x in w:\n        print('  ', x.category.__name__, x.message, x.filename == __file__, x.lineno)\ns = \"def f(): pass\\ndef g(): pass\"\nc = compile(s, \"myfile\", \"exec\")\nprint([o.co_filename is c.co_filename for o in c.co_consts if hasattr(o, 'co_filename')])\nclass P:\n    def __fspath__(self): return 'from_fspath.py'\nclass Q:\n    def __fspath__(self): return 3\nprint(compile('pass', P(), 'exec').co_filename)\ntry:\n    compile('pass', Q(), 'exec')\nexcept TypeError as e:\n    print(e)\n",
    stdout: "'file.py'\n   DeprecationWarning path should be string, bytes, or os.PathLike, not bytearray True 7\n'file.py'\n   DeprecationWarning path should be string, bytes, or os.PathLike, not memoryview True 7\n'f\\udcffle.py'\nTypeError expected str, bytes or os.PathLike object, not list\nTypeError expected str, bytes or os.PathLike object, not NoneType\nTypeError expected str, bytes or os.PathLike object, not int\n[True, True]\nfrom_fspath.py\nexpected Q.__fspath__() to return str or bytes, not int\n",
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
    name: "dir() inside exec() with a mapping for locals lists its keys() (sorted), as PyMapping_Keys does",
    file: "exec_mapping_dir.py",
    source: "# dir() inside exec() with a mapping for locals lists its keys() (sorted), as PyMapping_Keys does\nclass M:\n    def __getitem__(self, key):\n        if key == 'a':\n            return 12\n        raise KeyError\n    def __setitem__(self, key, value):\n        print('set', key, value if key != 'z' or not isinstance(value, dict) else 'globals-dict')\n    def keys(self):\n        return list('zyx')\nm = M()\ng = {}\nexec('z = a', g, m)\n    try:\n        exec(src, {'G': g, 'M_': m}, m)\n    except Exception as e:\n        print(src, type(e).__name__, e)\nclass K:\n    def keys(self): return 5\n    def __getitem__(self, k): raise KeyError(k)\n    def __setitem__(self, k, v): pass\ntry:\n    exec('dir()', {}, K())\nexcept TypeError as e:\n    print(e)\nclass T:\n    def keys(self): return ('b', 'a')\n    def __getitem__(self, k): raise KeyError(k)\nexec('print(dir())', {}, T())\n",
    stdout: "",
    stderr: "  File \"exec_mapping_dir.py\", line 14\n    try:\n    ^\nIndentationError: unexpected indent\n",
    exit: 1,
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
  {
    name: "types.TracebackType: constructor arguments, tb_next assignment with its type and loop checks",
    file: "traceback_type.py",
    source: "# types.TracebackType: constructor arguments, tb_next assignment with its type and loop checks\nimport sys, types\ndef raiser():\n    raise ValueError\ndef get_tb():\n    try:\n        raiser()\n    except Exception as e:\n        return e.__traceback__\ntb = get_tb()\nprint(type(tb.tb_next).__name__, tb.tb_next.tb_next, tb.tb_lineno, tb.tb_next.tb_lineno)\nfor bad in (\"del tb.tb_next\", \"tb.tb_next = 'asdf'\", \"tb.tb_next = tb\", \"tb.tb_next.tb_next = tb\"):\n    try:\n        exec(bad)\n    except (TypeError, ValueError) as e:\n        print(bad, '->', type(e).__name__, e)\ntb.tb_next = None\nprint(tb.tb_next)\nnew = get_tb()\ntb.tb_next = new\nprint(tb.tb_next is new)\nframe = sys._getframe()\nt2 = types.TracebackType(new, frame, 1, 2)\nprint(t2.tb_next is new, t2.tb_frame is frame, t2.tb_lasti, t2.tb_lineno)\nprint(types.TracebackType(None, frame, 3, 4).tb_next, types.TracebackType(tb_next=None, tb_frame=frame, tb_lasti=5, tb_lineno=6).tb_lineno)\nfor args in [(\"no\", frame, 1, 2), (new, \"no\", 1, 2), (new, frame, \"no\", 2), (new, frame, 1, \"nuh-uh\"), (new, frame, 1.5, 2), (new, frame), ()]:\n    try:\n        types.TracebackType(*args)\n    except TypeError as e:\n        print(type(e).__name__, e)\ntry:\n    raise KeyError('k').with_traceback(t2)\nexcept KeyError as e:\n    print(e.__traceback__.tb_next is t2, e.__traceback__.tb_next.tb_lineno)\n",
    stdout: "traceback None 7 4\ndel tb.tb_next -> TypeError can't delete tb_next attribute\ntb.tb_next = 'asdf' -> TypeError expected traceback object, got 'str'\ntb.tb_next = tb -> ValueError traceback loop detected\ntb.tb_next.tb_next = tb -> ValueError traceback loop detected\nNone\nTrue\nTrue True 1 2\nNone 6\nTypeError expected traceback object or None, got 'str'\nTypeError TracebackType() argument 'tb_frame' must be frame, not str\nTypeError an integer is required (got type str)\nTypeError an integer is required (got type str)\nTypeError integer argument expected, got float\nTypeError TracebackType() missing required argument 'tb_lasti' (pos 3)\nTypeError TracebackType() missing required argument 'tb_next' (pos 1)\nTrue 2\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("object protocol edges from CPython's test_class, test_funcattrs, test_scope, test_exceptions, test_raise, test_super, test_compile", CASES);
