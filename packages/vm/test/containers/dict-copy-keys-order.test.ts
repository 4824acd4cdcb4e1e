// PyDict_Copy of a dict whose type overrides __iter__ goes through keys() and [] (type(), dict.copy, partial state, Counter repr), as CPython 3.8 does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "type() and dict copies take a dict subclass that overrides __iter__ through its keys(), in their order",
    file: "dict_copy_keys_order.py",
    source: "# type() and dict copies take a dict subclass that overrides __iter__ through its keys(), in their order\nimport collections\nod = collections.OrderedDict([('a', 1), ('b', 2)])\nod.move_to_end('a')\nC = type('C', (), od)\nprint(list(C.__dict__.items())[:2])\nprint(dict(od), list(dict(od)))\nd = {}; d.update(od); print(list(d))\nprint(list({**od}))\ndef f(**kw): return list(kw)\nprint(f(**od))\nprint(list(od.copy()))\nclass D(dict):\n    def keys(self): return ['y', 'x']\n    def __getitem__(self, k): return k * 2\ndd = D(x=1, y=2)\nprint(dict(dd), {**dd}, f(**dd))\nd = {}; d.update(dd); print(d)\nclass E(dict):\n    def __iter__(self): return iter(['q'])\n    def keys(self): return ['p']\n    def __getitem__(self, k): return k * 3\ne = E(x=1)\nprint(dict(e), {**e}, f(**e))\nd = {}; d.update(e); print(d)\nprint(type('T', (), e).__dict__.get('p'), type('T', (), e).__dict__.get('x'))\ns = set(); print(dict.fromkeys(od))\nclass F(dict):\n    def __iter__(self): return iter(['m'])\n    def keys(self): return ['n']\n    def __getitem__(self, k): return k + '!'\nprint(F(z=1).copy(), F().copy())\nimport functools\np = functools.partial(print)\np.__setstate__((print, (), F(w=1), None))\nprint(p.keywords)\n",
    stdout: "[('b', 2), ('a', 1)]\n{'b': 2, 'a': 1} ['b', 'a']\n['b', 'a']\n['b', 'a']\n['b', 'a']\n['b', 'a']\n{'x': 1, 'y': 2} {'x': 1, 'y': 2} ['x', 'y']\n{'x': 1, 'y': 2}\n{'p': 'ppp'} {'p': 'ppp'} ['p']\n{'p': 'ppp'}\nppp None\n{'b': None, 'a': None}\n{'n': 'n!'} {}\n{'n': 'n!'}\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("PyDict_Copy of a dict subclass", CASES);
