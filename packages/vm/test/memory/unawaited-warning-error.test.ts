// The unraisable report of a never-awaited warning that the filters turn into an error; standard-library frames dropped by the oracle's normalize.py (corosim's warnings module is native). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "never-awaited warning turned into an error is reported with only the header of its traceback",
    file: "unawaited_warning_as_error.py",
    source: "# never-awaited warning turned into an error is reported with only the header of its traceback\nimport warnings, gc\nasync def foo():\n    pass\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    foo()\n    c = foo(); del c\nprint(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])\nprint([type(x.source).__name__ for x in w], [x.lineno for x in w], [x.filename for x in w])\nwarnings.simplefilter('error')\nfoo()\nprint('after error-filtered')\ndef g():\n    c = foo()\n    yield\nx = g(); next(x)\ndel x\nprint('after gen')\nwarnings.resetwarnings()\nwarnings.simplefilter('ignore', RuntimeWarning)\nfoo()\nprint('ignored')\n",
    stdout: "2 [\"coroutine 'foo' was never awaited\", \"coroutine 'foo' was never awaited\"] ['RuntimeWarning', 'RuntimeWarning']\n['coroutine', 'coroutine'] [7, 8] ['unawaited_warning_as_error.py', 'unawaited_warning_as_error.py']\nafter error-filtered\nafter gen\nignored\n",
    stderr: "Exception ignored in: <coroutine object foo at 0x?>\nTraceback (most recent call last):\nRuntimeWarning: coroutine 'foo' was never awaited\nException ignored in: <coroutine object foo at 0x?>\nTraceback (most recent call last):\nRuntimeWarning: coroutine 'foo' was never awaited\n",
    exit: 0,
  },
];

describeCpythonCases("never-awaited warning raised as an error", CASES);
