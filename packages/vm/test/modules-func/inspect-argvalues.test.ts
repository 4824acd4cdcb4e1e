// inspect.getargs, getargvalues and formatargvalues, recorded from CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "inspect.getargs, getargvalues and formatargvalues on frames of functions, generators and methods",
    file: "argvalues.py",
    source: "# inspect.getargs, getargvalues and formatargvalues on frames of functions, generators and methods\nimport inspect, sys\n\ndef f(a, b=2, /, c=3, *args, d, e=5, **kw):\n    x = 1\n    return inspect.currentframe()\n\nfr = f(10, 20, 30, 40, d=4, z=9)\ninfo = inspect.getargvalues(fr)\nprint(info)\nprint(info.args, info.varargs, info.keywords, sorted(info.locals))\nprint(inspect.formatargvalues(*info))\nprint(inspect.formatargvalues(*info, formatvalue=lambda v: '->' + str(v), formatarg=str.upper))\nprint(inspect.getargs(f.__code__), inspect.getargs((lambda: 0).__code__))\n\ndef gen(n, *rest):\n    yield inspect.currentframe()\ng = gen(3, 4)\ngfr = next(g)\nprint(inspect.formatargvalues(*inspect.getargvalues(gfr)), inspect.formatargvalues(*inspect.getargvalues(g.gi_frame)))\n\nclass K:\n    def m(self, y, **opts):\n        return sys._getframe()\nprint(inspect.getargvalues(K().m(1, q=2)).args)\nprint(inspect.formatargvalues(*inspect.getargvalues(sys._getframe()))[:2])\nfor bad in (f, 1):\n    try:\n        inspect.getargs(bad)\n    except TypeError as e:\n        print('TypeError', e)\ntry:\n    inspect.getargvalues(f)\nexcept AttributeError as e:\n    print('AttributeError', e)\nprint(inspect.ArgInfo._fields, inspect.Arguments._fields, inspect.ArgInfo.__module__)\n",
    stdout: "ArgInfo(args=['a', 'b', 'c', 'd', 'e'], varargs='args', keywords='kw', locals={'a': 10, 'b': 20, 'c': 30, 'd': 4, 'e': 5, 'args': (40,), 'kw': {'z': 9}, 'x': 1})\n['a', 'b', 'c', 'd', 'e'] args kw ['a', 'args', 'b', 'c', 'd', 'e', 'kw', 'x']\n(a=10, b=20, c=30, d=4, e=5, *args=(40,), **kw={'z': 9})\n(A->10, B->20, C->30, D->4, E->5, *args->(40,), **kw->{'z': 9})\nArguments(args=['a', 'b', 'c', 'd', 'e'], varargs='args', varkw='kw') Arguments(args=[], varargs=None, varkw=None)\n(n=3, *rest=(4,)) (n=3, *rest=(4,))\n['self', 'y']\n()\nTypeError <function f at 0x?> is not a code object\nTypeError 1 is not a code object\nAttributeError 'function' object has no attribute 'f_code'\n('args', 'varargs', 'keywords', 'locals') ('args', 'varargs', 'varkw') inspect\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect argument values", CASES);
