// Argument binding of calls: how built-ins bind and check positional and keyword arguments. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "memoryview(object) binds its argument as Argument Clinic does",
    file: "memoryview_args.py",
    source: "# memoryview(object) binds its argument as Argument Clinic does\ndef t(s):\n    try:\n        print(repr(eval(s)).split(' at ')[0])\n    except Exception as e:\n        print(type(e).__name__ + ':', e)\nfor s in [\"memoryview()\", \"memoryview(zz=1)\", \"memoryview(b'', zz=1)\", \"memoryview(b'', b'')\",\n          \"memoryview(object=b'ab').tobytes()\", \"memoryview(b'', object=b'')\", \"memoryview(obj=b'')\",\n          \"memoryview(object=1)\", \"memoryview(1, 2, zz=3)\"]:\n    t(s)\n",
    stdout: "TypeError: memoryview() missing required argument 'object' (pos 1)\nTypeError: memoryview() missing required argument 'object' (pos 1)\nTypeError: memoryview() takes at most 1 argument (2 given)\nTypeError: memoryview() takes at most 1 argument (2 given)\nb'ab'\nTypeError: memoryview() takes at most 1 argument (2 given)\nTypeError: memoryview() missing required argument 'object' (pos 1)\nTypeError: memoryview: a bytes-like object is required, not 'int'\nTypeError: memoryview() takes at most 1 argument (3 given)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "str, bytes and bytearray convert each encoding and errors argument as it is bound",
    file: "str_bytes_args.py",
    source: "# str, bytes and bytearray convert each encoding and errors argument as it is bound\ndef t(f, *a, **k):\n    try:\n        print(repr(f(*a, **k)))\n    except Exception as e:\n        print(type(e).__name__ + ':', e)\nfor f in (str, bytes, bytearray):\n    t(f, 1, 2, zz=1)\n    t(f, 1, 'utf-8', 3, zz=1)\n    t(f, 1, encoding=2, zz=1)\n    t(f, 1, errors=2, encoding=3)\n    t(f, 1, 2, encoding='x')\n    t(f, b'a', 'ascii', encoding='x')\n    t(f, 'a', 'ascii', source=1)\n    t(f, object=1, source=1)\n    t(f, 1, 2, 3, 4)\n    t(f, zz=1)\n    t(f, 'a', encoding='ascii', zz=1)\n    t(f, b'a', errors='strict', encoding='ascii')\n    t(f, 'a', 'ascii', 'strict')\n",
    stdout: "TypeError: str() argument 2 must be str, not int\nTypeError: str() takes at most 3 arguments (4 given)\nTypeError: str() argument 2 must be str, not int\nTypeError: str() argument 2 must be str, not int\nTypeError: str() argument 2 must be str, not int\nTypeError: argument for str() given by name ('encoding') and position (2)\nTypeError: 'source' is an invalid keyword argument for str()\nTypeError: 'source' is an invalid keyword argument for str()\nTypeError: str() takes at most 3 arguments (4 given)\nTypeError: 'zz' is an invalid keyword argument for str()\nTypeError: 'zz' is an invalid keyword argument for str()\n'a'\nTypeError: decoding str is not supported\nTypeError: bytes() argument 2 must be str, not int\nTypeError: bytes() takes at most 3 arguments (4 given)\nTypeError: bytes() argument 2 must be str, not int\nTypeError: bytes() argument 2 must be str, not int\nTypeError: bytes() argument 2 must be str, not int\nTypeError: argument for bytes() given by name ('encoding') and position (2)\nTypeError: argument for bytes() given by name ('source') and position (1)\nTypeError: 'object' is an invalid keyword argument for bytes()\nTypeError: bytes() takes at most 3 arguments (4 given)\nTypeError: 'zz' is an invalid keyword argument for bytes()\nTypeError: 'zz' is an invalid keyword argument for bytes()\nTypeError: encoding without a string argument\nb'a'\nTypeError: bytearray() argument 2 must be str, not int\nTypeError: bytearray() takes at most 3 arguments (4 given)\nTypeError: bytearray() argument 2 must be str, not int\nTypeError: bytearray() argument 2 must be str, not int\nTypeError: bytearray() argument 2 must be str, not int\nTypeError: argument for bytearray() given by name ('encoding') and position (2)\nTypeError: argument for bytearray() given by name ('source') and position (1)\nTypeError: 'object' is an invalid keyword argument for bytearray()\nTypeError: bytearray() takes at most 3 arguments (4 given)\nTypeError: 'zz' is an invalid keyword argument for bytearray()\nTypeError: 'zz' is an invalid keyword argument for bytearray()\nTypeError: encoding without a string argument\nbytearray(b'a')\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "sum(iterable, /, start=0) binds its arguments as Argument Clinic does",
    file: "sum_args.py",
    source: "# sum(iterable, /, start=0) binds its arguments as Argument Clinic does\ndef t(s):\n    try:\n        print(repr(eval(s)))\n    except Exception as e:\n        print(type(e).__name__ + ':', e)\nfor s in [\"sum()\", \"sum(x=1)\", \"sum([], start=1, foo=2)\", \"sum(iterable=[])\",\n          \"sum([], 1, start=2)\", \"sum([], foo=1)\", \"sum([1], start=2)\", \"sum([], 1, 2, 3)\",\n          \"sum(start=1)\", \"sum([], start='a')\", \"sum(1, start=1)\", \"sum([1.5], start=1)\"]:\n    t(s)\n",
    stdout: "TypeError: sum() takes at least 1 positional argument (0 given)\nTypeError: sum() takes at least 1 positional argument (0 given)\nTypeError: sum() takes at most 2 arguments (3 given)\nTypeError: sum() takes at least 1 positional argument (0 given)\nTypeError: sum() takes at most 2 arguments (3 given)\nTypeError: 'foo' is an invalid keyword argument for sum()\n3\nTypeError: sum() takes at most 2 arguments (4 given)\nTypeError: sum() takes at least 1 positional argument (0 given)\nTypeError: sum() can't sum strings [use ''.join(seq) instead]\nTypeError: 'int' object is not iterable\n2.5\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("call argument binding (syntax and calls, second pass)", CASES);
