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
  {
    name: "OrderedDict cycles through its keys are collected; gc.get_referents lists node keys, then the dict values (and non-str keys)",
    file: "odict-gc-referents.py",
    source: "# OrderedDict cycles through its keys are collected; gc.get_referents lists node keys, then the dict values (and non-str keys)\nimport gc, collections\nclass K:\n    def __del__(self): print('del K')\nod = collections.OrderedDict()\nk = K()\nk.od = od\nod[k] = 1\nod['x'] = od\nprint(len(gc.get_referents(od)), [type(r).__name__ for r in gc.get_referents(od)])\ndel od, k\nprint(gc.collect() > 0)\nod = collections.OrderedDict(a=1)\nod.__dict__['z'] = 5\nprint([type(r).__name__ for r in gc.get_referents(od)])\n",
    stdout: "6 ['K', 'str', 'int', 'K', 'OrderedDict', 'str']\ndel K\nTrue\n['dict', 'str', 'int']\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "OrderedDict keeps its order in a list of nodes beside the dict, each owning its key",
    file: "odict-node-list.py",
    source: "# OrderedDict keeps its order in a list of nodes beside the dict, each owning its key\nimport sys, collections\nOD = collections.OrderedDict\nk = 'k' * 20\nod = OD()\nbase = sys.getrefcount(k)\nod[k] = 1\nprint(sys.getrefcount(k) - base)\nod.move_to_end(k)\nprint(sys.getrefcount(k) - base)\nc = od.copy()\nprint(sys.getrefcount(k) - base)\ndel c\nod.pop(k)\nprint(sys.getrefcount(k) - base)\nod[k] = 2\nod.popitem()\nprint(sys.getrefcount(k) - base)\nod[k] = 3\nod.setdefault(k, 4)\nod.clear()\nprint(sys.getrefcount(k) - base)\n# the dict's own order is insertion order; move_to_end changes only the list\nod = OD.fromkeys('abcd')\nod.move_to_end('a')\nod.move_to_end('d', last=False)\nprint(list(od), list(dict.keys(od)), dict.__repr__(od))\nprint(list(reversed(od)), list(od.items()), od)\nprint(dict(od), {**od}, OD(od) == od, list(od.copy()))\n# dict methods called on an OrderedDict leave its list out of step\nfor name, call in [('__delitem__', lambda o: dict.__delitem__(o, 'spam')),\n                   ('pop', lambda o: dict.pop(o, 'spam')),\n                   ('popitem', lambda o: dict.popitem(o))]:\n    o = OD()\n    o['spam'] = 1\n    o['ham'] = 2\n    call(o)\n    for what, f in [('repr', repr), ('list', list), ('values', lambda x: list(x.values())),\n                    ('copy', lambda x: x.copy()), ('pop', lambda x: x.pop('spam', 'dflt'))]:\n        try:\n            print(name, what, f(o))\n        except KeyError as e:\n            print(name, what, 'KeyError', e)\no = OD(a=1)\ndict.__setitem__(o, 'b', 2)\nprint(len(o), list(o), o, o.pop('b', 'no node'), dict.get(o, 'b'), len(o))\no = OD(a=1)\ndict.clear(o)\nprint(repr(o), list(o) if False else '', len(o))\n# keys of an emptied or dropped OrderedDict are released: the nodes last on clear, first on dealloc\nclass K:\n    def __init__(self, n): self.n = n\n    def __hash__(self): return self.n\n    def __eq__(self, o): return self is o\n    def __del__(self): print('del', self.n)\no = OD((K(i), i) for i in range(3))\no.move_to_end(next(iter(o)))\nprint('clear'); o.clear(); print('cleared')\no = OD((K(i), i) for i in range(3, 6))\no.move_to_end(next(iter(o)))\nprint('drop'); del o; print('dropped')\n# hashes: popitem reuses the node's hash, pop and del hash once\nclass H:\n    def __hash__(self):\n        print('hash'); return 7\nh = H()\no = OD()\no[h] = 1\nprint('popitem'); o.popitem()\no[h] = 1\nprint('pop'); o.pop(h)\no[h] = 1\nprint('del'); del o[h]\no[h] = 1\nprint('copy'); o.copy()\nprint('move'); o.move_to_end(h)\n",
    stdout: "2\n2\n4\n0\n0\n0\n['d', 'b', 'c', 'a'] ['a', 'b', 'c', 'd'] {'a': None, 'b': None, 'c': None, 'd': None}\n['a', 'c', 'b', 'd'] [('d', None), ('b', None), ('c', None), ('a', None)] OrderedDict([('d', None), ('b', None), ('c', None), ('a', None)])\n{'d': None, 'b': None, 'c': None, 'a': None} {'d': None, 'b': None, 'c': None, 'a': None} True ['d', 'b', 'c', 'a']\n__delitem__ repr KeyError 'spam'\n__delitem__ list KeyError 'spam'\n__delitem__ values KeyError 'spam'\n__delitem__ copy KeyError 'spam'\n__delitem__ pop dflt\npop repr KeyError 'spam'\npop list KeyError 'spam'\npop values KeyError 'spam'\npop copy KeyError 'spam'\npop pop dflt\npopitem repr KeyError 'ham'\npopitem list ['spam', 'ham']\npopitem values KeyError 'ham'\npopitem copy KeyError 'ham'\npopitem pop 1\n2 ['a'] OrderedDict([('a', 1)]) no node 2 2\nOrderedDict()  0\nclear\ndel 1\ndel 2\ndel 0\ncleared\ndrop\ndel 3\ndel 4\ndel 5\ndropped\nhash\npopitem\nhash\npop\nhash\nhash\ndel\nhash\nhash\ncopy\nhash\nmove\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "sys.getsizeof of an OrderedDict: the dict's real table, the fast-node table and 32 bytes a node",
    file: "odict-sizeof.py",
    source: "# sys.getsizeof of an OrderedDict: the dict's real table, the fast-node table and 32 bytes a node\nimport sys, collections\nOD = collections.OrderedDict\nS = sys.getsizeof\no = OD()\nprint(S(o))\nfor i in range(12):\n    o[i] = i\n    print(S(o), end=' ')\nprint()\nfor i in range(0, 12, 2):\n    del o[i]\nprint(S(o))\nfor i in list(o):\n    del o[i]\nprint(S(o), len(o))\no[1] = 1\nprint(S(o))\no.clear()\nprint(S(o))\no = OD.fromkeys(range(20))\nfor i in range(0, 20, 2):\n    del o[i]\nprint(S(o), list(o))\no.move_to_end(1)\nprint(S(o))\nprint(S(OD(a=1)), S(OD(dict.fromkeys(range(50)))), S(OD.fromkeys('abc').copy()))\nclass Sub(OD):\n    pass\nprint(S(Sub()), S(Sub(a=1)))\no = OD(a=1)\ndict.clear(o)\nprint(S(o))\n",
    stdout: "296\n392 424 456 488 520 744 776 808 840 872 1312 1344 \n1152\n960 0\n992\n128\n1280 [1, 3, 5, 7, 9, 11, 13, 15, 17, 19]\n1280\n392 4960 456\n296 392\n192\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("containers, second pass", CASES);
