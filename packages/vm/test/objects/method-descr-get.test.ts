// A bound method is a non-data descriptor that returns itself (method_descr_get). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a bound method is a non-data descriptor returning itself (method_descr_get)",
    file: "method_descr_get.py",
    source: "# a bound method is a non-data descriptor returning itself (method_descr_get)\nclass A:\n    def f(self): return self\na = A(); m = a.f\nprint(m.__get__(5) is m, m.__get__(None, int) is m, type(m).__get__(m, 1) is m)\nclass B:\n    g = m\nb = B()\nprint(b.g is m, B.g is m, b.g() is a)\nb.__dict__['g'] = 1\nprint(b.g)\nprint([k for k in vars(type(m)) if k in ('__get__', '__call__', '__reduce__')])\n",
    stdout: "True True True\nTrue True True\n1\n['__call__', '__get__', '__reduce__']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("bound method as descriptor", CASES);
