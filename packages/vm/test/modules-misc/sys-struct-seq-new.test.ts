// sys.flags and sys.version_info refuse instances: their tp_new is NULL and __new__ is tuple's, as in CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.flags and sys.version_info have no __new__ of their own: tuple.__new__ refuses them",
    file: "sys_struct_seq_new.py",
    source: "# sys.flags and sys.version_info have no __new__ of their own: tuple.__new__ refuses them\nimport sys\nfor obj in (sys.flags, sys.version_info):\n    T = type(obj)\n    print(T.__new__ is tuple.__new__, '__new__' in T.__dict__)\n    for f in (lambda: T(), lambda: T.__new__(T), lambda: tuple.__new__(T, ())):\n        try:\n            f()\n        except TypeError as e:\n            print(e)\nfor obj in (sys.float_info, sys.int_info, sys.hash_info, sys.thread_info):\n    T = type(obj)\n    print(T.__name__, '__new__' in T.__dict__, T(tuple(obj)) == obj)\n",
    stdout: "True False\ncannot create 'sys.flags' instances\ntuple.__new__(sys.flags) is not safe, use sys.flags.__new__()\ntuple.__new__(sys.flags) is not safe, use sys.flags.__new__()\nTrue False\ncannot create 'sys.version_info' instances\ntuple.__new__(sys.version_info) is not safe, use sys.version_info.__new__()\ntuple.__new__(sys.version_info) is not safe, use sys.version_info.__new__()\nfloat_info True True\nint_info True True\nhash_info True True\nthread_info True True\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sys struct sequences without __new__", CASES, [0, Number.POSITIVE_INFINITY]);
