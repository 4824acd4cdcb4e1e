// What dies when at interpreter exit: the collection before PyImport_Cleanup leaves survivors in traversal order (list and tuple items last first), and tracebacks after sys.modules is emptied show no source lines. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__del__ objects in containers at exit, in CPython's order",
    file: "del_order.py",
    source: "# __del__ objects in containers at exit, in CPython's order\nclass D:\n    def __init__(self, n): self.n = n\n    def __del__(self): print('del', self.n)\nc = [D(1), D(2), D(3), D(4)]\nt = (D(5), D(6))\nd = {'a': D(7), 'b': D(8)}\ne = D(9)\n",
    stdout: "del 9\ndel 4\ndel 3\ndel 2\ndel 1\ndel 6\ndel 5\ndel 7\ndel 8\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "generators in a list die last first at exit (a collection before sys.modules is emptied orders them)",
    file: "exit_order.py",
    source: "# generators in a list die last first at exit (a collection before sys.modules is emptied orders them)\ndef g(n):\n    try:\n        yield\n    finally:\n        print(\"fin\", n)\nlst = [g(1), g(2), g(3), g(4)]\n[next(y) for y in lst]\nt = (g(5), g(6))\n[next(y) for y in t]\nd = {1: g(7), 2: g(8)}\n[next(y) for y in d.values()]\nimport gc\nprint(gc.get_referents([1, (2, 3), \"x\"]))\n",
    stdout: "['x', (2, 3), 1]\nfin 4\nfin 3\nfin 2\nfin 1\nfin 6\nfin 5\nfin 7\nfin 8\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "tracebacks printed once sys.modules is emptied have no source lines",
    file: "exit_traceback.py",
    source: "# tracebacks printed once sys.modules is emptied have no source lines\ndef raiser():\n    try:\n        yield\n    finally:\n        raise KeyError('at exit')\nd = raiser(); next(d)\n",
    stdout: "",
    stderr: "Exception ignored in: <generator object raiser at 0x?>\nTraceback (most recent call last):\n  File \"exit_traceback.py\", line 6, in raiser\nKeyError: 'at exit'\n",
    exit: 0,
  },
];

describeCpythonCases("finalization order at exit", CASES);
