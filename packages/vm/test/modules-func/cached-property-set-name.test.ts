// functools.cached_property's __set_name__ error, chained by type_new, keeps the Traceback header of the Lib/functools.py frame it is raised in. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a cached_property bound to two names: the TypeError from its __set_name__ is reported with a Traceback header as the RuntimeError's cause",
    file: "cached_property_two_names.py",
    source: "# a cached_property bound to two names: the TypeError from its __set_name__ is reported with a Traceback header as the RuntimeError's cause\nimport functools\nclass E:\n    @functools.cached_property\n    def p(self):\n        return 1\n    q = p\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"/root/.pyenv/versions/3.8.18/lib/python3.8/functools.py\", line 942, in __set_name__\n    raise TypeError(\nTypeError: Cannot assign the same cached_property to two different names ('p' and 'q').\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"cached_property_two_names.py\", line 3, in <module>\n    class E:\nRuntimeError: Error calling __set_name__ on 'cached_property' instance 'q' in 'E'\n",
    exit: 1,
  },
];

describeCpythonCases("cached_property __set_name__", CASES, [0, Number.POSITIVE_INFINITY]);
