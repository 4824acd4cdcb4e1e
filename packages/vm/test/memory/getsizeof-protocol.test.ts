// sys.getsizeof as _PySys_GetSizeOf reads __sizeof__; subclass sizes; the cached UTF-8 form. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.getsizeof reads __sizeof__ as PyLong_AsSsize_t does: a non-int is a TypeError (the default then answers), an overflow or a negative size an error",
    file: "getsizeof_01.py",
    source: "# sys.getsizeof reads __sizeof__ as PyLong_AsSsize_t does: a non-int is a TypeError (the default then answers), an overflow or a negative size an error\nimport sys\nclass InvalidSizeof:\n    def __sizeof__(self):\n        return None\nclass FloatSizeof:\n    def __sizeof__(self):\n        return 4.5\nclass BoolSizeof:\n    def __sizeof__(self):\n        return True\nfor c in (InvalidSizeof, FloatSizeof, BoolSizeof):\n    try:\n        print(sys.getsizeof(c()))\n    except TypeError as e:\n        print('TypeError', e)\n    print(sys.getsizeof(c(), 'sentinel'))\nclass OverflowSizeof(int):\n    def __sizeof__(self):\n        return int(self)\nfor v in (sys.maxsize, sys.maxsize - 16, sys.maxsize + 1, -1, -sys.maxsize - 1, 2**100):\n    try:\n        print(sys.getsizeof(OverflowSizeof(v)))\n    except Exception as e:\n        print(type(e).__name__, e)\n    try:\n        print(sys.getsizeof(OverflowSizeof(v), 'default'))\n    except Exception as e:\n        print(type(e).__name__, e)\nclass Raising:\n    def __sizeof__(self):\n        raise KeyError('k')\ntry:\n    sys.getsizeof(Raising(), 0)\nexcept KeyError as e:\n    print('KeyError', e)\n",
    stdout: "TypeError an integer is required\nsentinel\nTypeError an integer is required\nsentinel\n17\n17\n9223372036854775823\n9223372036854775823\n9223372036854775807\n9223372036854775807\nOverflowError Python int too large to convert to C ssize_t\nOverflowError Python int too large to convert to C ssize_t\nValueError __sizeof__() should return >= 0\nValueError __sizeof__() should return >= 0\nValueError __sizeof__() should return >= 0\nValueError __sizeof__() should return >= 0\nOverflowError Python int too large to convert to C ssize_t\nOverflowError Python int too large to convert to C ssize_t\nKeyError 'k'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "__sizeof__ of list and OrderedDict subclasses counts their __slots__; a non-ASCII str compiled from keeps its UTF-8 form",
    file: "getsizeof_02.py",
    source: "# __sizeof__ of list and OrderedDict subclasses counts their __slots__; a non-ASCII str compiled from keeps its UTF-8 form\nimport sys\nfrom collections import OrderedDict\nclass L(list):\n    __slots__ = 'a', 'b', 'c'\nclass OD(OrderedDict):\n    __slots__ = 'a', 'b', 'c'\nclass D(dict):\n    __slots__ = 'a', 'b', 'c'\nclass LD(list):\n    pass\nfor o, b in ((L(), []), (L([1, 2]), [1, 2]), (OD(x=[]), OrderedDict(x=[])), (D(x=[]), {'x': []}), (LD(), [])):\n    print(type(o).__name__, sys.getsizeof(o), sys.getsizeof(b), o.__sizeof__() - b.__sizeof__())\nsamples = ['1'*100, '\\xff'*50, '\\u0100'*40, '\\U00010000'*30]\nfor s in samples:\n    print(sys.getsizeof(s))\ns = chr(0x4000)\nprint(sys.getsizeof(s))\ncompile(s, \"<stdin>\", \"eval\")\nprint(sys.getsizeof(s))\nt = 'x = \"\\xe9\\u20ac\"'\nbefore = sys.getsizeof(t)\nexec(t)\nprint(sys.getsizeof(t) - before, x)\na = 'abc'\ncompile(a, 's', 'eval')\nprint(sys.getsizeof(a))\nclass S(str):\n    pass\nu = S('\\xe9')\nprint(sys.getsizeof(u))\neval(u)  if False else None\ntry:\n    compile(u, 's', 'eval')\nexcept SyntaxError as e:\n    print('SyntaxError', e.msg)\nprint(sys.getsizeof(u))\n",
    stdout: "L 80 56 24\nL 96 72 24\nOD 416 392 24\nD 256 232 24\nLD 72 56 16\n149\n123\n154\n196\n76\n80\n12 \u00e9\u20ac\n52\n98\n101\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sys.getsizeof and __sizeof__", CASES);
