// The internal docs of itertools._tee and _tee_dataobject, as CPython 3.8's tp_doc. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "itertools._tee and _tee_dataobject carry CPython's internal docs: _tee's signature line is its __text_signature__, teedataobject's (another name) stays in __doc__",
    file: "tee_type_docs.py",
    source: "# itertools._tee and _tee_dataobject carry CPython's internal docs: _tee's signature line is its __text_signature__, teedataobject's (another name) stays in __doc__\nimport itertools, inspect\nprint(repr(itertools._tee.__doc__), itertools._tee.__text_signature__, inspect.signature(itertools._tee))\nprint(repr(itertools._tee_dataobject.__doc__), itertools._tee_dataobject.__text_signature__)\ntry: inspect.signature(itertools._tee_dataobject)\nexcept ValueError as e: print(e)\n",
    stdout: "'Iterator wrapped to make it copyable.' (iterable, /) (iterable, /)\n'teedataobject(iterable, values, next, /)\\n--\\n\\nData container common to multiple tee objects.' None\nno signature found for builtin type <class 'itertools._tee_dataobject'>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("itertools tee type docs", CASES);
