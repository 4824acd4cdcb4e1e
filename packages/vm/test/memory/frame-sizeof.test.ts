// frame.__sizeof__ counts the frame's extra slots as frame_sizeof does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.getsizeof of frames: the struct with its locals, cells, free variables and value stack",
    file: "a_frame_sizeof.py",
    source: "# sys.getsizeof of frames: the struct with its locals, cells, free variables and value stack\nimport sys\ndef f(a, b, c=1):\n    x = y = z = 0\n    def inner():\n        return x\n    return sys.getsizeof(sys._getframe()), sys._getframe().f_code.co_stacksize, sys._getframe().f_code.co_nlocals\nprint(f(1, 2))\ndef g():\n    return sys.getsizeof(sys._getframe())\nprint(g(), sys.getsizeof(sys._getframe()), sys._getframe().f_code.co_stacksize, sys._getframe().f_code.co_nlocals, len(sys._getframe().f_code.co_names))\ndef gen():\n    yield sys.getsizeof(sys._getframe())\nprint(next(gen()))\n",
    stdout: "(464, 4, 6)\n408 440 8 0 13\n408\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("frame sizes", CASES);
