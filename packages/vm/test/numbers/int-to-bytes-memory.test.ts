// A length no allocation could hold is PyErr_NoMemory's MemoryError, without arguments. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "int.to_bytes of a length no memory holds raises MemoryError() without arguments, as PyErr_NoMemory makes it",
    file: "to_bytes_memory.py",
    source: "# int.to_bytes of a length no memory holds raises MemoryError() without arguments, as PyErr_NoMemory makes it\ntry:\n    (1).to_bytes(2**40, \"big\")\nexcept MemoryError as e:\n    print(repr(e), e.args)\nprint((1).to_bytes(3, \"big\"))\n",
    stdout: "MemoryError() ()\nb'\\x00\\x00\\x01'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("int.to_bytes memory", CASES, [0, Number.POSITIVE_INFINITY]);
