// warnings.warn's stacklevel (0 and below name the calling frame) and source arguments, and the module's defaultaction/onceregistry aliases. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "warnings.warn: stacklevel <= 0 names the calling frame, source objects get the tracemalloc hint",
    file: "warn_stacklevel_source.py",
    source: "# warnings.warn: stacklevel <= 0 names the calling frame, source objects get the tracemalloc hint\nimport warnings\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    warnings.warn('a', stacklevel=0)\n    warnings.warn('b', stacklevel=-3)\n    warnings.warn('c', stacklevel=1)\n    warnings.warn('d', stacklevel=50)\n    print([(x.lineno, x.filename.split('/')[-1], str(x.message)) for x in w])\n    try:\n        warnings.warn('e', stacklevel=1.5)\n    except TypeError as e:\n        print(e)\nprint(warnings.defaultaction, warnings.defaultaction is warnings._defaultaction, warnings.onceregistry is warnings._onceregistry)\nwarnings.simplefilter('default')\nwarnings.warn('src', ResourceWarning, source=object())\nwarnings.warn('nosrc', ResourceWarning, source=None)\n",
    stdout: "[(5, 'warn_stacklevel_source.py', 'a'), (6, 'warn_stacklevel_source.py', 'b'), (7, 'warn_stacklevel_source.py', 'c'), (1, 'sys', 'd')]\ninteger argument expected, got float\ndefault True True\n",
    stderr: "warn_stacklevel_source.py:16: ResourceWarning: src\n  warnings.warn('src', ResourceWarning, source=object())\nResourceWarning: Enable tracemalloc to get the object allocation traceback\nwarn_stacklevel_source.py:17: ResourceWarning: nosrc\n  warnings.warn('nosrc', ResourceWarning, source=None)\n",
    exit: 0,
  },
];

describeCpythonCases("warnings.warn arguments", CASES);
