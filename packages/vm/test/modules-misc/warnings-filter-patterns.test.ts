// warnings filters compile their message and module patterns with Python's regex syntax (inline flags, named groups, \A and \Z) and raise re.error for a pattern sre_parse refuses; the module action's registry key is (text, category), as in CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "warnings filter patterns follow Python's regex syntax; a bad one raises re.error at filterwarnings time",
    file: "warnings_filter_patterns.py",
    source: "# warnings filter patterns follow Python's regex syntax; a bad one raises re.error at filterwarnings time\nimport warnings\ndef t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__module__, type(e).__name__, e)\nfor p in ['(', '((', 'a(b(c', ')', 'ab)', '[a', 'a[', '*a', 'a|*', '(?P<n>a', 'a**', '\\\\']:\n    t(lambda: warnings.filterwarnings('ignore', message=p))\n    t(lambda: warnings.filterwarnings('ignore', module=p))\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    warnings.filterwarnings('ignore', message=r'(?P<word>sp.m) (?P=word)\\Z')\n    warnings.filterwarnings('ignore', message=r'(?x) e g g s  # verbose')\n    warnings.filterwarnings('error', message=r'(?s)multi.line')\n    warnings.filterwarnings('ignore', message=r'\\Aanchored')\n    warnings.warn('spam spam'); warnings.warn('spam spam!'); warnings.warn('eggs'); warnings.warn('anchored')\n    t(lambda: warnings.warn('multi\\nline'))\n    print([str(x.message) for x in w])\n    print(warnings.filters[0][1])\n",
    stdout: "re error missing ), unterminated subpattern at position 0\nre error missing ), unterminated subpattern at position 0\nre error missing ), unterminated subpattern at position 1\nre error missing ), unterminated subpattern at position 1\nre error missing ), unterminated subpattern at position 3\nre error missing ), unterminated subpattern at position 3\nre error unbalanced parenthesis at position 0\nre error unbalanced parenthesis at position 0\nre error unbalanced parenthesis at position 2\nre error unbalanced parenthesis at position 2\nre error unterminated character set at position 0\nre error unterminated character set at position 0\nre error unterminated character set at position 1\nre error unterminated character set at position 1\nre error nothing to repeat at position 0\nre error nothing to repeat at position 0\nre error nothing to repeat at position 2\nre error nothing to repeat at position 2\nre error missing ), unterminated subpattern at position 0\nre error missing ), unterminated subpattern at position 0\nre error multiple repeat at position 2\nre error multiple repeat at position 2\nre error bad escape (end of pattern) at position 0\nre error bad escape (end of pattern) at position 0\nbuiltins UserWarning multi\nline\n['spam spam!']\nre.compile('\\\\Aanchored', re.IGNORECASE)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "The \"module\" action records (text, category) in the module's __warningregistry__, as _warnings.c does",
    file: "warnings_module_registry.py",
    source: "# The \"module\" action records (text, category) in the module's __warningregistry__, as _warnings.c does\nimport warnings\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('module')\n    warnings.warn('m1')\n    warnings.warn('m1')\n    print(len(w))\nprint(sorted(str(k) for k in __warningregistry__ if k != 'version'))\n",
    stdout: "1\n[\"('m1', <class 'UserWarning'>)\", \"('m1', <class 'UserWarning'>, 5)\", \"('m1', <class 'UserWarning'>, 6)\"]\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("warnings filter patterns", CASES, [0, Number.POSITIVE_INFINITY]);
