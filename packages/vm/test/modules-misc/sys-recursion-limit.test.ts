// sys.setrecursionlimit compares the current depth with the new limit's low-water mark, as CPython 3.8 does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.setrecursionlimit refuses a limit whose low-water mark the current depth has reached",
    file: "sys_limit_low_water.py",
    source: "# sys.setrecursionlimit refuses a limit whose low-water mark the current depth has reached\nimport sys\ndef depth():\n    n, f = 0, sys._getframe(1)\n    while f is not None:\n        n, f = n + 1, f.f_back\n    return n\ndef at(target):\n    if depth() < target:\n        return at(target)\n    d = depth() + 1  # the call of setrecursionlimit itself counts one level\n    old = sys.getrecursionlimit()\n    for limit in (d, d + 1, d + 2, d + 3, 2 * d, 2 * d + 1, 2 * d + 4, 300):\n        try:\n            sys.setrecursionlimit(limit)\n            print(limit - d, 'ok')\n        except RecursionError as e:\n            msg = str(e)\n            # the depth itself differs by one under the oracle's exec(), so only its shape is shown\n            head = 'cannot set the recursion limit to %d at the recursion depth ' % limit\n            print(limit - d, 'RecursionError', msg.startswith(head), msg[len(head):].split(':')[1])\n        finally:\n            sys.setrecursionlimit(old)\nat(40)\nat(250)\n",
    stdout: "0 RecursionError True  the limit is too low\n1 RecursionError True  the limit is too low\n2 RecursionError True  the limit is too low\n3 RecursionError True  the limit is too low\n41 ok\n42 ok\n45 ok\n259 ok\n0 RecursionError True  the limit is too low\n1 RecursionError True  the limit is too low\n2 RecursionError True  the limit is too low\n3 RecursionError True  the limit is too low\n251 ok\n252 ok\n255 ok\n49 RecursionError True  the limit is too low\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sys.setrecursionlimit", CASES, [0, Number.POSITIVE_INFINITY]);
