// str * n checks PY_SSIZE_T_MAX against the count of code points (unicode_repeat). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "str * n bounds the count of code points, so an astral character repeats as far as one of the BMP",
    file: "str_repeat_astral.py",
    source: "# str * n bounds the count of code points, so an astral character repeats as far as one of the BMP\nimport sys\nfor char in ('a', '\\xe9', '\\u20ac', '\\U0010ffff', 'ab', '\\U0010ffff\\U0010ffff'):\n    for n in (sys.maxsize // 4, 1 << 62, 3 << 61, sys.maxsize - 100, sys.maxsize):\n        try:\n            char * n\n        except (MemoryError, OverflowError) as e:\n            print(ascii(char), n, type(e).__name__, e)\nprint(len('\\U0010ffff' * 3), ascii('\\U0010ffff' * 2 + 'x' * 2))\n",
    stdout: "'a' 2305843009213693951 MemoryError \n'a' 4611686018427387904 MemoryError \n'a' 6917529027641081856 MemoryError \n'a' 9223372036854775707 MemoryError \n'a' 9223372036854775807 MemoryError \n'\\xe9' 2305843009213693951 MemoryError \n'\\xe9' 4611686018427387904 MemoryError \n'\\xe9' 6917529027641081856 MemoryError \n'\\xe9' 9223372036854775707 MemoryError \n'\\xe9' 9223372036854775807 MemoryError \n'\\u20ac' 2305843009213693951 MemoryError \n'\\u20ac' 4611686018427387904 MemoryError \n'\\u20ac' 6917529027641081856 MemoryError \n'\\u20ac' 9223372036854775707 MemoryError \n'\\u20ac' 9223372036854775807 MemoryError \n'\\U0010ffff' 2305843009213693951 MemoryError \n'\\U0010ffff' 4611686018427387904 MemoryError \n'\\U0010ffff' 6917529027641081856 MemoryError \n'\\U0010ffff' 9223372036854775707 MemoryError \n'\\U0010ffff' 9223372036854775807 MemoryError \n'ab' 2305843009213693951 MemoryError \n'ab' 4611686018427387904 OverflowError repeated string is too long\n'ab' 6917529027641081856 OverflowError repeated string is too long\n'ab' 9223372036854775707 OverflowError repeated string is too long\n'ab' 9223372036854775807 OverflowError repeated string is too long\n'\\U0010ffff\\U0010ffff' 2305843009213693951 MemoryError \n'\\U0010ffff\\U0010ffff' 4611686018427387904 OverflowError repeated string is too long\n'\\U0010ffff\\U0010ffff' 6917529027641081856 OverflowError repeated string is too long\n'\\U0010ffff\\U0010ffff' 9223372036854775707 OverflowError repeated string is too long\n'\\U0010ffff\\U0010ffff' 9223372036854775807 OverflowError repeated string is too long\n3 '\\U0010ffff\\U0010ffffxx'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("str repetition bounds", CASES);
