// Py_ReprEnter keeps what is being repr'd in a list under 'Py_Repr' in the thread state's dict (made by the first guarded repr, visible to gc). Under plain python3.8 the first guarded repr after gc.collect() also counts two GC allocations; the oracle's runner has made them before the program starts, so the count is left out here. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Py_ReprEnter keeps the objects being repr'd in a list of the thread state's dict, which holds a reference to each",
    file: "repr_guard_list.py",
    source: "# Py_ReprEnter keeps the objects being repr'd in a list of the thread state's dict, which holds a reference to each\nimport gc, sys\nclass E:\n    def __repr__(self):\n        print('refs to the list while its repr runs:', sys.getrefcount(box) - base)\n        holders = [type(r).__name__ for r in gc.get_referrers(box) if type(r) is list]\n        print('lists holding it:', holders)\n        return 'E'\nbox = [E()]\nbase = sys.getrefcount(box)\nprint(repr(box))\nfound = [o for o in gc.get_objects() if type(o) is dict and 'Py_Repr' in o]\nprint(len(found), found[0]['Py_Repr'], type(found[0]['Py_Repr']))\nd = {}\nd['self'] = d\nprint(d, [d, [d]], ({1: (2,)},))\n",
    stdout: "refs to the list while its repr runs: 2\nlists holding it: ['list']\n[E]\n1 [] <class 'list'>\n{'self': {...}} [{'self': {...}}, [{'self': {...}}]] ({1: (2,)},)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("the repr guard's list", CASES);
