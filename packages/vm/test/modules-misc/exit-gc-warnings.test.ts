// The collection Py_FinalizeEx runs before the modules are torn down reports warnings through the warnings module when it is in sys.modules (no import then), with the tracemalloc hint of a warning given a source. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "warnings raised by the collection at exit go through the warnings module while it is still in sys.modules",
    file: "exit_gc_warnings.py",
    source: "# warnings raised by the collection at exit go through the warnings module while it is still in sys.modules\nimport warnings\n\n\nclass D:\n    def __init__(self, n):\n        self.n = n\n\n    def __del__(self):\n        warnings.warn('del %s' % self.n, ResourceWarning, source=self)\n\n\nasync def main():\n    pass\n\n\nclass T:\n    def __init__(self, c):\n        self.c = c\n        self.me = self\n\n\ndef f():\n    warnings.simplefilter('always')\n    a = D('a')\n    b = D('b')\n    a.x = b\n    b.x = a\n    T(main())\n\n\nf()\nprint('end')\n",
    stdout: "end\n",
    stderr: "exit_gc_warnings.py:10: ResourceWarning: del a\n  warnings.warn('del %s' % self.n, ResourceWarning, source=self)\nResourceWarning: Enable tracemalloc to get the object allocation traceback\nexit_gc_warnings.py:10: ResourceWarning: del b\n  warnings.warn('del %s' % self.n, ResourceWarning, source=self)\nResourceWarning: Enable tracemalloc to get the object allocation traceback\nsys:1: RuntimeWarning: coroutine 'main' was never awaited\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
];

describeCpythonCases("warnings at the exit collection", CASES, [0, Number.POSITIVE_INFINITY]);
