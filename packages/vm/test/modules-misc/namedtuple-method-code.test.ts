// A namedtuple's methods carry the code objects of CPython 3.8's nested defs in namedtuple. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a namedtuple's __repr__, _asdict, _replace and __getnewargs__ have the code objects of namedtuple's nested defs: signatures, argument errors, docs",
    file: "namedtuple_method_code.py",
    source: "# a namedtuple's __repr__, _asdict, _replace and __getnewargs__ have the code objects of namedtuple's nested defs: signatures, argument errors, docs\nimport collections, inspect\nP = collections.namedtuple('P', 'x y')\np = P(1, 2)\nfor k in ('__repr__', '_asdict', '_replace', '__getnewargs__', '_make'):\n    f = getattr(P, k)\n    code = f.__code__\n    print(k, inspect.signature(f), f.__qualname__, f.__module__, code.co_name, code.co_varnames, code.co_argcount, code.co_kwonlyargcount, code.co_flags, f.__defaults__, repr(f.__doc__))\nfor call in (lambda: p.__repr__(1), lambda: p._asdict(x=1), lambda: p._replace(1), lambda: p._replace(z=3), lambda: P._replace(), lambda: p.__getnewargs__(1, 2), lambda: P.__repr__(),\n             lambda: p._replace(y=5), lambda: P._asdict(p), lambda: P.__repr__((1, 2))):\n    try:\n        print(call())\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    stdout: "__repr__ (self) P.__repr__ collections __repr__ ('self',) 1 0 19 None 'Return a nicely formatted representation string'\n_asdict (self) P._asdict collections _asdict ('self',) 1 0 19 None 'Return a new dict which maps field names to their values.'\n_replace (self, /, **kwds) P._replace collections _replace ('self', 'kwds', 'result') 1 0 27 None 'Return a new P object replacing specified fields with new values'\n__getnewargs__ (self) P.__getnewargs__ collections __getnewargs__ ('self',) 1 0 19 None 'Return self as a plain tuple.  Used by copy and pickle.'\n_make (iterable) P._make collections _make ('cls', 'iterable', 'result') 2 0 19 None 'Make a new P object from a sequence or iterable'\nTypeError __repr__() takes 1 positional argument but 2 were given\nTypeError _asdict() got an unexpected keyword argument 'x'\nTypeError _replace() takes 1 positional argument but 2 were given\nValueError Got unexpected field names: ['z']\nTypeError _replace() missing 1 required positional argument: 'self'\nTypeError __getnewargs__() takes 1 positional argument but 3 were given\nTypeError __repr__() missing 1 required positional argument: 'self'\nP(x=1, y=5)\n{'x': 1, 'y': 2}\ntuple(x=1, y=2)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("namedtuple method code objects", CASES);
