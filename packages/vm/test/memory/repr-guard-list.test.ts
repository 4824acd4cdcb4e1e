// When the thread state's 'Py_Repr' list (objects/repr-guard.ts) comes to exist, which gc counts show: the first container repr makes it, and namedtuple (collections-namedtuple.ts) makes it by repr-ing its field names. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Without an earlier container repr, the first one makes the repr guard's list (one more object)",
    file: "first_repr_makes_list.py",
    source: "# Without an earlier container repr, the first one makes the repr guard's list (one more object)\nimport gc\ngc.collect()\nbefore = gc.get_count()[0]\nprint((1, 2))\nprint('first tuple print adds', gc.get_count()[0] - before)\nbefore = gc.get_count()[0]\nprint((1, 2))\nprint('second adds', gc.get_count()[0] - before)\n",
    stdout: "(1, 2)\nfirst tuple print adds 2\n(1, 2)\nsecond adds 0\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "Importing functools makes its CacheInfo named tuple, and with it the repr guard's list",
    file: "functools_import_repr_list.py",
    source: "# Importing functools makes its CacheInfo named tuple, and with it the repr guard's list\nimport functools\nimport gc\ngc.collect()\nbefore = gc.get_count()[0]\nprint([1, (2, 3)])\nprint('first list print adds', gc.get_count()[0] - before)\n",
    stdout: "[1, (2, 3)]\nfirst list print adds 3\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "namedtuple reprs its field names, so the repr guard's list exists before the program's first container repr",
    file: "namedtuple_repr_list.py",
    source: "# namedtuple reprs its field names, so the repr guard's list exists before the program's first container repr\nimport gc\nfrom collections import namedtuple\nP = namedtuple('P', ['x', 'y'])\nQ = namedtuple('Q', 'only')\nprint(P.__new__.__doc__, Q.__new__.__doc__)\ngc.collect()\nbefore = gc.get_count()[0]\nprint((1, 2))\nprint('first tuple print adds', gc.get_count()[0] - before)\n",
    stdout: "Create new instance of P(x, y) Create new instance of Q(only,)\n(1, 2)\nfirst tuple print adds 2\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("the repr guard's list in the thread state dict", CASES);
