// functools.partial's repr uses the repr guard's list (Py_ReprEnter), which holds the partial while its repr runs. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "functools.partial's repr guards itself with Py_ReprEnter: the guard's list holds the partial while its repr runs",
    file: "partial_repr_guard.py",
    source: "# functools.partial's repr guards itself with Py_ReprEnter: the guard's list holds the partial while its repr runs\nimport functools, sys\np = functools.partial(print)\np.__setstate__((print, (p,), {'k': p}, None))\nprint(repr(p))\nclass E:\n    def __repr__(self):\n        print('refs to the partial while its repr runs:', sys.getrefcount(q) - base)\n        return 'E'\nq = functools.partial(print, E(), k=E())\nbase = sys.getrefcount(q)\nprint(repr(q))\nclass P:\n    def __repr__(self):\n        box.clear()\n        return 'P'\nbox = [functools.partial(print, P(), [P(), 3])]\nprint(box, box)\n",
    stdout: "functools.partial(<built-in function print>, ..., k=...)\nrefs to the partial while its repr runs: 2\nrefs to the partial while its repr runs: 2\nfunctools.partial(<built-in function print>, E, k=E)\n[functools.partial(<built-in function print>, P, [P, 3])] []\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functools.partial's repr guard", CASES);
