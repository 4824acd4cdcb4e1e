// CPython 3.8's Argument Clinic int conversion of compile()'s flags, dont_inherit and optimize. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "compile()'s flags, dont_inherit and optimize go through the C int converter: TypeError for non-ints, OverflowError past a C int, before the unrecognised-flags check",
    file: "gramm_05.py",
    source: "# compile()'s flags, dont_inherit and optimize go through the C int converter: TypeError for non-ints, OverflowError past a C int, before the unrecognised-flags check\nfor args in [(0x80000000,), (-1,), (2**31-1,), ('a',), (1.5,), (True,), (0, 'a'), (0, 2**40), (0, 0, 2**40), (0, 0, 'x'), (0, 0, 3.0), (0, None), (None,)]:\n    try:\n        compile('x', 's', 'eval', *args)\n        print(args, 'ok')\n    except Exception as e:\n        print(args, type(e).__name__, e)\nclass I:\n    def __index__(self):\n        return 0\nfor args in [(I(),), (0, I()), (0, 0, I())]:\n    try:\n        compile('x', 's', 'eval', *args)\n        print('ok')\n    except Exception as e:\n        print(type(e).__name__, e)\ntry:\n    compile('x', 's', 'bogus', 'a')\nexcept Exception as e:\n    print(type(e).__name__, e)\ntry:\n    compile('x', 's', 'bogus', 0, 0, 9)\nexcept Exception as e:\n    print(type(e).__name__, e)\n",
    stdout: "(2147483648,) OverflowError Python int too large to convert to C int\n(-1,) ValueError compile(): unrecognised flags\n(2147483647,) ValueError compile(): unrecognised flags\n('a',) TypeError an integer is required (got type str)\n(1.5,) TypeError integer argument expected, got float\n(True,) ValueError compile(): unrecognised flags\n(0, 'a') TypeError an integer is required (got type str)\n(0, 1099511627776) OverflowError Python int too large to convert to C int\n(0, 0, 1099511627776) OverflowError Python int too large to convert to C int\n(0, 0, 'x') TypeError an integer is required (got type str)\n(0, 0, 3.0) TypeError integer argument expected, got float\n(0, None) TypeError an integer is required (got type NoneType)\n(None,) TypeError an integer is required (got type NoneType)\nok\nok\nok\nTypeError an integer is required (got type str)\nValueError compile(): invalid optimize value\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("compile() integer arguments", CASES);
