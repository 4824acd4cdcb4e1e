// contextlib.suppress's __enter__ and __exit__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "contextlib.suppress: __enter__ returns None; matching exceptions are swallowed, others pass",
    file: "suppress_enter_01.py",
    source: "# contextlib.suppress: __enter__ returns None; matching exceptions are swallowed, others pass\nfrom contextlib import suppress\nwith suppress(KeyError) as x:\n    print(x)\n    {}['k']\nprint('after')\nwith suppress(ValueError, TypeError) as y:\n    int('x')\nprint(y)\ntry:\n    with suppress(KeyError):\n        1 / 0\nexcept ZeroDivisionError as e:\n    print('passed through', e)\ns = suppress()\nprint(s.__enter__(), s.__exit__(None, None, None), s.__exit__(KeyError, KeyError(), None))\n",
    stdout: "None\nafter\nNone\npassed through division by zero\nNone False False\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("contextlib.suppress", CASES);
