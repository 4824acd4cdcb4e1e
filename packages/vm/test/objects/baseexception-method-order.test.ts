// BaseException's methods in CPython's order. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "BaseException's methods are listed in CPython's order: __reduce__, __setstate__, with_traceback",
    file: "baseexception_methods.py",
    source: "# BaseException's methods are listed in CPython's order: __reduce__, __setstate__, with_traceback\nprint([k for k in BaseException.__dict__ if not k.startswith('__') or k in ('__reduce__', '__setstate__')])\nprint(list(BaseException.__dict__)[:10])\n",
    stdout: "['__reduce__', '__setstate__', 'with_traceback', 'args']\n['__repr__', '__str__', '__getattribute__', '__setattr__', '__delattr__', '__init__', '__new__', '__reduce__', '__setstate__', 'with_traceback']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("BaseException method order", CASES);
