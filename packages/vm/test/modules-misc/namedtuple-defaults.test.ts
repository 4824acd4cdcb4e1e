// namedtuple's _field_defaults and its 3.8 alias _fields_defaults. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "namedtuple classes keep 3.8's deprecated _fields_defaults alias of _field_defaults",
    file: "namedtuple_fields_defaults.py",
    source: "# namedtuple classes keep 3.8's deprecated _fields_defaults alias of _field_defaults\nimport collections\nP = collections.namedtuple('P', 'a b c', defaults=[2, 3])\nprint(P._fields_defaults, P._fields_defaults is P._field_defaults)\nQ = collections.namedtuple('Q', 'x')\nprint(Q._fields_defaults, [k for k in vars(Q) if k.startswith('_f')])\n",
    stdout: "{'b': 2, 'c': 3} True\n{} ['_fields', '_field_defaults', '_fields_defaults']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("namedtuple field defaults", CASES);
