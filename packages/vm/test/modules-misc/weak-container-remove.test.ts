// WeakValueDictionary, WeakKeyDictionary and WeakSet expose their _remove callback, a function defined in __init__ whose __closure__ is None (test_weakref test_remove_closure). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "The weak containers' _remove callback is a function defined in __init__, with no closure",
    file: "weak_container_remove.py",
    source: "# The weak containers' _remove callback is a function defined in __init__, with no closure\nimport weakref\nd = weakref.WeakValueDictionary()\nprint(type(d._remove).__name__, d._remove.__name__, d._remove.__qualname__, d._remove.__module__)\nprint(d._remove.__closure__)\nk = weakref.WeakKeyDictionary()\nprint(type(k._remove).__name__, k._remove.__qualname__, k._remove.__closure__)\ns = weakref.WeakSet()\nprint(repr(s._remove).split(' at ')[0], s._remove.__module__, s._remove.__closure__)\nclass Sub(weakref.WeakValueDictionary):\n    pass\nprint(Sub()._remove.__qualname__)\nclass V:\n    pass\nv = V()\nd['a'] = v\nk[v] = 1\ns.add(v)\nprint(len(d), len(k), len(s))\ndel v\nprint(len(d), len(k), len(s))\nimport collections, contextlib\nprint(collections.Counter.most_common.__closure__, contextlib.ExitStack.enter_context.__closure__)\n",
    stdout: "function remove WeakValueDictionary.__init__.<locals>.remove weakref\nNone\nfunction WeakKeyDictionary.__init__.<locals>.remove None\n<function WeakSet.__init__.<locals>._remove _weakrefset None\nWeakValueDictionary.__init__.<locals>.remove\n1 1 1\n0 0 0\nNone None\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("weak containers' _remove", CASES);
