// CPython 3.8's container behaviours met porting test_tuple/list/dict/set/deque/ordered_dict (second pass). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a Counter holding itself recurses in its repr (no recursive_repr guard)",
    file: "counter-recursive-repr.py",
    source: "# a Counter holding itself recurses in its repr (no recursive_repr guard)\nimport collections\nc = collections.Counter()\nc['a'] = c\ntry:\n    print(repr(c))\nexcept RecursionError:\n    print('RecursionError')\nc2 = collections.Counter(a=2)\nc2['b'] = [c2]\ntry:\n    print(repr(c2))\nexcept Exception as e:\n    print(type(e).__name__)\nc2['b'] = 1\nprint(c2)\nc3 = collections.Counter(a=1)\nc3['x'] = 'str'\nprint(c3)\nclass K(collections.Counter):\n    pass\nk = K(a=3)\nk['me'] = collections.Counter(z=1)\nprint(k)\n",
    stdout: "RecursionError\nCounter({'a': 2, 'b': [Counter({'a': 2, 'b': [...]})]})\nCounter({'a': 2, 'b': 1})\nCounter({'a': 1, 'x': 'str'})\nK({'a': 3, 'me': Counter({'z': 1})})\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("containers, second pass", CASES);
