// CPython 3.8's print_exception/parse_syntax_error for SyntaxError members of unusual types. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "an uncaught SyntaxError whose text is not a str prints only its File line (print_error_text fails); a lineno past a C int prints it as a plain exception",
    file: "gramm_06.py",
    source: "# an uncaught SyntaxError whose text is not a str prints only its File line (print_error_text fails); a lineno past a C int prints it as a plain exception\nimport sys\n\nclass S(str):\n    pass\n\ndef report(e):\n    sys.excepthook(type(e), e, None)\n\nreport(SyntaxError('m', ('f.py', 3, 2, 5)))\nreport(SyntaxError('m', ('f.py', 3, 2, b'abc')))\nreport(SyntaxError('m', ('f.py', 3, 2, S('  abc\\n'))))\nreport(SyntaxError('m', ('f.py', 2 ** 40, 2, 'abc')))\nreport(SyntaxError('m', ('f.py', 3, 2 ** 40, 'abc')))\nreport(SyntaxError('m', ('f.py', True, 2, 'abc')))\nreport(SyntaxError('m', ('f.py', 2 ** 31 - 1, -5, 'abc')))\nprint('done', file=sys.stderr)\nraise IndentationError('m', ('g.py', 7, 1, ['x']))\n",
    stdout: "",
    stderr: "  File \"f.py\", line 3\n\n  File \"f.py\", line 3\n\n  File \"f.py\", line 3\n    abc\n    ^\nSyntaxError: m\nSyntaxError: m (f.py, line 1099511627776)\nSyntaxError: m (f.py, line 3)\n  File \"f.py\", line 1\n    abc\n     ^\nSyntaxError: m\n  File \"f.py\", line 2147483647\n    abc\n    ^\nSyntaxError: m\ndone\nTraceback (most recent call last):\n  File \"gramm_06.py\", line 18, in <module>\n    raise IndentationError('m', ('g.py', 7, 1, ['x']))\n  File \"g.py\", line 7\n\n",
    exit: 1,
  },
];

describeCpythonCases("printing a SyntaxError with odd members", CASES);
