// What __reduce__ returns for set, frozenset and defaultdict, as CPython 3.8's set_reduce and defdict_reduce build it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "set, frozenset and defaultdict reduce as set_reduce and defdict_reduce do",
    file: "set_defaultdict_reduce.py",
    source: "# set, frozenset and defaultdict reduce as set_reduce and defdict_reduce do\nfrom collections import defaultdict\ns = {3, 1, 2}\nprint(s.__reduce__(), frozenset([5]).__reduce__(), set().__reduce_ex__(2))\nclass S(set):\n    def __iter__(self):\n        print('  S.iter')\n        return iter([9])\nx = S([1])\nx.tag = 'attr'\nprint(x.__reduce__(), x.__reduce_ex__(4))\nclass F(frozenset):\n    __slots__ = ()\nprint(F([7]).__reduce__())\nd = defaultdict(list, a=[1])\nr = d.__reduce__()\nprint(r[:4], list(r[4]))\nr = defaultdict(None, b=2).__reduce__()\nprint(r[:4], list(r[4]))\nclass DD(defaultdict):\n    def items(self):\n        print('  DD.items')\n        return [('z', 0)]\nr = DD(int).__reduce__()\nprint(r[0].__name__, r[1:4], list(r[4]))\n",
    stdout: "(<class 'set'>, ([1, 2, 3],), None) (<class 'frozenset'>, ([5],), None) (<class 'set'>, ([],), None)\n  S.iter\n  S.iter\n(<class '__main__.S'>, ([9],), {'tag': 'attr'}) (<class '__main__.S'>, ([9],), {'tag': 'attr'})\n(<class '__main__.F'>, ([7],), None)\n(<class 'collections.defaultdict'>, (<class 'list'>,), None, None) [('a', [1])]\n(<class 'collections.defaultdict'>, (), None, None) [('b', 2)]\n  DD.items\nDD ((<class 'int'>,), None, None) [('z', 0)]\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("set and defaultdict __reduce__", CASES, [0, Number.POSITIVE_INFINITY]);
