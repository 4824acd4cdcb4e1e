// str.casefold and the case and number predicates on code points whose data differs between Unicode 12.1 and the JS engine's. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "casefold keeps Cherokee capitals and folds capital sharp s; properties as in Unicode 12.1",
    file: "casefold_and_props.py",
    source: "# casefold keeps Cherokee capitals and folds capital sharp s; properties as in Unicode 12.1\nprint(ascii(['\\u13a0'.casefold(), '\\uab70'.casefold(), '\\u13f8'.casefold(), '\\u1e9e'.casefold(), 'STRASSE\\u1e9e'.casefold()]))\nprint('\\u13a0\\u13f5'.casefold() == '\\uab70\\u13fd'.casefold())\nprint([c.isdigit() for c in '\\U00010e60\\U00010e68\\U00011052\\U0001105a'], '\\U00011052'.isnumeric(), '\\U00011052'.isdecimal())\nprint([c.isnumeric() for c in '\\u3405\\u3483\\u382a\\u3b4d'], '\\u3405'.isdigit(), '\\u3405'.isalnum())\nprint('\\u0295'.islower(), 'a\\u0295'.islower(), '\\u10fc'.islower(), '\\u10fc'.isupper())\nprint(ascii(['\\u0295a'.title(), 'a\\u0295'.title(), '\\u10fca'.title(), 'A\\u0295'.istitle()]))\nprint(ascii('\\u0295\\u03a3'.lower()), ascii('\\u10fc\\u03a3'.lower()))\n",
    stdout: "['\\u13a0', '\\u13a0', '\\u13f0', 'ss', 'strassess']\nTrue\n[True, True, True, True] True False\n[True, True, True, True] False True\nTrue True False False\n['\\u0295a', 'A\\u0295', '\\u10fcA', True]\n'\\u0295\\u03c2' '\\u10fc\\u03c3'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("str case folding and properties as in Unicode 12.1", CASES, [0, Number.POSITIVE_INFINITY]);
