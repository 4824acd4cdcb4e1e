// len() of ranges and of __len__ results too long for a double, recorded from CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "len() of a range longer than 2**53 is exact, up to sys.maxsize, and past it an OverflowError",
    file: "range_len.py",
    source: "# len() of a range longer than 2**53 is exact, up to sys.maxsize, and past it an OverflowError\nimport sys\nr = range(-sys.maxsize, sys.maxsize, 2)\nprint(len(r), r.__len__(), len(r) == sys.maxsize)\nprint(len(range(2**60 + 3)), len(range(0, 2**62, 3)))\ntry:\n    len(range(-sys.maxsize - 1, sys.maxsize + 1))\nexcept OverflowError as e:\n    print('OverflowError', e)\n",
    stdout: "9223372036854775807 9223372036854775807 True\n1152921504606846979 1537228672809129302\nOverflowError Python int too large to convert to C ssize_t\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a __len__ returning an int past 2**53 gives len() and bool() that exact int",
    file: "dunder_len.py",
    source: "# a __len__ returning an int past 2**53 gives len() and bool() that exact int\nimport sys\nclass C:\n    def __init__(self, n): self.n = n\n    def __len__(self): return self.n\nfor n in (2**53 + 1, 2**62 + 1, sys.maxsize):\n    print(len(C(n)), len(C(n)) == n, bool(C(n)))\ntry:\n    len(C(sys.maxsize + 1))\nexcept OverflowError as e:\n    print('OverflowError', e)\n",
    stdout: "9007199254740993 True True\n4611686018427387905 True True\n9223372036854775807 True True\nOverflowError cannot fit 'int' into an index-sized integer\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("lengths past 2**53", CASES);
