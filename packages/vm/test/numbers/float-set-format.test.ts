// float.__set_format__ and __getformat__, as CPython 3.8's float defines them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "float.__set_format__ checks its arguments and sets what __getformat__ reports, as CPython 3.8 does",
    file: "float_set_format.py",
    source: "# float.__set_format__ checks its arguments and sets what __getformat__ reports, as CPython 3.8 does\nfor args in [('double', 'IEEE, little-endian'), ('float', 'IEEE, little-endian'), ('double', 'IEEE, big-endian'), ('float', 'IEEE, big-endian'),\n             ('double', 'unknown'), ('float', 'unknown'), ('x', 'unknown'), ('double', 'x'), (1, 'unknown'), ('double', 1), ('double',), (), ('a', 'b', 'c')]:\n    try:\n        print(args, float.__set_format__(*args))\n    except Exception as e:\n        print(args, type(e).__name__, e)\n    print(float.__getformat__('double'), float.__getformat__('float'))\ntry:\n    float.__set_format__(typestr='double', fmt='unknown')\nexcept Exception as e:\n    print(type(e).__name__, e)\nprint(float.__set_format__.__text_signature__)\nprint(float.__set_format__('double', 'IEEE, little-endian'), float.__getformat__('double'))\n",
    stdout: "('double', 'IEEE, little-endian') None\nIEEE, little-endian IEEE, little-endian\n('float', 'IEEE, little-endian') None\nIEEE, little-endian IEEE, little-endian\n('double', 'IEEE, big-endian') ValueError can only set double format to 'unknown' or the detected platform value\nIEEE, little-endian IEEE, little-endian\n('float', 'IEEE, big-endian') ValueError can only set float format to 'unknown' or the detected platform value\nIEEE, little-endian IEEE, little-endian\n('double', 'unknown') None\nunknown IEEE, little-endian\n('float', 'unknown') None\nunknown unknown\n('x', 'unknown') ValueError __setformat__() argument 1 must be 'double' or 'float'\nunknown unknown\n('double', 'x') ValueError __setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'\nunknown unknown\n(1, 'unknown') TypeError __set_format__() argument 1 must be str, not int\nunknown unknown\n('double', 1) TypeError __set_format__() argument 2 must be str, not int\nunknown unknown\n('double',) TypeError __set_format__ expected 2 arguments, got 1\nunknown unknown\n() TypeError __set_format__ expected 2 arguments, got 0\nunknown unknown\n('a', 'b', 'c') TypeError __set_format__ expected 2 arguments, got 3\nunknown unknown\nTypeError __set_format__() takes no keyword arguments\n($type, typestr, fmt, /)\nNone IEEE, little-endian\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("float.__set_format__", CASES);
