// Where CPython 3.8 reuses a hash it already has instead of calling __hash__ again: dict_equal, _PyDict_Pop, dict_merge and _collections._count_elements (Counter). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Counter(iterable) hashes each element once on a dict keeping dict's get and __setitem__, else goes through them, as _count_elements does",
    file: "count_elements_hash_once.py",
    source: "# Counter(iterable) hashes each element once on a dict keeping dict's get and __setitem__, else goes through them, as _count_elements does\nimport collections\nclass K:\n    def __init__(self, n):\n        self.n = n\n    def __hash__(self):\n        print('  hash', self.n)\n        return self.n\n    def __eq__(self, o):\n        print('  eq', self.n, o.n)\n        return self.n == o.n\n    def __repr__(self):\n        return 'K%d' % self.n\ndef gen():\n    for n in (0, 1, 0):\n        print('  yield', n)\n        yield K(n)\nprint(collections.Counter(gen()))\nc = collections.Counter()\nc.update(gen())\nprint(c)\nclass Loud(collections.Counter):\n    def __setitem__(self, k, v):\n        print('  setitem', k, v)\n        super().__setitem__(k, v)\nprint(Loud(gen()))\nclass LoudGet(dict):\n    def get(self, k, d=None):\n        print('  get', k)\n        return dict.get(self, k, d)\nd = LoudGet()\ncollections._count_elements(d, gen())\nprint(d)\ndd = collections.defaultdict(int)\ncollections._count_elements(dd, 'abca')\nprint(dd)\ntry:\n    collections._count_elements({}, [[1]])\nexcept TypeError as e:\n    print('TypeError', e)\n",
    stdout: "  yield 0\n  hash 0\n  yield 1\n  hash 1\n  yield 0\n  hash 0\n  eq 0 0\n  eq 0 0\nCounter({K0: 2, K1: 1})\n  yield 0\n  hash 0\n  yield 1\n  hash 1\n  yield 0\n  hash 0\n  eq 0 0\n  eq 0 0\nCounter({K0: 2, K1: 1})\n  yield 0\n  hash 0\n  setitem K0 1\n  hash 0\n  yield 1\n  hash 1\n  setitem K1 1\n  hash 1\n  yield 0\n  hash 0\n  eq 0 0\n  setitem K0 2\n  hash 0\n  eq 0 0\nLoud({K0: 2, K1: 1})\n  yield 0\n  get K0\n  hash 0\n  hash 0\n  yield 1\n  get K1\n  hash 1\n  hash 1\n  yield 0\n  get K0\n  hash 0\n  eq 0 0\n  hash 0\n  eq 0 0\n{K0: 2, K1: 1}\ndefaultdict(<class 'int'>, {'a': 2, 'b': 1, 'c': 1})\nTypeError unhashable type: 'list'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "dict equality looks each key up in the other dict under its stored hash, calling no __hash__, as dict_equal does",
    file: "dict_equal_known_hash.py",
    source: "# dict equality looks each key up in the other dict under its stored hash, calling no __hash__, as dict_equal does\nclass K:\n    def __init__(self, n):\n        self.n = n\n    def __hash__(self):\n        print('  hash', self.n)\n        return self.n\n    def __eq__(self, o):\n        print('  eq', self.n, getattr(o, 'n', o))\n        return isinstance(o, K) and self.n == o.n\n    def __repr__(self):\n        return 'K%d' % self.n\na = {K(0): 1, K(1): 2}\nb = {K(1): 2, K(0): 1}\nprint('compare')\nprint(a == b, a != b)\nprint({K(2): 1} == {K(3): 1})\nprint(a == dict(a))\n",
    stdout: "  hash 0\n  hash 1\n  hash 1\n  hash 0\ncompare\n  eq 0 0\n  eq 1 1\n  eq 0 0\n  eq 1 1\nTrue False\n  hash 2\n  hash 3\nFalse\nTrue\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "dict.pop hashes and looks its key up once, and {**d} / f(**d) copy entries under their stored hashes, as _PyDict_Pop and dict_merge do",
    file: "dict_pop_unpack_hash.py",
    source: "# dict.pop hashes and looks its key up once, and {**d} / f(**d) copy entries under their stored hashes, as _PyDict_Pop and dict_merge do\nclass K:\n    def __init__(self, n):\n        self.n = n\n    def __hash__(self):\n        print('  hash', self.n)\n        return self.n\n    def __eq__(self, o):\n        print('  eq', self.n, getattr(o, 'n', o))\n        return isinstance(o, K) and self.n == o.n\n    def __repr__(self):\n        return 'K%d' % self.n\nd = {K(0): 'a', K(1): 'b'}\ne = {K(1): 'c', K(2): 'd'}\nprint('unpack')\nprint({**d, **e})\nprint('pop')\nprint(d.pop(K(1)), d.pop(K(5), 'dflt'), d)\ntry:\n    d.pop(K(7))\nexcept KeyError as exc:\n    print('KeyError', exc)\ndef f(**kw):\n    return sorted(kw)\nprint(f(**{'a': 1}, **{'b': 2}))\ntry:\n    f(**{'a': 1}, **{'a': 2})\nexcept TypeError as exc:\n    print(exc)\n",
    stdout: "  hash 0\n  hash 1\n  hash 1\n  hash 2\nunpack\n  eq 1 1\n{K0: 'a', K1: 'c', K2: 'd'}\npop\n  hash 1\n  eq 1 1\n  hash 5\nb dflt {K0: 'a'}\n  hash 7\nKeyError K7\n['a', 'b']\nf() got multiple values for keyword argument 'a'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("lookups under stored hashes", CASES, [0, Number.POSITIVE_INFINITY]);
