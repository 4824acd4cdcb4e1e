// Set union and symmetric difference release their new set when an element's __eq__ raises, with CPython 3.8's results and errors (checked with the refcount check). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "set union and symmetric difference release their new set when an element's __eq__ raises",
    file: "set_ops_compare_errors.py",
    source: "# set union and symmetric difference release their new set when an element's __eq__ raises\nclass Bad:\n    def __init__(self, tag): self.tag = tag\n    def __eq__(self, o): raise RuntimeError('eq ' + self.tag)\n    def __hash__(self): return 1\nclass Sub(set):\n    pass\nops = [\n    ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b), ('&', lambda a, b: a & b), ('-', lambda a, b: a - b),\n    ('union', lambda a, b: a.union(b)), ('symmetric_difference', lambda a, b: a.symmetric_difference(b)),\n    ('symmetric_difference list', lambda a, b: a.symmetric_difference(list(b))),\n]\nfor name, op in ops:\n    for make in (set, frozenset, Sub):\n        try:\n            print(name, make.__name__, op(make([Bad('a')]), make([Bad('b')])))\n        except RuntimeError as e:\n            print(name, make.__name__, 'RuntimeError', e)\nprint(sorted({1, 2} | {3}), sorted({1, 2} ^ {2, 3}))\n",
    stdout: "| set RuntimeError eq a\n| frozenset RuntimeError eq a\n| Sub RuntimeError eq a\n^ set RuntimeError eq b\n^ frozenset RuntimeError eq b\n^ Sub RuntimeError eq b\n& set RuntimeError eq a\n& frozenset RuntimeError eq a\n& Sub RuntimeError eq a\n- set RuntimeError eq b\n- frozenset RuntimeError eq b\n- Sub RuntimeError eq b\nunion set RuntimeError eq a\nunion frozenset RuntimeError eq a\nunion Sub RuntimeError eq a\nsymmetric_difference set RuntimeError eq b\nsymmetric_difference frozenset RuntimeError eq b\nsymmetric_difference Sub RuntimeError eq b\nsymmetric_difference list set RuntimeError eq b\nsymmetric_difference list frozenset RuntimeError eq b\nsymmetric_difference list Sub RuntimeError eq b\n[1, 2, 3] [1, 3]\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("set operations whose element compare raises", CASES);
