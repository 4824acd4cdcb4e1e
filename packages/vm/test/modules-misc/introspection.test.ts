// f_trace_lines/f_trace_opcodes, traceback __dir__ and the pickling error. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "frame trace flags, a traceback's dir(), and pickling errors naming the type",
    file: "introspection.py",
    source: "# frame trace flags, a traceback's dir(), and pickling errors naming the type\nimport sys\ndef g(): yield\nf = sys._getframe()\nprint(f.f_trace_lines, f.f_trace_opcodes)\nf.f_trace_opcodes = True\nprint(f.f_trace_opcodes, sys._getframe().f_trace_opcodes)\ntry: f.f_trace_lines = 1\nexcept TypeError as e: print(e)\ntry: 1/0\nexcept ZeroDivisionError as e: print(dir(e.__traceback__))\nfor o in (g(), 1, []):\n    try: o.__reduce__()\n    except TypeError as e: print(e)\n",
    stdout: "True False\nTrue True\nattribute value type must be bool\n['tb_frame', 'tb_lasti', 'tb_lineno', 'tb_next']\ncannot pickle 'generator' object\ncannot pickle 'int' object\ncannot pickle 'list' object\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("frame and traceback introspection", CASES);
