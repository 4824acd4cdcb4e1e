// CPython 3.8's print_error_text works on the UTF-8 C string of the text: it ends at the first NUL. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "an uncaught SyntaxError's source line ends at a NUL, as print_error_text reads the text as a C string",
    file: "syntax_text_nul.py",
    source: "# an uncaught SyntaxError's source line ends at a NUL, as print_error_text reads the text as a C string\nimport sys\n\ndef report(text, offset):\n    sys.excepthook(SyntaxError, SyntaxError('m', ('f.py', 1, offset, text)), None)\n\nreport('a\\x00bc\\n', 4)\nreport('ab\\x00\\n', 4)\nreport('\\x00abc\\n', 2)\nreport('one\\ntwo\\x00\\nthree\\n', 6)\nreport('one\\x00\\ntwo\\n', 6)\nraise SyntaxError('last', ('g.py', 2, 3, '  xy\\x00z'))\n",
    stdout: "",
    stderr: "  File \"f.py\", line 1\n    a\n       ^\nSyntaxError: m\n  File \"f.py\", line 1\n    ab\n       ^\nSyntaxError: m\n  File \"f.py\", line 1\n    \n     ^\nSyntaxError: m\n  File \"f.py\", line 1\n    two\n     ^\nSyntaxError: m\n  File \"f.py\", line 1\n    one\n         ^\nSyntaxError: m\nTraceback (most recent call last):\n  File \"syntax_text_nul.py\", line 12, in <module>\n    raise SyntaxError('last', ('g.py', 2, 3, '  xy\\x00z'))\n  File \"g.py\", line 2\n    xy\n    ^\nSyntaxError: last\n",
    exit: 1,
  },
];

describeCpythonCases("printing the source line of a SyntaxError", CASES, [0, Number.POSITIVE_INFINITY]);
