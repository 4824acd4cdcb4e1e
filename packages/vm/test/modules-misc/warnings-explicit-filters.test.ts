// warn_explicit's argument checks and get_filter's reading of the module state, as CPython 3.8's Python/_warnings.c does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "warnings.warn_explicit checks its arguments as _warnings.c does: str filename, int lineno, dict module_globals and registry",
    file: "stdmods_02.py",
    source: "# warnings.warn_explicit checks its arguments as _warnings.c does: str filename, int lineno, dict module_globals and registry\nimport warnings\ndef attempt(*args, **kwargs):\n    try:\n        warnings.warn_explicit(*args, **kwargs)\n        print('ok')\n    except Exception as e:\n        print(type(e).__name__, e)\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    attempt(None, UserWarning, None, None)\n    attempt(None, UserWarning, 'f', None)\n    attempt(None, UserWarning, 'f', 1.5)\n    attempt(None, None, None, 1)\n    attempt(None, Warning, 'f', 1, registry=42)\n    attempt('m', UserWarning, 'f', 1, module_globals=True)\n    attempt('m', UserWarning, 'f', 1, module_globals={})\n    attempt('m', UserWarning, 'f', 1, module=None)\n    attempt('m', UserWarning)\n    attempt('m', UserWarning, 'f', 2 ** 40)\n    print(len(w), [(str(x.message), x.filename, x.lineno) for x in w])\n",
    stdout: "TypeError warn_explicit() argument 3 must be str, not None\nTypeError an integer is required (got type NoneType)\nTypeError integer argument expected, got float\nTypeError warn_explicit() argument 3 must be str, not None\nTypeError 'registry' must be a dict or None\nTypeError module_globals must be a dict, not 'bool'\nok\nok\nTypeError warn_explicit() missing required argument 'filename' (pos 3)\nOverflowError signed integer is greater than maximum\n1 [('m', 'f', 1)]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "the filters are read as _warnings.c's get_filter reads them: a list changed by a match() while it is walked, bad items, onceregistry and defaultaction checked",
    file: "stdmods_03.py",
    source: "# the filters are read as _warnings.c's get_filter reads them: a list changed by a match() while it is walked, bad items, onceregistry and defaultaction checked\nimport warnings\nclass X:\n    def match(self, a):\n        L[:] = []\nL = [(\"default\", X(), UserWarning, X(), 0) for i in range(2)]\nwith warnings.catch_warnings(record=True) as w:\n    warnings.filters = L\n    warnings.warn_explicit(UserWarning(\"b\"), None, \"f.py\", 42)\n    print(str(w[-1].message), L)\ndef attempt(f):\n    try:\n        f()\n        print('ok')\n    except Exception as e:\n        print(type(e).__name__, e)\nwith warnings.catch_warnings(record=True) as w:\n    warnings.filters = [(None, None, Warning, None, 0)]\n    attempt(lambda: warnings.warn_explicit('foo', Warning, 'bar', 1))\n    warnings.filters = [('always', None, Warning, None, 0), 5]\n    attempt(lambda: warnings.warn_explicit('foo', Warning, 'bar', 1))\n    warnings.filters = [5]\n    attempt(lambda: warnings.warn_explicit('foo', Warning, 'bar', 1))\n    warnings.filters = []\n    saved = warnings.defaultaction\n    warnings.defaultaction = None\n    attempt(lambda: warnings.warn_explicit('foo', Warning, 'bar', 1))\n    del warnings.defaultaction\n    attempt(lambda: warnings.warn_explicit('foo', Warning, 'bar', 2))\n    warnings.defaultaction = saved\n    warnings.filterwarnings('once')\n    saved = warnings.onceregistry\n    warnings.onceregistry = None\n    attempt(lambda: warnings.warn_explicit('foo', Warning, 'bar', 1, registry=None))\n    warnings.onceregistry = saved\n    print(len(w))\nwith warnings.catch_warnings(record=True) as w:\n    warnings.filterwarnings(\"error\", \"\", Warning, \"\", 0)\n    attempt(lambda: warnings.warn('convert to error'))\n    del warnings.filters\n    attempt(lambda: warnings.warn('convert to error'))\nprint(hasattr(warnings, 'filters'))\n",
    stdout: "b []\nTypeError action must be a string, not 'NoneType'\nok\nValueError _warnings.filters item 0 isn't a 5-tuple\nTypeError _warnings.defaultaction must be a string, not 'NoneType'\nok\nTypeError _warnings.onceregistry must be a dict, not 'NoneType'\n2\nUserWarning convert to error\nUserWarning convert to error\nTrue\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("warnings.warn_explicit and the filters", CASES);
