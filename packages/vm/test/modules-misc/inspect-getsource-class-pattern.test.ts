// inspect.getsource finds a class with the regex CPython 3.8 builds from its name; a name that breaks the pattern raises re.error instead of crashing the host. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "inspect.getsource of a class finds it with a regex built from its name: a name that breaks the pattern raises re.error",
    file: "inspect_getsource_class_pattern.py",
    source: "# inspect.getsource of a class finds it with a regex built from its name: a name that breaks the pattern raises re.error\nimport inspect\nclass Good:\n    pass\nclass Nested:\n    class Inner: pass\nX = type('a(', (), {})\nX.__module__ = '__main__'\nY = type('b[', (), {})\nY.__module__ = '__main__'\nfor c in (X, Y, Good, Nested.Inner):\n    try:\n        print(inspect.getsource(c), end='')\n    except Exception as e:\n        print(type(e).__module__, type(e).__name__, e)\n",
    stdout: "re error missing ), unterminated subpattern at position 15\nre error unterminated character set at position 15\nclass Good:\n    pass\n    class Inner: pass\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect.getsource class pattern", CASES, [0, Number.POSITIVE_INFINITY]);
