// bytes_getnewargs, the first of bytes' methods (test_bytes test_copy / pickling helpers). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "bytes.__getnewargs__ returns the value as a new exact bytes in a 1-tuple",
    file: "bytes_getnewargs.py",
    source: "# bytes.__getnewargs__ returns the value as a new exact bytes in a 1-tuple\nclass B(bytes): pass\nfor v in [b'', b'xyz', B(b'ab')]:\n    a = v.__getnewargs__()\n    print(a, type(a[0]).__name__, a[0] == v)\nprint(list(bytes.__dict__).index('__getnewargs__') < list(bytes.__dict__).index('hex'))\ntry:\n    b'x'.__getnewargs__(1)\nexcept TypeError as e:\n    print(e)\n",
    stdout: "(b'',) bytes True\n(b'xyz',) bytes True\n(b'ab',) bytes True\nTrue\n__getnewargs__() takes no arguments (1 given)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("bytes.__getnewargs__", CASES, [0, Number.POSITIVE_INFINITY]);
