// BlockingIOError's characters_written as CPython 3.8's oserror_parse_args and OSError_written_set convert it (PyNumber_AsSsize_t with ValueError), kept exactly. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "BlockingIOError keeps characters_written exactly, and out of the Py_ssize_t range it is a ValueError (constructor and setter)",
    file: "blocking_io_written.py",
    source: "# BlockingIOError keeps characters_written exactly, and out of the Py_ssize_t range it is a ValueError (constructor and setter)\nfor n in (2**62, 2**62 + 1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**70):\n    try:\n        print(n, BlockingIOError(11, 'x', n).characters_written)\n    except Exception as e:\n        print(n, type(e).__name__, e)\ne = BlockingIOError(11, 'x', 3)\nfor v in (2**64, -2**64, 5, 2**53 + 1, 1.5, \"a\", True):\n    try:\n        e.characters_written = v\n        print(repr(v), e.characters_written)\n    except Exception as x:\n        print(repr(v), type(x).__name__, x)\ntry:\n    BlockingIOError(11, 'x', 2.5)\nexcept Exception as x:\n    print(type(x).__name__, x)\n",
    stdout: "4611686018427387904 4611686018427387904\n4611686018427387905 4611686018427387905\n9223372036854775807 9223372036854775807\n-9223372036854775808 -9223372036854775808\n9223372036854775808 ValueError cannot fit 'int' into an index-sized integer\n-9223372036854775809 ValueError cannot fit 'int' into an index-sized integer\n1180591620717411303424 ValueError cannot fit 'int' into an index-sized integer\n18446744073709551616 ValueError cannot fit 'int' into an index-sized integer\n-18446744073709551616 ValueError cannot fit 'int' into an index-sized integer\n5 5\n9007199254740993 9007199254740993\n1.5 TypeError 'float' object cannot be interpreted as an integer\n'a' TypeError 'str' object cannot be interpreted as an integer\nTrue 1\nTypeError 'float' object cannot be interpreted as an integer\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("BlockingIOError characters_written", CASES);
