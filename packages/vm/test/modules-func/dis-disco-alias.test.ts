// dis.disco is the same function as dis.disassemble. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "dis.disco is dis.disassemble, as `disco = disassemble` in Lib/dis.py makes it",
    file: "disco_alias.py",
    source: "# dis.disco is dis.disassemble, as `disco = disassemble` in Lib/dis.py makes it\nimport dis\nprint(dis.disco is dis.disassemble, dis.disco.__name__, \"disco\" in dir(dis), repr(dis.disco.__doc__))\n",
    stdout: "True disassemble True 'Disassemble a code object.'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("dis.disco", CASES, [0, Number.POSITIVE_INFINITY]);
