// random.choices adds, scales and compares its weights as Python objects (list(_accumulate(weights)), cum_weights[-1] + 0.0, bisect), as CPython 3.8's Lib/random.py does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "random.choices sums, scales and compares its weights as Python objects, as Lib/random.py does",
    file: "choices_python_weights.py",
    source: "# random.choices sums, scales and compares its weights as Python objects, as Lib/random.py does\nimport random\ndef t(f):\n    try:\n        print(f())\n    except Exception as e:\n        print(type(e).__name__, e)\nR = random.Random(3)\nt(lambda: R.choices('abc', [1, 2, 3], k=6))\nt(lambda: R.choices('abc', cum_weights=(1, 2.5, 3), k=6))\nt(lambda: R.choices('ab', [True, True], k=3))\nt(lambda: R.choices('ab', [1, 'a']))\nt(lambda: R.choices('ab', cum_weights=[1, 'a']))\nt(lambda: R.choices('ab', [2j, 1j]))\nt(lambda: R.choices('ab', cum_weights=[10**400, 10**401], k=3))\nt(lambda: R.choices('ab', cum_weights=[2**60, 2**60 + 1], k=3))\nt(lambda: R.choices([], [], k=1))\nt(lambda: R.choices([], cum_weights=(), k=1))\nt(lambda: R.choices('ab', [1, 2], cum_weights=[1, 3]))\nt(lambda: R.choices('ab', [1], k=1))\nt(lambda: R.choices('ab', [1, 2], k=1.5))\nclass W:\n    def __init__(self, v):\n        self.v = v\n    def __add__(self, o):\n        print('add', self.v, type(o).__name__)\n        return W(self.v + (o.v if isinstance(o, W) else o))\n    def __rmul__(self, o):\n        return self.v * o\nt(lambda: R.choices('abc', [W(1), W(2), W(3)], k=2))\nclass Sub(random.Random):\n    def random(self):\n        return 0.5\nt(lambda: Sub().choices('abcd', [1, 1, 1, 1], k=3))\n",
    stdout: "['b', 'c', 'b', 'c', 'c', 'a']\n['a', 'c', 'a', 'a', 'c', 'b']\n['b', 'a', 'b']\nTypeError unsupported operand type(s) for +: 'int' and 'str'\nTypeError can only concatenate str (not \"float\") to str\nTypeError '<' not supported between instances of 'complex' and 'complex'\nOverflowError int too large to convert to float\n['a', 'a', 'a']\nIndexError list index out of range\nIndexError tuple index out of range\nTypeError Cannot specify both weights and cumulative weights\nValueError The number of weights does not match the population\nTypeError integer argument expected, got float\nadd 1 W\nadd 3 W\nadd 6 float\nTypeError '<' not supported between instances of 'float' and 'W'\n['c', 'c', 'c']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("random.choices weights", CASES, [0, Number.POSITIVE_INFINITY]);
