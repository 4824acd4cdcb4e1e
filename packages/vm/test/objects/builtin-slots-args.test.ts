// bytearray's SQSLOT wrappers, binary_op's print hint and the argument parsing of compile() and __import__(), as CPython 3.8 does them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "bytearray exposes its sequence slots as __add__, __mul__, __rmul__, __iadd__ and __imul__ wrappers; a subclass dispatches * through them",
    file: "builtins_01.py",
    source: "# bytearray exposes its sequence slots as __add__, __mul__, __rmul__, __iadd__ and __imul__ wrappers; a subclass dispatches * through them\nfor t in [bytes, bytearray, list, tuple, str]:\n    print(t.__name__, [n for n in ('__mul__', '__rmul__', '__imul__', '__add__', '__iadd__', '__contains__', '__len__', '__getitem__') if n in t.__dict__])\nimport collections\nprint([n for n in ('__mul__', '__rmul__', '__imul__', '__add__', '__iadd__') if n in collections.deque.__dict__])\nprint(bytearray.__mul__, bytearray.__imul__)\nb = bytearray(b'xy')\nprint(b.__mul__(3), b.__rmul__(0), b.__add__(b'z'), b.__iadd__(b'!'), b.__imul__(2), b)\nfor call in [lambda: b.__mul__('a'), lambda: b.__mul__(2**70), lambda: b.__add__(3), lambda: b.__imul__(), lambda: bytearray.__mul__(b'x', 2)]:\n    try:\n        print(call())\n    except Exception as e:\n        print(type(e).__name__, e)\nprint(list(bytearray.__dict__).index('__add__') < list(bytearray.__dict__).index('__getitem__'))\nprint([k for k in bytearray.__dict__ if k.startswith('__') and k in ('__add__', '__mul__', '__rmul__', '__iadd__', '__imul__', '__len__', '__getitem__', '__contains__', '__setitem__')])\nclass S(bytearray): pass\nprint(S(b'ab') * 2, S(b'ab').__mul__(2), type(S(b'a') + b'b'))\n",
    stdout: "bytes ['__mul__', '__rmul__', '__add__', '__contains__', '__len__', '__getitem__']\nbytearray ['__mul__', '__rmul__', '__imul__', '__add__', '__iadd__', '__contains__', '__len__', '__getitem__']\nlist ['__mul__', '__rmul__', '__imul__', '__add__', '__iadd__', '__contains__', '__len__', '__getitem__']\ntuple ['__mul__', '__rmul__', '__add__', '__contains__', '__len__', '__getitem__']\nstr ['__mul__', '__rmul__', '__add__', '__contains__', '__len__', '__getitem__']\n['__mul__', '__rmul__', '__imul__', '__add__', '__iadd__']\n<slot wrapper '__mul__' of 'bytearray' objects> <slot wrapper '__imul__' of 'bytearray' objects>\nbytearray(b'xyxyxy') bytearray(b'') bytearray(b'xyz') bytearray(b'xy!xy!') bytearray(b'xy!xy!') bytearray(b'xy!xy!')\nTypeError 'str' object cannot be interpreted as an integer\nOverflowError cannot fit 'int' into an index-sized integer\nTypeError can't concat int to bytearray\nTypeError  expected 1 argument, got 0\nTypeError descriptor '__mul__' requires a 'bytearray' object but received a 'bytes'\nFalse\n['__len__', '__getitem__', '__setitem__', '__add__', '__mul__', '__rmul__', '__contains__', '__iadd__', '__imul__']\nbytearray(b'abab') bytearray(b'abab') <class 'bytearray'>\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "print >> x raises TypeError with the Python 2 migration hint, only for print and only for >>",
    file: "builtins_02.py",
    source: "# print >> x raises TypeError with the Python 2 migration hint, only for print and only for >>\nimport sys\nclass OverrideRRShift:\n    def __rrshift__(self, lhs):\n        return 42\nfor call in [lambda: print >> sys.stderr, lambda: print >> 42, lambda: max >> sys.stderr, lambda: print << sys.stderr]:\n    try:\n        call()\n    except TypeError as e:\n        print(e)\np = print\ntry:\n    p >>= 1\nexcept TypeError as e:\n    print(e)\nprint(print >> OverrideRRShift())\n",
    stdout: "unsupported operand type(s) for >>: 'builtin_function_or_method' and '_io.TextIOWrapper'. Did you mean \"print(<message>, file=<output_stream>)\"?\nunsupported operand type(s) for >>: 'builtin_function_or_method' and 'int'. Did you mean \"print(<message>, file=<output_stream>)\"?\nunsupported operand type(s) for >>: 'builtin_function_or_method' and '_io.TextIOWrapper'\nunsupported operand type(s) for <<: 'builtin_function_or_method' and '_io.TextIOWrapper'\nunsupported operand type(s) for >>=: 'builtin_function_or_method' and 'int'\n42\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "compile() and __import__() parse their arguments as Argument Clinic / PyArg_ParseTupleAndKeywords do",
    file: "builtins_03.py",
    source: "# compile() and __import__() parse their arguments as Argument Clinic / PyArg_ParseTupleAndKeywords do\nfor call in [lambda: compile(), lambda: compile('pass', '?', 'exec', mode='eval', source='0', filename='tmp'),\n             lambda: compile('1', '', 'eval', bogus=1), lambda: compile('1', '', 'eval', 0, 0, -1, 5),\n             lambda: compile('1', 'f', 'eval', dont_inherit=True, flags=0, optimize=0), lambda: compile(source='1', filename='f', mode='eval'),\n             lambda: __import__(1, 2, 3, 4), lambda: __import__('sys', name='sys'), lambda: __import__('sys', bogus=1),\n             lambda: __import__(), lambda: __import__('sys', {}, {}, [], 0, 1), lambda: __import__(name='sys', level=0)]:\n    try:\n        print(call())\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    stdout: "TypeError compile() missing required argument 'source' (pos 1)\nTypeError argument for compile() given by name ('source') and position (1)\nTypeError 'bogus' is an invalid keyword argument for compile()\nTypeError compile() takes at most 6 positional arguments (7 given)\n<code object <module> at 0x?, file \"f\", line 1>\n<code object <module> at 0x?, file \"f\", line 1>\nTypeError __import__() argument 1 must be str, not int\nTypeError argument for __import__() given by name ('name') and position (1)\nTypeError 'bogus' is an invalid keyword argument for __import__()\nTypeError __import__() missing required argument 'name' (pos 1)\nTypeError __import__() takes at most 5 arguments (6 given)\n<module 'sys' (built-in)>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sequence slot wrappers, the print >> hint, compile/__import__ arguments", CASES);
