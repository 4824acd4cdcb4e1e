// str.format/format_map return a one-literal format string itself, against CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "str.format / format_map of a string that is one literal return the object itself",
    file: "format_literal_identity.py",
    source: "# str.format / format_map of a string that is one literal return the object itself\nclass S(str): pass\nfor src in [S('plain'), S(''), S('a{{b'), S('{}'), S('x}}'), 'exact']:\n    r = src.format(1)\n    m = src.format_map({})\n    print(repr(src), type(r).__name__, r is src, type(m).__name__, m is src, repr(r))\ns = 'no fields here'\nprint(s.format() is s, s.format(1, a=2) is s, s.format_map({'a': 1}) is s)\ntry:\n    S('x').format_map(5)\n    print('format_map(5) ok')\nexcept TypeError as e:\n    print('TypeError', e)\n",
    stdout: "'plain' S True S True 'plain'\n'' str False str False ''\n'a{{b' str False str False 'a{b'\n",
    stderr: "Traceback (most recent call last):\n  File \"format_literal_identity.py\", line 5, in <module>\n    m = src.format_map({})\nValueError: Format string contains positional fields\n",
    exit: 1,
  },
];

describeCpythonCases("str.format of a plain literal", CASES);
