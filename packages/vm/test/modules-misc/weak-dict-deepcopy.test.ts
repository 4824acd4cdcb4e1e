// WeakKeyDictionary/WeakValueDictionary.__deepcopy__ as Lib/weakref.py's (found by CPython's test_copy). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "WeakKeyDictionary and WeakValueDictionary have Lib/weakref.py's __deepcopy__: `from copy import deepcopy`, keys kept and values copied, or keys copied and values kept, into self.__class__()",
    file: "weak_dict_deepcopy.py",
    source: "# WeakKeyDictionary and WeakValueDictionary have Lib/weakref.py's __deepcopy__: `from copy import deepcopy`, keys kept and values copied, or keys copied and values kept, into self.__class__()\nimport sys, types, weakref\ncopy = types.ModuleType('copy')\ndef deepcopy(x, memo):\n    print('deepcopy', x, type(memo).__name__)\n    return x.__deepcopy__(memo) if hasattr(x, '__deepcopy__') else x\ncopy.deepcopy = deepcopy\nsys.modules['copy'] = copy\n\nclass C:\n    def __init__(self, i): self.i = i\n    def __repr__(self): return f'C({self.i})'\n    def __deepcopy__(self, memo):\n        return C(self.i + 100)\n\na, b, c, d = [C(i) for i in range(4)]\nu = weakref.WeakKeyDictionary({a: b, c: d})\nv = u.__deepcopy__({})\nprint(type(v).__name__, len(v), v[a], v[c], v[a] is b)\ndel c\nprint(len(v), len(u))\n\nclass Sub(weakref.WeakValueDictionary):\n    pass\nw = Sub({a: b, d: d})\nx = w.__deepcopy__({})\nprint(type(x).__name__, sorted((k.i, o.i) for k, o in x.items()), x.get(a))\nprint(weakref.WeakKeyDictionary.__deepcopy__.__qualname__, weakref.WeakValueDictionary.__deepcopy__.__qualname__)\ntry:\n    u.__deepcopy__()\nexcept TypeError as e:\n    print(e)\ndel sys.modules['copy']\n",
    stdout: "deepcopy C(1) dict\ndeepcopy C(3) dict\nWeakKeyDictionary 2 C(101) C(103) False\n1 1\ndeepcopy C(0) dict\ndeepcopy C(3) dict\nSub [(100, 1), (103, 3)] None\nWeakKeyDictionary.__deepcopy__ WeakValueDictionary.__deepcopy__\n__deepcopy__() missing 1 required positional argument: 'memo'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("weak dictionary deepcopy", CASES);
