// functools.partial's __reduce__ and __setstate__ as CPython 3.8's partial_reduce / partial_setstate. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "functools.partial __reduce__ and __setstate__",
    file: "partial_reduce.py",
    source: "# functools.partial __reduce__ and __setstate__\nimport functools\ndef capture(*a, **k): return a, k\nclass MyTuple(tuple): pass\nclass MyDict(dict): pass\nf = functools.partial(capture, 1, a=2)\nr = f.__reduce__(); print(r[0], r[1][0] is capture, r[2][1:])\nf.attr = 5\nprint(f.__reduce__()[2][1:])\nf.__setstate__((capture, MyTuple((3,)), MyDict(b=4), None))\nprint(f.args, type(f.args), f.keywords, type(f.keywords), f.__dict__, f())\nf.__setstate__((capture, (3,), None, {'z': 1}))\nprint(f.keywords, f.__dict__, f.__reduce__()[2][1:])\nfor bad in [(capture, (), {}), (capture, (), {}, {}, None), [capture, (), {}, None], (None, (), {}, None), (capture, None, {}, None), (capture, [], {}, None), (capture, (), [], None), 5]:\n    try:\n        f.__setstate__(bad)\n    except Exception as e:\n        print(type(e).__name__, e)\nclass P(functools.partial): pass\np = P(capture, 1)\nprint(p.__reduce__()[0], p.__reduce__()[2][1:])\np.__setstate__((capture, (), {}, None))\nprint(p.__reduce__()[2][1:], p.__reduce_ex__(2)[2][1:])\nf.__setstate__((f, (), {}, {}))\nprint(repr(f))\nf.__setstate__((capture, (f,), {}, {}))\nprint(repr(f).replace(hex(id(capture)), 'X'))\n",
    stdout: "<class 'functools.partial'> True ((1,), {'a': 2}, None)\n((1,), {'a': 2}, {'attr': 5})\n(3,) <class 'tuple'> {'b': 4} <class 'dict'> {} ((3,), {'b': 4})\n{} {'z': 1} ((3,), {}, {'z': 1})\nTypeError invalid partial state\nTypeError invalid partial state\nTypeError invalid partial state\nTypeError invalid partial state\nTypeError invalid partial state\nTypeError invalid partial state\nTypeError invalid partial state\nTypeError invalid partial state\n<class '__main__.P'> ((1,), {}, None)\n((), {}, None) ((), {}, None)\nfunctools.partial(...)\nfunctools.partial(<function capture at X>, ...)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functools.partial reduce", CASES);
