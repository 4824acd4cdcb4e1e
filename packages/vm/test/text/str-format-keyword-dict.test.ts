// str.format reads its **mapping as a dict: keys that are not str are passed over, as CPython 3.8 does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "str.format takes its **mapping as a dict: keys that are not str are never looked up, not refused",
    file: "format_kwdict.py",
    source: "# str.format takes its **mapping as a dict: keys that are not str are never looked up, not refused\nprint('{}'.format(5, **{1: 2}))\nprint('{x}-{0}'.format('a', **{1: 2, (3,): 4, 'x': 'b'}))\nprint(str.format('{x}', **{b'x': 1, 'x': 3}))\nprint(''.format(**{1: 2}))\nfor call in (lambda: '{}'.format(**{1: 2}), lambda: '{1}'.format(**{1: 2}),\n             lambda: 'a'.split(**{1: 2}), lambda: print(**{1: 2})):\n    try:\n        print(call())\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    stdout: "5\nb-a\n3\n\nIndexError Replacement index 0 out of range for positional args tuple\nIndexError Replacement index 1 out of range for positional args tuple\nTypeError keywords must be strings\nTypeError keywords must be strings\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("str.format keyword dict", CASES);
