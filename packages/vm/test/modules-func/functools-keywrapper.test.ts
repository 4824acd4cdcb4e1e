// The KeyWrapper type of functools is not a module attribute (it lives in _functools, and functools imports only cmp_to_key). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "functools has no KeyWrapper attribute: cmp_to_key's type is reached only through its objects",
    file: "keywrapper_not_exported.py",
    source: "# functools has no KeyWrapper attribute: cmp_to_key's type is reached only through its objects\nimport functools\nk = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))\nprint(hasattr(functools, 'KeyWrapper'), type(k), type(k(1)), type(k) is type(k(1)))\nprint(sorted([3, 1, 2], key=k))\ndel k\n",
    stdout: "False <class 'functools.KeyWrapper'> <class 'functools.KeyWrapper'> True\n[1, 2, 3]\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functools.cmp_to_key's type", CASES, [0, Number.POSITIVE_INFINITY]);
