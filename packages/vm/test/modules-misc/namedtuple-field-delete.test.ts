// Setting and deleting namedtuple fields, as CPython 3.8's _collections._tuplegetter does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "deleting a namedtuple field says \"can't delete attribute\", setting one \"can't set attribute\", as tuplegetter_descr_set does",
    file: "namedtuple_field_delete.py",
    source: "# deleting a namedtuple field says \"can't delete attribute\", setting one \"can't set attribute\", as tuplegetter_descr_set does\nfrom collections import namedtuple\nP = namedtuple('P', 'x y')\np = P(1, 2)\nfor stmt in ('del p.x', 'p.x = 5', 'del p.z', 'P.x.__set__(p, 1)', 'P.x.__delete__(p)'):\n    try:\n        exec(stmt)\n    except AttributeError as e:\n        print(stmt, '->', e)\nprint(p)\n",
    stdout: "del p.x -> can't delete attribute\np.x = 5 -> can't set attribute\ndel p.z -> 'P' object has no attribute 'z'\nP.x.__set__(p, 1) -> can't set attribute\nP.x.__delete__(p) -> can't delete attribute\nP(x=1, y=2)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("namedtuple field descriptors", CASES, [0, Number.POSITIVE_INFINITY]);
