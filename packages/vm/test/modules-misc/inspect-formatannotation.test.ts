// inspect.formatannotation formats a class by module and qualname (relative to base_module), anything else by repr; a Parameter with an empty name meets 3.8's IndexError. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "inspect.formatannotation and an empty Parameter name",
    file: "inspect_formatannotation.py",
    source: "# inspect.formatannotation and an empty Parameter name\nimport inspect, collections\ndef t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nclass Local: pass\nt(lambda: inspect.formatannotation(int))\nt(lambda: inspect.formatannotation(Local))\nt(lambda: inspect.formatannotation(Local, '__main__'))\nt(lambda: inspect.formatannotation(Local, base_module='__main__'))\nt(lambda: inspect.formatannotation(collections.OrderedDict))\nt(lambda: inspect.formatannotation('text'))\nt(lambda: inspect.formatannotation(None))\nt(lambda: inspect.formatannotation(3, 4))\nt(lambda: inspect.formatannotation())\nt(lambda: inspect.formatannotation.__name__)\nt(lambda: inspect.Parameter('', inspect.Parameter.POSITIONAL_ONLY))\nt(lambda: inspect.Parameter('', inspect.Parameter.KEYWORD_ONLY))\n",
    stdout: "'int'\n'__main__.Local'\n'Local'\n'Local'\n'collections.OrderedDict'\n\"'text'\"\n'None'\n'3'\nTypeError formatannotation() missing 1 required positional argument: 'annotation'\n'formatannotation'\nIndexError string index out of range\nIndexError string index out of range\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect.formatannotation", CASES, [0, Number.POSITIVE_INFINITY]);
