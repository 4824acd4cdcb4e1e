// Calls through tp_call (classes, METH_VARARGS builtins) hold their arguments packed. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "calls through tp_call hold their arguments in a tuple and dict for the whole call",
    file: "call_argument_tuples.py",
    source: "# calls through tp_call hold their arguments in a tuple and dict for the whole call\nimport sys\ndef gen():\n    yield sys.getrefcount(g)\nfor consume in (list, tuple, set, frozenset, bytearray, min, max, sorted, sum, lambda it: [x for x in it]):\n    g = gen()\n    print(consume.__name__, consume(g))\nclass C:\n    def __init__(self, x, key=0):\n        print('init', sys.getrefcount(x), key == 0 or sys.getrefcount(key))\no = object()\nk = object()\nprint('base', sys.getrefcount(o), sys.getrefcount(k))\nC(o)\nC(o, key=k)\nC(x=o, key=k)\ndef f(x):\n    return sys.getrefcount(x)\nprint('plain call', f(o))\nclass V:\n    def __init__(self):\n        self.v = vars(self)\n        print('vars', sys.getrefcount(self))\nV()\nprint(min(o, o, key=lambda v: sys.getrefcount(v)) is o)\nprint(max([3, 1, 2], key=lambda v: -v), min(4, 5))\nclass N:\n    def __new__(cls, x, key=0):\n        print('new', sys.getrefcount(x), key == 0 or sys.getrefcount(key))\n        return object.__new__(cls)\nN(o)\nN(o, key=k)\nC(*[o], key=k)\nC(*(o,))\nC(*[o], **{'key': k})\nclass D:\n    def __init__(self, *a, **kw):\n        print('D', sys.getrefcount(o), sys.getrefcount(k), sys.getrefcount(a), sys.getrefcount(kw))\nD(o, key=k)\nD(*[o], **{'key': k})\nD(o, k)\n",
    stdout: "list [5]\ntuple (5,)\nset {5}\nfrozenset frozenset({5})\nbytearray bytearray(b'\\x05')\nmin 5\nmax 5\nsorted [4]\nsum 4\n<lambda> [7]\nbase 2 2\ninit 5 True\ninit 6 6\ninit 6 6\nplain call 4\nvars 3\nTrue\n1 4\nnew 5 True\nnew 6 6\ninit 5 5\ninit 4 True\ninit 5 5\nD 6 6 2 2\nD 5 5 2 2\nD 5 5 2 2\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("argument tuples of tp_call calls", CASES);
