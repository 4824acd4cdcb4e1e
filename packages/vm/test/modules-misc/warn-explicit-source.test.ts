// warnings.warn_explicit passes source= on to the printed warning. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "warnings.warn_explicit with source= prints the tracemalloc hint",
    file: "warn_explicit_source.py",
    source: "# warnings.warn_explicit with source= prints the tracemalloc hint\nimport warnings\nwarnings.simplefilter(\"always\")\nclass R: pass\nwarnings.warn_explicit(\"explicit\", ResourceWarning, \"somefile.py\", 3, source=R())\nwarnings.warn_explicit(\"no source\", UserWarning, \"other.py\", 4, \"mod\", None, None, None)\nwarnings.warn(\"plain\", ResourceWarning, source=R())\nprint(\"done\")\n",
    stdout: "done\n",
    stderr: "somefile.py:3: ResourceWarning: explicit\nResourceWarning: Enable tracemalloc to get the object allocation traceback\nother.py:4: UserWarning: no source\nwarn_explicit_source.py:7: ResourceWarning: plain\n  warnings.warn(\"plain\", ResourceWarning, source=R())\nResourceWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
];

describeCpythonCases("warnings.warn_explicit source", CASES);
