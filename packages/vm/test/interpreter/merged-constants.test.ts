// Equal constants of one compilation share one object, as CPython 3.8's compiler merges them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "equal constants of one compilation are one object (merge_consts_recursive), -0.0 apart from 0.0",
    file: "merged_constants.py",
    source: "# equal constants of one compilation are one object (merge_consts_recursive), -0.0 apart from 0.0\nimport sys\ndef f(): return (1, 2, 3)\ndef g(): x = 5; return (1, 2, 3)\ndef h(): return 'hello world'\ndef k(): return ('x', 'hello world')\nprint(f() is g(), h() is k()[1], sys.getrefcount(f()))\ndef a(): return 1.5, -0.0, 0.0\ndef b(): return 1.5, -0.0\nprint(a()[0] is b()[0], a()[1] is b()[1], a()[2] is b()[1])\nx = 'some text'\ny = 'some text'\nprint(x is y, sys.getrefcount('some text'))\ndef e(): return b'ab'\ndef e2(): return b'ab', 1\nprint(e() is e2()[0])\nns = {}\nexec(\"def p(): return (7, 8)\\ndef q(): return 0, (7, 8)\", ns)\nprint(ns['p']() is ns['q']()[1], ns['p']() is eval(\"(7, 8)\"))\n",
    stdout: "True True 3\nTrue True False\nTrue 4\nTrue\nTrue False\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("merged constants", CASES);
