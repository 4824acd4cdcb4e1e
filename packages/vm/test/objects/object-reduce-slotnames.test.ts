// object.__reduce_ex__ over a class's __slotnames__ that changes during the lookups, as CPython 3.8's _PyObject_GetState. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "object.__reduce_ex__ holds each __slotnames__ name while it looks the attribute up: a __getattr__ that replaces the list frees nothing in use",
    file: "slotnames_changed.py",
    source: "# object.__reduce_ex__ holds each __slotnames__ name while it looks the attribute up: a __getattr__ that replaces the list frees nothing in use\nimport sys, types\ncopyreg = types.ModuleType('copyreg')\ndef __newobj__(cls, *args): return cls.__new__(cls, *args)\ncopyreg.__newobj__ = __newobj__\nsys.modules['copyreg'] = copyreg\n\nclass S(str):\n    pass\nclass A:\n    __slotnames__ = [S('spam'), S('eggs')]\n    def __getattr__(self, attr):\n        print('getattr', attr, len(A.__slotnames__))\n        if attr == 'spam':\n            A.__slotnames__[:] = [S('spam')]\n            return 42\n        raise AttributeError(attr)\n\nr = A().__reduce_ex__(2)\nprint(r[0].__name__, r[1:])\nclass B:\n    __slotnames__ = ['x', 7]\n    x = 1\ntry:\n    B().__reduce_ex__(2)\nexcept TypeError as e:\n    print(e)\ndel sys.modules['copyreg']\n",
    stdout: "getattr __getstate__ 2\ngetattr spam 2\n",
    stderr: "Traceback (most recent call last):\n  File \"slotnames_changed.py\", line 19, in <module>\n    r = A().__reduce_ex__(2)\nRuntimeError: __slotsname__ changed size during iteration\n",
    exit: 1,
  },
];

describeCpythonCases("object reduce slot names", CASES);
