// namedtuple's __new__ is a Python function made by exec as Lib/collections does (its __defaults__ can be set), field docs are writable and interned, and collections.abc.Set._hash computes frozenset's hash. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "namedtuple field docs are writable and interned; Set._hash matches frozenset's hash",
    file: "namedtuple_field_docs_set_hash.py",
    source: "# namedtuple field docs are writable and interned; Set._hash matches frozenset's hash\nfrom collections import namedtuple\nimport collections.abc as abc\nP = namedtuple('P', 'x y')\nQ = namedtuple('Q', 'a b')\nprint(P.x.__doc__, P.x.__doc__ is Q.a.__doc__)\nP.x.__doc__ = 'the x coordinate'\nprint(P.x.__doc__, Q.a.__doc__)\ndel P.y.__doc__\nprint(P.y.__doc__)\nP.y.__doc__ = 42\nprint(P.y.__doc__, P(1, 2).x)\nclass S(abc.Set):\n    def __init__(self, items): self.items = list(items)\n    def __contains__(self, x): return x in self.items\n    def __len__(self): return len(self.items)\n    def __iter__(self): return iter(self.items)\n    def __hash__(self): return self._hash()\nfor items in ([], [1, 2, 3], ['a', (1, 2), -1, 2**70, 1.5], [-2]):\n    print(hash(S(items)) == hash(frozenset(items)), S(items)._hash())\nprint(abc.Set._hash.__doc__.splitlines()[0])\ntry:\n    S([[1]])._hash()\nexcept TypeError as e:\n    print(e)\n",
    stdout: "Alias for field number 0 True\nthe x coordinate Alias for field number 0\nNone\n42 1\nFalse 133156838395276\nFalse -7699079583225461316\nFalse -8271517648009572629\nFalse -1682204383405476832\nCompute the hash value of a set.\nunhashable type: 'list'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "namedtuple __new__ is a Python function made by exec, with __defaults__ and CPython's argument errors",
    file: "namedtuple_new_function.py",
    source: "# namedtuple __new__ is a Python function made by exec, with __defaults__ and CPython's argument errors\nfrom collections import namedtuple\nP = namedtuple('P', 'x y', defaults=[5])\nf = P.__new__\nprint(f.__doc__, f.__name__, f.__qualname__, f.__defaults__, f.__code__.co_varnames, f.__module__, f.__globals__['__name__'])\nprint(P(1), P(1, 2), P(x=3), P(y=1, x=0))\nP.__new__.__defaults__ = (1, 2)\nprint(P())\nNode = namedtuple('Node', 'val left right')\nNode.__new__.__defaults__ = (None,) * len(Node._fields)\nprint(Node(), Node(1))\nOne = namedtuple('One', 'a')\nprint(One(1), One.__new__.__doc__, One.__new__.__defaults__)\nE = namedtuple('E', '')\nprint(E(), E.__new__.__doc__)\nZ = namedtuple('Z', 'a b', defaults=[])\nprint(Z.__new__.__defaults__)\nfor call in (lambda: P(1, 2, 3), lambda: Node(1, val=2), lambda: One(), lambda: One(b=1), lambda: P.__new__()):\n    try:\n        call()\n    except TypeError as e:\n        print(e)\nR = namedtuple('R', 'a def a', rename=True)\nprint(R(1, 2, 3), R.__new__.__code__.co_varnames)\nclass Sub(P):\n    def __new__(cls, x):\n        return super().__new__(cls, x, x)\nprint(Sub(4))\nimport inspect\nprint(inspect.signature(P), inspect.signature(Node))\n",
    stdout: "Create new instance of P(x, y) __new__ P.__new__ (5,) ('_cls', 'x', 'y') namedtuple_P namedtuple_P\nP(x=1, y=5) P(x=1, y=2) P(x=3, y=5) P(x=0, y=1)\nP(x=1, y=2)\nNode(val=None, left=None, right=None) Node(val=1, left=None, right=None)\nOne(a=1) Create new instance of One(a,) None\nE() Create new instance of E()\n()\n__new__() takes from 1 to 3 positional arguments but 4 were given\n__new__() got multiple values for argument 'val'\n__new__() missing 1 required positional argument: 'a'\n__new__() got an unexpected keyword argument 'b'\n__new__() missing 1 required positional argument: '_cls'\nR(a=1, _1=2, _2=3) ('_cls', 'a', '_1', '_2')\nSub(x=4, y=4)\n(x=1, y=2) (val=None, left=None, right=None)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("namedtuple __new__, field docs and Set._hash", CASES, [0, Number.POSITIVE_INFINITY]);
