// set, frozenset and deque reprs take their items with PySequence_List, so a subclass's own __iter__ gives what is shown, as in CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "set, frozenset and deque reprs list the items through a subclass's own __iter__ (PySequence_List)",
    file: "repr_subclass_iter.py",
    source: "# set, frozenset and deque reprs list the items through a subclass's own __iter__ (PySequence_List)\nfrom collections import deque\nclass S(set):\n    def __iter__(self):\n        print('S.iter')\n        return iter(['it'])\nclass F(frozenset):\n    def __iter__(self):\n        return iter([3, 2, 1])\nclass D(deque):\n    def __iter__(self):\n        print('D.iter')\n        return iter(['it'])\nclass Bad(set):\n    def __iter__(self):\n        raise ValueError('no iteration')\nprint(repr(S([1, 2])), repr(S()), repr(F([1])), repr(F()))\nprint(repr(D([1, 2])), repr(D([1], maxlen=2)), repr(D()))\ntry:\n    repr(Bad([1]))\nexcept ValueError as e:\n    print('ValueError', e)\nprint(repr(Bad()))\nclass Plain(set):\n    pass\nprint(repr(Plain([1])), repr({1, 2}), repr(frozenset([1])))\n",
    stdout: "S.iter\nS({'it'}) S() F({3, 2, 1}) F()\nD.iter\nD.iter\nD.iter\nD(['it']) D(['it'], maxlen=2) D(['it'])\nValueError no iteration\nBad()\nPlain({1}) {1, 2} frozenset({1})\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("container reprs through __iter__", CASES);
