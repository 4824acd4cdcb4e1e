// Reference counts inside callees reached through f(*a, **kw), partial and __call__: _PyObject_MakeTpCall packing and _PyStack_UnpackDict holding every argument Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "refcounts inside callees reached by f(*args, **kwargs): the unpacked keyword dict holds every argument",
    file: "rc_unpack_dict.py",
    source: "# refcounts inside callees reached by f(*args, **kwargs): the unpacked keyword dict holds every argument\nimport sys, functools\nclass O: pass\no = O()\nt = (o,)\nd = {'b': o}\ndef h(a, b): return sys.getrefcount(a), sys.getrefcount(b)\nprint('plain', h(o, b=o))\nprint('ex', h(*t, **d))\nprint('ex empty', h(*t, b=o, **{}))\nprint('ex2', h(o, **d))\nprint('ex3', h(*[o], b=o))\nprint('ex4', h(**{'a': o, 'b': o}))\nclass K:\n    def __init__(self, a, b): print('init', sys.getrefcount(a))\n    def m(self, a, b): return sys.getrefcount(a)\n    @staticmethod\n    def s(a, b): return sys.getrefcount(a)\n    @classmethod\n    def c(cls, a, b): return sys.getrefcount(a)\n    def __call__(self, a, b): return sys.getrefcount(a)\nk = K(o, b=o)\nK(*t, **d)\nprint('meth', k.m(*t, **d), K.m(k, *t, **d), k.s(*t, **d), k.c(*t, **d), k(*t, **d))\np = functools.partial(h)\nprint('partial', p(*t, **d), p(o, b=o))\np2 = functools.partial(h, b=o)\nprint('partial kw', p2(o), p2(*t))\nprint('lambda', (lambda *a, **k: sys.getrefcount(a[0]))(*t, **d))\nprint('kwonly', (lambda a, *, b: sys.getrefcount(b))(*t, **d))\nprint('after', sys.getrefcount(o))\np3 = functools.partial(h, o)\nprint('partial pos', p3(b=o), p3(**d), p3(o))\nprint('callobj kw', k(o, b=o), k(o, o))\ndef gen(a, b): yield sys.getrefcount(a)\nprint('gen', next(gen(*t, **d)))\nprint('final', sys.getrefcount(o))\n",
    stdout: "plain (8, 8)\nex (8, 8)\nex empty (9, 9)\nex2 (9, 9)\nex3 (10, 10)\nex4 (10, 10)\ninit 12\ninit 8\nmeth 8 9 8 8 8\npartial (8, 8) (12, 12)\npartial kw (12, 12) (10, 10)\nlambda 9\nkwonly 9\nafter 5\npartial pos (12, 12) (10, 10) (10, 10)\ncallobj kw 14 12\ngen 8\nfinal 6\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("refcount-unpack-dict", CASES);
