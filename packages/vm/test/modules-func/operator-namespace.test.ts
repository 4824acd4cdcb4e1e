// The operator module's private names as CPython 3.8's Lib/operator.py leaves them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "operator's private names are Lib/operator.py's: _abs (builtins.abs), no _compare_digest (that is _operator's)",
    file: "operator_private_names.py",
    source: "# operator's private names are Lib/operator.py's: _abs (builtins.abs), no _compare_digest (that is _operator's)\nimport operator\nprint([n for n in dir(operator) if n.startswith('_') and not n.startswith('__')], operator._abs is abs, operator._abs(-3))\nprint(hasattr(operator, '_compare_digest'))\n",
    stdout: "['_abs'] True 3\nFalse\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("operator namespace", CASES);
