// range() compares the step with zero and the bounds with each other through PyObject_RichCompareBool, as compute_range_length does; recorded from CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "range() compares its bounds as compute_range_length does: an int subclass's comparison methods run",
    file: "range_bound_compares.py",
    source: "# range() compares its bounds as compute_range_length does: an int subclass's comparison methods run\nclass I(int):\n    def __gt__(self, o):\n        print('gt', int(self), o); return int.__gt__(self, o)\n    def __ge__(self, o):\n        print('ge', int(self), o); return int.__ge__(self, o)\n    def __lt__(self, o):\n        print('lt', int(self), o); return int.__lt__(self, o)\n    def __le__(self, o):\n        print('le', int(self), o); return int.__le__(self, o)\nprint(len(range(I(5))))\nprint(len(range(I(1), I(4), I(2))))\nprint(len(range(I(9), 1, -2)))\nprint(list(range(3, I(1))))\n",
    stdout: "le 5 0\n5\ngt 2 0\nge 1 4\n2\nle 9 1\n4\nle 1 3\n[]\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("range bound comparisons", CASES, [0, Number.POSITIVE_INFINITY]);
