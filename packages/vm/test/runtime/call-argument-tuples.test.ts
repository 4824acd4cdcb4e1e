// Calls through tp_call (classes, slot wrappers, METH_VARARGS builtins and methods) hold their arguments packed; FORMAT_VALUE takes no extra reference. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
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
  {
    name: "slot wrappers called bound or unbound hold their arguments packed (and sliced without self)",
    file: "slot_wrapper_calls.py",
    source: "# slot wrappers called bound or unbound hold their arguments packed (and sliced without self)\nimport sys\nclass K:\n    def __eq__(self, other):\n        print('eq sees', sys.getrefcount(other))\n        return False\n    __hash__ = object.__hash__\no = object()\nl = [K()]\nprint(o in l)\nl.__contains__(o)\nlist.__contains__(l, o)\nl.index(o) if False else None\ntry:\n    l.index(o)\nexcept ValueError:\n    pass\nl.count(o)\nl.__eq__([o])\ndef gen():\n    yield sys.getrefcount(g)\ng = gen()\nx = []\nx.__init__(g)\nprint(x)\ng = gen()\nprint(list.__new__(list, g) if False else list(g))\ng = gen()\nprint(g.__next__())\ng = gen()\nprint(type(g).__next__(g))\ng = gen()\nprint(next(g, None))\ng = gen()\nx = []; x.__iadd__(g); print(x)\ng = gen()\nx = []; x += g; print(x)\n",
    stdout: "eq sees 4\nFalse\neq sees 6\neq sees 6\neq sees 4\neq sees 4\neq sees 5\n[6]\n[5]\n4\n4\n3\n[6]\n[4]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "METH_VARARGS methods (throw, reduce, set/dict update, str.format) hold their arguments in a tuple",
    file: "varargs_methods.py",
    source: "# METH_VARARGS methods (throw, reduce, set/dict update, str.format) hold their arguments in a tuple\nimport sys, functools\ndef gen():\n    while True:\n        try:\n            yield\n        except Exception as e:\n            print('in gen', sys.getrefcount(e))\ng = gen(); next(g)\nexc = ValueError('x')\ng.throw(exc)\ng.throw(ValueError, exc)\nasync def co():\n    try:\n        await sw()\n    except Exception as e:\n        print('in co', sys.getrefcount(e))\nimport types\n@types.coroutine\ndef sw():\n    yield\nc = co(); c.send(None)\ntry:\n    c.throw(exc)\nexcept StopIteration:\n    pass\ndef rc_gen():\n    yield sys.getrefcount(it)\ndef rc_pair():\n    yield (sys.getrefcount(it), 1)\nfor name, mk, fn in [\n    ('reduce', rc_gen, lambda: functools.reduce(lambda a, b: a + b, it, 0)),\n    ('set.update', rc_gen, lambda: (lambda s: (s.update(it), s)[1])(set())),\n    ('set.union', rc_gen, lambda: set().union(it)),\n    ('set.intersection_update', rc_gen, lambda: (lambda s: (s.intersection_update(it), s)[1])({4, 5})),\n    ('dict.update', rc_pair, lambda: (lambda d: (d.update(it), d)[1])({})),\n]:\n    it = mk()\n    print(name, fn())\nclass F:\n    def __format__(self, spec):\n        return str(sys.getrefcount(self))\nprint('{}'.format(F()), format(F()), f'{F()}', f'{F()!s:>3}' if False else f'{F():}')\n",
    stdout: "in gen 6\nin gen 6\nin co 6\nreduce 5\nset.update {5}\nset.union {5}\nset.intersection_update {5}\ndict.update {5: 1}\n6 4 4 4\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("argument tuples of tp_call calls", CASES);
