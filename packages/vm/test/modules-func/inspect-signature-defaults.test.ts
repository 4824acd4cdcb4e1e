// inspect.signature of a function whose __defaults__ outnumber its positional parameters, as CPython 3.8's _signature_from_function slices them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "inspect.signature of a function given more __defaults__ than positional parameters",
    file: "sigdef.py",
    source: "# inspect.signature of a function given more __defaults__ than positional parameters\nimport inspect\ndef g(a, b=2, *args, c, d=4, **kw): pass\nfor d in [(1,), (1, 2), (1, 2, 3), (1, 2, 3, 4, 5), ()]:\n    g.__defaults__ = d\n    print(d, inspect.signature(g))\ndef p(a, b, /, c): pass\np.__defaults__ = (7, 8, 9, 10)\nprint(inspect.signature(p))\ndef one(x): pass\none.__defaults__ = (1, 2)\nprint(inspect.signature(one), inspect.signature(one).parameters['x'].default)\n",
    stdout: "(1,) (a, b=1, *args, c, d=4, **kw)\n(1, 2) (a=1, b=2, *args, c, d=4, **kw)\n(1, 2, 3) (a, b=1, *args, c, d=4, **kw)\n(1, 2, 3, 4, 5) (a=1, b=2, *args, c, d=4, **kw)\n() (a, b, *args, c, d=4, **kw)\n(a, b, /, c=7)\n(x=1) 1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect.signature defaults", CASES);
