// A __del__ that cannot be called is reported as unraisable; the default hook writes no "Exception ignored in" line for a None object, as CPython 3.8's write_unraisable_exc_file. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "A __del__ that cannot be called is reported as unraisable, with no \"Exception ignored in\" line when it is None",
    file: "del_not_callable.py",
    source: "# A __del__ that cannot be called is reported as unraisable, with no \"Exception ignored in\" line when it is None\nimport sys\nclass E:\n    __del__ = None\ne = E()\ndel e\nprint('after None')\nclass F:\n    __del__ = 5\nf = F()\ndel f\nprint('after 5')\nclass G:\n    __del__ = staticmethod(lambda: print('static del'))\ng = G()\ndel g\nclass H:\n    def __del__(self, extra):\n        pass\nh = H()\ndel h\nprint('after H')\ndef hook(u):\n    print('hook:', u.exc_type.__name__, u.object, u.err_msg)\nsys.unraisablehook = hook\ne = E()\ndel e\nsys.unraisablehook = sys.__unraisablehook__\nprint('end')\n",
    stdout: "after None\nafter 5\nstatic del\nafter H\nhook: TypeError None None\nend\n",
    stderr: "Traceback (most recent call last):\n  File \"del_not_callable.py\", line 6, in <module>\n    del e\nTypeError: 'NoneType' object is not callable\nException ignored in: 5\nTraceback (most recent call last):\n  File \"del_not_callable.py\", line 11, in <module>\n    del f\nTypeError: 'int' object is not callable\nException ignored in: <function H.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"del_not_callable.py\", line 21, in <module>\n    del h\nTypeError: __del__() missing 1 required positional argument: 'extra'\n",
    exit: 0,
  },
];

describeCpythonCases("__del__ that cannot be called", CASES);
