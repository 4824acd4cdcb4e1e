// Merging and copying a dict subclass that overrides __iter__, as CPython 3.8's dict_merge and PyDict_Copy do. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a dict subclass overriding __iter__ is merged and copied through keys() and [], as dict_merge does when tp_iter is not dict_iter",
    file: "dict_subclass_iter_merge.py",
    source: "# a dict subclass overriding __iter__ is merged and copied through keys() and [], as dict_merge does when tp_iter is not dict_iter\nclass D(dict):\n    def __getitem__(self, k):\n        print('  getitem', k)\n        return k * 2\n    def keys(self):\n        print('  keys')\n        return ['a', 'b']\n    def __iter__(self):\n        print('  iter')\n        return iter(['x'])\nclass Plain(dict):\n    def __getitem__(self, k):\n        print('  never', k)\n    def keys(self):\n        print('  never keys')\n        return []\ndef f(**kw):\n    return kw\nfor d in (D(a=1, b=2), Plain(a=1, b=2)):\n    print(type(d).__name__)\n    print(dict(d))\n    print({**d})\n    print(dict(**d))\n    print(f(**d))\n    x = {'z': 0}\n    x.update(d)\n    print(x)\n    c = d.copy()\n    print(type(c).__name__, c)\n    print(type(d)().copy())\ntry:\n    f(a=1, **D())\nexcept TypeError as e:\n    print(e)\ntry:\n    f(**{'a': 1}, **D())\nexcept TypeError as e:\n    print(e)\n",
    stdout: "D\n  keys\n  getitem a\n  getitem b\n{'a': 'aa', 'b': 'bb'}\n  keys\n  getitem a\n  getitem b\n{'a': 'aa', 'b': 'bb'}\n  keys\n  getitem a\n  getitem b\n{'a': 'aa', 'b': 'bb'}\n  keys\n  getitem a\n  getitem b\n{'a': 'aa', 'b': 'bb'}\n  keys\n  getitem a\n  getitem b\n{'z': 0, 'a': 'aa', 'b': 'bb'}\n  keys\n  getitem a\n  getitem b\ndict {'a': 'aa', 'b': 'bb'}\n{}\nPlain\n{'a': 1, 'b': 2}\n{'a': 1, 'b': 2}\n{'a': 1, 'b': 2}\n{'a': 1, 'b': 2}\n{'z': 0, 'a': 1, 'b': 2}\ndict {'a': 1, 'b': 2}\n{}\n  keys\nf() got multiple values for keyword argument 'a'\n  keys\nf() got multiple values for keyword argument 'a'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("dict merge of a dict overriding __iter__", CASES, [0, Number.POSITIVE_INFINITY]);
