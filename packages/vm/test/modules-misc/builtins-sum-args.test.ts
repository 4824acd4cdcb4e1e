// sum(iterable, /, start=0): its arguments parsed as Argument Clinic parses them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sum(iterable, /, start=0) parses its arguments as Argument Clinic does: unknown and duplicate keywords, a keyword iterable",
    file: "sum_arguments.py",
    source: "# sum(iterable, /, start=0) parses its arguments as Argument Clinic does: unknown and duplicate keywords, a keyword iterable\ndef t(label, f):\n    try:\n        print(label, 'ok', repr(f()))\n    except Exception as e:\n        print(label, type(e).__name__, e)\nt('0', lambda: sum())\nt('3', lambda: sum([1], 2, 3))\nt('foo', lambda: sum([1], foo=2))\nt('dup', lambda: sum([1], 2, start=3))\nt('iterable kw', lambda: sum(iterable=[1]))\nt('start kw', lambda: sum([1], start=3))\nt('start only', lambda: sum(start=3))\nt('kw dict', lambda: sum([1.5], **{'start': 1}))\n",
    stdout: "0 TypeError sum() takes at least 1 positional argument (0 given)\n3 TypeError sum() takes at most 2 arguments (3 given)\nfoo TypeError 'foo' is an invalid keyword argument for sum()\ndup TypeError sum() takes at most 2 arguments (3 given)\niterable kw TypeError sum() takes at least 1 positional argument (0 given)\nstart kw ok 4\nstart only TypeError sum() takes at least 1 positional argument (0 given)\nkw dict ok 2.5\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sum() arguments", CASES);
