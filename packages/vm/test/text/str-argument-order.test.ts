// str methods convert their numeric arguments before checking the str ones, as CPython 3.8's argument clinic and stringlib do. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "str.split/rsplit convert maxsplit, and find/count/startswith/endswith their slice indices, before the separator or substring is checked",
    file: "str_argument_order.py",
    source: "# str.split/rsplit convert maxsplit, and find/count/startswith/endswith their slice indices, before the separator or substring is checked\nclass I:\n    def __index__(self):\n        print('index')\n        return 1\ncalls = [\n    lambda: 'a'.split('', None), lambda: 'a'.rsplit('', 'x'), lambda: 'a'.split(1, None), lambda: 'a'.rsplit(1, I()),\n    lambda: 'a'.split('', I()), lambda: 'a'.find(1, 'x'), lambda: 'a'.rfind(1, I()), lambda: 'a'.index(1, 0, 'x'),\n    lambda: 'a'.rindex('b', I(), I()), lambda: 'a'.count(1, 'x'), lambda: 'a'.count('', I()), lambda: 'a'.startswith(1, 'x'),\n    lambda: 'a'.endswith(('a', 1), 'x'), lambda: 'ab'.startswith(('x', 'b', 2), I()), lambda: 'a'.endswith((), None, []),\n]\nfor call in calls:\n    try:\n        print(repr(call()))\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__, e)\n",
    stdout: "TypeError 'NoneType' object cannot be interpreted as an integer\nTypeError 'str' object cannot be interpreted as an integer\nTypeError 'NoneType' object cannot be interpreted as an integer\nindex\nTypeError must be str or None, not int\nindex\nValueError empty separator\nTypeError slice indices must be integers or None or have an __index__ method\nindex\nTypeError must be str, not int\nTypeError slice indices must be integers or None or have an __index__ method\nindex\nindex\nValueError substring not found\nTypeError slice indices must be integers or None or have an __index__ method\nindex\n1\nTypeError slice indices must be integers or None or have an __index__ method\nTypeError slice indices must be integers or None or have an __index__ method\nindex\nTrue\nTypeError slice indices must be integers or None or have an __index__ method\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("str method argument order", CASES);
