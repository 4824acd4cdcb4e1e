// A deque or a Counter clears its weak references (running their callbacks) when it dies; an lru_cache wrapper takes none, as in CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Weak reference callbacks run when a deque or a Counter dies; lru_cache wrappers refuse weak references",
    file: "weakref_callbacks_native.py",
    source: "# Weak reference callbacks run when a deque or a Counter dies; lru_cache wrappers refuse weak references\nimport collections, functools, gc, weakref\nfor make in (collections.deque, lambda: collections.deque([1, 2]), collections.Counter,\n             lambda: collections.Counter('abc'), functools.partial(functools.cached_property, len)):\n    obj = make()\n    fired = []\n    r = weakref.ref(obj, lambda ref: fired.append(ref() is None))\n    del obj\n    print(type(r).__name__, fired)\nc = collections.Counter()\nc.me = c\nr = weakref.ref(c, lambda ref: print('Counter cycle collected'))\ndel c\nprint(gc.collect() > 0, r())\ntry:\n    weakref.ref(functools.lru_cache()(len))\nexcept TypeError as e:\n    print(e)\n",
    stdout: "weakref [True]\nweakref [True]\nweakref [True]\nweakref [True]\nweakref [True]\nCounter cycle collected\nTrue None\ncannot create weak reference to 'functools._lru_cache_wrapper' object\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("weak reference callbacks of native containers", CASES, [0, Number.POSITIVE_INFINITY]);
