// How deques compare, as CPython 3.8's deque_richcompare does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "deques compare through their iterators to the first unequal pair, which is compared again with the operator as a bool, as deque_richcompare does",
    file: "deque_richcompare.py",
    source: "# deques compare through their iterators to the first unequal pair, which is compared again with the operator as a bool, as deque_richcompare does\nfrom collections import deque\nclass K:\n    def __init__(self, n):\n        self.n = n\n    def __eq__(self, o):\n        print('  eq', self.n, o.n)\n        return self.n == o.n\n    def __lt__(self, o):\n        print('  lt', self.n, o.n)\n        return 'yes' if self.n < o.n else ''\n    def __repr__(self):\n        return 'K%d' % self.n\na = deque([K(0), K(1)])\nb = deque([K(0), K(2)])\nprint(a == b, a != b)\nprint(a < b, b < a)\nprint([K(0), K(1)] < [K(0), K(2)])\nprint(deque([1, 2]) < deque([1, 2, 3]), deque([1, 2]) >= deque([1]), deque() == deque(), a == a, deque([1]) == [1])\nclass Sub(deque):\n    def __iter__(self):\n        print('  Sub.iter')\n        return iter([K(5)])\nprint(Sub([K(0)]) == deque([K(0)]))\nd = deque([K(0), K(1)])\nclass Mut(K):\n    def __eq__(self, o):\n        d.append(K(9))\n        return True\ntry:\n    print(d == deque([Mut(0), Mut(1)]))\nexcept RuntimeError as e:\n    print('RuntimeError', e)\n",
    stdout: "  eq 0 0\n  eq 1 2\n  eq 1 2\n  eq 0 0\n  eq 1 2\n  eq 1 2\nFalse True\n  eq 0 0\n  eq 1 2\n  lt 1 2\n  eq 0 0\n  eq 2 1\n  lt 2 1\nTrue False\n  eq 0 0\n  eq 1 2\n  lt 1 2\nyes\nTrue True True True False\n  Sub.iter\n  eq 5 0\n  eq 5 0\nFalse\nRuntimeError deque mutated during iteration\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("deque comparisons", CASES, [0, Number.POSITIVE_INFINITY]);
