// PyObject_LengthHint reads a __length_hint__ with PyLong_AsSsize_t (its OverflowError), and operator.length_hint gives a hint or default past 2**53 back exactly. Expected output recorded from CPython 3.8.18 through the oracle. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a __length_hint__ beyond Py_ssize_t: PyLong_AsSsize_t's OverflowError, for list(), tuple(), sorted() and operator.length_hint",
    file: "length_hint_overflow.py",
    source: "# a __length_hint__ beyond Py_ssize_t: PyLong_AsSsize_t's OverflowError, for list(), tuple(), sorted() and operator.length_hint\nimport operator\nclass H:\n    def __init__(self, n):\n        self.n = n\n    def __iter__(self):\n        return iter([])\n    def __length_hint__(self):\n        return self.n\nfor make in (list, tuple, sorted, operator.length_hint):\n    for arg in (H(10**20), H(-10**20), iter(range(10**20)), reversed(range(-5, 10**20, 7))):\n        try:\n            print(make.__name__, make(arg))\n        except (OverflowError, ValueError) as e:\n            print(make.__name__, type(e).__name__, e)\n\nprint(operator.length_hint(H(2**63 - 1)), operator.length_hint(H(2**53 + 1)), operator.length_hint(iter(range(2**62 + 3))))\nprint(operator.length_hint(object(), 2**63 - 1), operator.length_hint(object(), 2**53 + 1))\n",
    stdout: "list OverflowError Python int too large to convert to C ssize_t\nlist OverflowError Python int too large to convert to C ssize_t\nlist OverflowError Python int too large to convert to C ssize_t\nlist OverflowError Python int too large to convert to C ssize_t\ntuple OverflowError Python int too large to convert to C ssize_t\ntuple OverflowError Python int too large to convert to C ssize_t\ntuple OverflowError Python int too large to convert to C ssize_t\ntuple OverflowError Python int too large to convert to C ssize_t\nsorted OverflowError Python int too large to convert to C ssize_t\nsorted OverflowError Python int too large to convert to C ssize_t\nsorted OverflowError Python int too large to convert to C ssize_t\nsorted OverflowError Python int too large to convert to C ssize_t\nlength_hint OverflowError Python int too large to convert to C ssize_t\nlength_hint OverflowError Python int too large to convert to C ssize_t\nlength_hint OverflowError Python int too large to convert to C ssize_t\nlength_hint OverflowError Python int too large to convert to C ssize_t\n9223372036854775807 9007199254740993 4611686018427387907\n9223372036854775807 9007199254740993\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("length hints beyond Py_ssize_t", CASES);
