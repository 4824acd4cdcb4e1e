// Empty str and bytes as CPython 3.8 treats them: replace with a count, decode before the codec lookup; and bytes.hex's argument order. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "no bytes decode to '' before the codec is looked up, in bytes.decode, bytearray.decode and str(); encoding '' still looks it up",
    file: "decode_empty_bytes.py",
    source: "# no bytes decode to '' before the codec is looked up, in bytes.decode, bytearray.decode and str(); encoding '' still looks it up\nfor call in (lambda: b''.decode('nope'), lambda: b''.decode('rot13', 'bad'), lambda: bytearray().decode('hex'),\n             lambda: str(b'', 'nope'), lambda: str(memoryview(b''), 'nope', 'x'), lambda: str(bytearray(), encoding='nope'),\n             lambda: b'x'.decode('nope'), lambda: b''.decode(1), lambda: str(b'', 1), lambda: ''.encode('nope'),\n             lambda: str('', 'nope'), lambda: str(1, 'nope'), lambda: b''.decode('nope') is str()):\n    try:\n        print(repr(call()))\n    except (LookupError, TypeError) as e:\n        print(type(e).__name__, e)\n",
    stdout: "''\n''\n''\n''\n''\n''\nLookupError unknown encoding: nope\nTypeError decode() argument 'encoding' must be str, not int\nTypeError str() argument 2 must be str, not int\nLookupError unknown encoding: nope\nTypeError decoding str is not supported\nTypeError decoding to str: need a bytes-like object, int found\nTrue\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "bytes.hex converts bytes_per_sep before it checks sep",
    file: "hex_argument_order.py",
    source: "# bytes.hex converts bytes_per_sep before it checks sep\nfor v in (b'abc', bytearray(b'abc'), memoryview(b'abc')):\n    for args in (('ab', None), ('\u00e9', 'x'), (object(), None), ((b'a',), 1.5), (b'', 2**63), ('-', 2**63), (b':', -2), ('ab', 2)):\n        try:\n            print(repr(v.hex(*args)))\n        except (TypeError, ValueError, OverflowError) as e:\n            print(type(e).__name__, e)\n",
    stdout: "TypeError an integer is required (got type NoneType)\nTypeError an integer is required (got type str)\nTypeError an integer is required (got type NoneType)\nTypeError integer argument expected, got float\nOverflowError Python int too large to convert to C int\nOverflowError Python int too large to convert to C int\n'6162:63'\nValueError sep must be length 1.\nTypeError an integer is required (got type NoneType)\nTypeError an integer is required (got type str)\nTypeError an integer is required (got type NoneType)\nTypeError integer argument expected, got float\nOverflowError Python int too large to convert to C int\nOverflowError Python int too large to convert to C int\n'6162:63'\nValueError sep must be length 1.\nTypeError an integer is required (got type NoneType)\nTypeError an integer is required (got type str)\nTypeError an integer is required (got type NoneType)\nTypeError integer argument expected, got float\nOverflowError Python int too large to convert to C int\nOverflowError Python int too large to convert to C int\n'6162:63'\nValueError sep must be length 1.\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "replace on an empty str or bytes: a count given leaves it unchanged, the default count replaces the empty match",
    file: "replace_empty_count.py",
    source: "# replace on an empty str or bytes: a count given leaves it unchanged, the default count replaces the empty match\nclass S(str):\n    pass\nclass B(bytes):\n    pass\nfor v in ('', S(''), b'', B(b''), bytearray()):\n    r = [v.replace(v[:0], type(v)(b'A') if not isinstance(v, str) else 'A', n) for n in (-1, 0, 1, 100)]\n    print(type(v).__name__, r, [type(x).__name__ for x in r], v.replace(v[:0], v[:0] + (b'A' if not isinstance(v, str) else 'A')))\ne = ''\nprint(e.replace('', 'x', 5) is e, ''.replace('a', 'b', 3), 'a'.replace('', '-', 100), b'ab'.replace(b'', b'-', 100))\n",
    stdout: "str ['A', '', '', ''] ['str', 'str', 'str', 'str'] A\nS ['A', '', '', ''] ['str', 'str', 'str', 'str'] A\nbytes [b'A', b'', b'', b''] ['bytes', 'bytes', 'bytes', 'bytes'] b'A'\nB [b'A', b'', b'', b''] ['bytes', 'bytes', 'bytes', 'bytes'] b'A'\nbytearray [bytearray(b'A'), bytearray(b''), bytearray(b''), bytearray(b'')] ['bytearray', 'bytearray', 'bytearray', 'bytearray'] bytearray(b'A')\nTrue  -a- b'-a-b-'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("empty text quirks", CASES);
