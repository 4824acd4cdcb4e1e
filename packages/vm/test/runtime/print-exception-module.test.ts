// How the interpreter's exception report writes the type's module when __module__ cannot be read, as CPython 3.8's print_exception does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "an exception class whose __module__ lookup raises is reported as an empty last line (the write fails while the error is pending); a non-str __module__ reads <unknown>",
    file: "module_lookup_fails.py",
    source: "# an exception class whose __module__ lookup raises is reported as an empty last line (the write fails while the error is pending); a non-str __module__ reads <unknown>\nimport sys\nclass Meta(type):\n    @property\n    def __module__(cls):\n        raise RuntimeError('no module')\nclass Broken(Exception, metaclass=Meta):\n    pass\nclass Odd(Exception):\n    pass\nOdd.__module__ = 5\nsys.excepthook(Broken, Broken('a'), None)\nprint('next')\nsys.excepthook(Odd, Odd('b'), None)\ntry:\n    try:\n        raise Odd('inner')\n    except Odd:\n        raise Broken('outer')\nexcept Broken as e:\n    sys.excepthook(type(e), e, e.__traceback__)\nclass D:\n    def __del__(self):\n        raise Broken('in del')\nD()\nraise Broken('uncaught')\n",
    stdout: "next\n",
    stderr: "\n<unknown>Odd: b\nTraceback (most recent call last):\n  File \"module_lookup_fails.py\", line 17, in <module>\n    raise Odd('inner')\n<unknown>Odd: inner\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"module_lookup_fails.py\", line 19, in <module>\n    raise Broken('outer')\n\nException ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"module_lookup_fails.py\", line 24, in __del__\n    raise Broken('in del')\n<unknown>Broken: in del\nTraceback (most recent call last):\n  File \"module_lookup_fails.py\", line 26, in <module>\n    raise Broken('uncaught')\n\n",
    exit: 1,
  },
];

describeCpythonCases("print_exception and __module__", CASES);
