// An uncaught SystemExit's status comes from its code attribute, read as handle_system_exit reads it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "an uncaught SystemExit takes its status from the code attribute: a subclass's class attribute",
    file: "a.py",
    source: "# an uncaught SystemExit takes its status from the code attribute: a subclass's class attribute\nclass E(SystemExit):\n    code = 5\nraise E(7)\n",
    stdout: "",
    stderr: "",
    exit: 5,
  },
  {
    name: "an uncaught SystemExit whose code property fails prints the exception itself, status 1",
    file: "b.py",
    source: "# an uncaught SystemExit whose code property fails prints the exception itself, status 1\nclass E(SystemExit):\n    @property\n    def code(self):\n        raise KeyError('no code')\n    def __str__(self):\n        return 'the exit ' + repr(self.args)\nraise E(7)\n",
    stdout: "",
    stderr: "the exit (7,)\n",
    exit: 1,
  },
  {
    name: "an uncaught SystemExit whose code property gives None exits 0 (the property is read once, before atexit)",
    file: "c.py",
    source: "# an uncaught SystemExit whose code property gives None exits 0 (the property is read once, before atexit)\nimport atexit\nclass I(int):\n    pass\nclass E(SystemExit):\n    @property\n    def code(self):\n        print('code read')\n        return None if self.args[0] == 'none' else I(3)\natexit.register(print, 'atexit')\nraise E('none')\n",
    stdout: "code read\natexit\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "an uncaught SystemExit with an int subclass code exits with that number",
    file: "d.py",
    source: "# an uncaught SystemExit with an int subclass code exits with that number\nclass I(int):\n    pass\nraise SystemExit(I(4))\n",
    stdout: "",
    stderr: "",
    exit: 4,
  },
  {
    name: "an uncaught SystemExit subclass whose code attribute is a string prints it, status 1",
    file: "e.py",
    source: "# an uncaught SystemExit subclass whose code attribute is a string prints it, status 1\nclass E(SystemExit):\n    code = 'the message'\nraise E(0)\n",
    stdout: "",
    stderr: "the message\n",
    exit: 1,
  },
];

describeCpythonCases("SystemExit code attribute", CASES);
