// inspect's CO_* constants (from dis.COMPILER_FLAG_NAMES). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "inspect exports the CO_* code flags of dis.COMPILER_FLAG_NAMES",
    file: "inspect_co_flags.py",
    source: "# inspect exports the CO_* code flags of dis.COMPILER_FLAG_NAMES\nimport inspect\nasync def f(): pass\nprint([(n, getattr(inspect, n)) for n in sorted(dir(inspect)) if n.startswith('CO_')])\nprint(bool(f.__code__.co_flags & inspect.CO_COROUTINE), bool(f.__code__.co_flags & inspect.CO_GENERATOR))\n",
    stdout: "[('CO_ASYNC_GENERATOR', 512), ('CO_COROUTINE', 128), ('CO_GENERATOR', 32), ('CO_ITERABLE_COROUTINE', 256), ('CO_NESTED', 16), ('CO_NEWLOCALS', 2), ('CO_NOFREE', 64), ('CO_OPTIMIZED', 1), ('CO_VARARGS', 4), ('CO_VARKEYWORDS', 8)]\nTrue False\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect CO_ flags", CASES);
