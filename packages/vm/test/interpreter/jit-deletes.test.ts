// DELETE_NAME, DELETE_GLOBAL and DELETE_DEREF run the same compiled and interpreted. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "del of names, globals and cells, and the errors of deleting unbound ones, run compiled",
    file: "jit_deletes.py",
    source: "# del of names, globals and cells, and the errors of deleting unbound ones, run compiled\nx = 1\ndel x\ntry:\n    del x\nexcept NameError as e:\n    print(e)\ng = 2\ndef drop_global():\n    global g\n    del g\n    try:\n        del g\n    except NameError as e:\n        print(e)\ndrop_global()\nprint('g' in globals())\ndef cells():\n    c = 3\n    def inner():\n        return c\n    print(inner())\n    del c\n    try:\n        inner()\n    except NameError as e:\n        print(e)\n    try:\n        del c\n    except NameError as e:\n        print(e)\ncells()\nclass K:\n    a = 1\n    del a\n    try:\n        del a\n    except NameError as e:\n        print(e)\nprint(hasattr(K, 'a'))\n",
    stdout: "name 'x' is not defined\nname 'g' is not defined\nFalse\n3\nfree variable 'c' referenced before assignment in enclosing scope\nlocal variable 'c' referenced before assignment\nname 'a' is not defined\nFalse\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("del compiled", CASES, [0, Number.POSITIVE_INFINITY]);
