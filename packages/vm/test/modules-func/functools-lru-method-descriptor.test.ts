// functools._lru_cache_wrapper carries Py_TPFLAGS_METHOD_DESCRIPTOR as in CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "lru_cache wrappers are method descriptors (Py_TPFLAGS_METHOD_DESCRIPTOR): a method call through one makes no bound method",
    file: "lru_method_descriptor.py",
    source: "# lru_cache wrappers are method descriptors (Py_TPFLAGS_METHOD_DESCRIPTOR): a method call through one makes no bound method\nimport functools, sys\nclass A:\n    @functools.lru_cache()\n    def m(self, x):\n        return x * 2\na = A()\nprint(type(A.__dict__['m']).__flags__ & (1 << 17) != 0)\nprint(a.m(3), a.m(3), A.m.cache_info())\nb1 = a.m\nb2 = a.m\nprint(type(b1).__name__, b1 == b2, b1.__self__ is a)\nprint(sys.getrefcount(a))\n",
    stdout: "True\n6 6 CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)\nmethod True True\n5\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("lru_cache method descriptor", CASES);
