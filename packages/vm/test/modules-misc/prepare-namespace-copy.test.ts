// type(), Counter's fallback repr and partial.__setstate__ copy a dict with PyDict_Copy: a dict subclass overriding __iter__ is copied through its keys() and [], as in CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Counter's unorderable repr and partial.__setstate__ copy a dict subclass overriding __iter__ through keys() and []",
    file: "dict_copy_iter_override.py",
    source: "# Counter's unorderable repr and partial.__setstate__ copy a dict subclass overriding __iter__ through keys() and []\nfrom collections import Counter\nfrom functools import partial\nclass C(Counter):\n    def __iter__(self):\n        print('iter')\n        return super().__iter__()\n    def keys(self):\n        print('keys')\n        return super().keys()\nc = C()\nc['a'] = 1j\nc['b'] = 2j\nprint(repr(c))\nclass K(dict):\n    def __iter__(self):\n        return iter(['x'])\n    def keys(self):\n        print('K.keys')\n        return ['x']\n    def __getitem__(self, k):\n        return 'K[%s]' % k\np = partial(print)\np.__setstate__((print, (1,), K(y=2), None))\nprint(p.keywords, type(p.keywords).__name__)\n",
    stdout: "keys\nC({'a': 1j, 'b': 2j})\nK.keys\n{'x': 'K[x]'} dict\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "type() copies a __prepare__ namespace that overrides __iter__ through its keys() and [], as PyDict_Copy does",
    file: "prepare_namespace_copy.py",
    source: "# type() copies a __prepare__ namespace that overrides __iter__ through its keys() and [], as PyDict_Copy does\nclass LogD(dict):\n    def __iter__(self):\n        print('iter')\n        return super().__iter__()\n    def keys(self):\n        print('keys')\n        return super().keys()\n    def __getitem__(self, k):\n        print('get', k)\n        return super().__getitem__(k)\nclass Plain(dict):\n    def keys(self):\n        print('plain keys')\n        return super().keys()\nclass M(type):\n    @classmethod\n    def __prepare__(mcls, name, bases):\n        return LogD() if name == 'X' else Plain()\nclass X(metaclass=M):\n    y = 1\nclass Y(metaclass=M):\n    z = 2\nprint(X.y, type(X.__dict__), sorted(k for k in X.__dict__ if not k.startswith('__')))\nprint(Y.z)\nclass Swap(dict):\n    def __iter__(self):\n        return iter(['a'])\n    def keys(self):\n        return ['renamed']\n    def __getitem__(self, k):\n        return 'from getitem' if k == 'renamed' else super().__getitem__(k)\nns = Swap(a=1, __module__='m', __qualname__='Q')\nT = type('T', (), ns)\nprint(T.renamed, hasattr(T, 'a'), T.__qualname__, T.__module__)\n",
    stdout: "get __name__\nkeys\nget __module__\nget __qualname__\nget y\n1 <class 'mappingproxy'> ['y']\n2\nfrom getitem False T __main__\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("class namespace copy", CASES);
