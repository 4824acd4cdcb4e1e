// The exit status of a program ended by an uncaught KeyboardInterrupt, as CPython 3.8's exit_sigint makes it. Expected output recorded from CPython 3.8.18 running the file directly (`PYTHONHASHSEED=0 python3.8 FILE`: the oracle reports uncaught exceptions itself), the status as a shell reports it (128 + the signal that ended it), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "an uncaught KeyboardInterrupt ends the program as SIGINT would (status 130) after the atexit functions and the hook",
    file: "keyboard_interrupt_exit.py",
    source: "# an uncaught KeyboardInterrupt ends the program as SIGINT would (status 130) after the atexit functions and the hook\nimport atexit, sys\natexit.register(print, 'atexit runs first')\natexit.register(sys.exit, 5)\ndef hook(tp, value, tb):\n    print('hook', tp.__name__, value)\nsys.excepthook = hook\nraise KeyboardInterrupt('stop')\n",
    stdout: "hook KeyboardInterrupt stop\natexit runs first\n",
    stderr: "",
    exit: 130,
  },
  {
    name: "SystemExit whose code is a KeyboardInterrupt prints it and exits 1; a KeyboardInterrupt caught stays quiet",
    file: "keyboard_interrupt_in_systemexit.py",
    source: "# SystemExit whose code is a KeyboardInterrupt prints it and exits 1; a KeyboardInterrupt caught stays quiet\ntry:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    print('caught')\nraise SystemExit(KeyboardInterrupt('as code'))\n",
    stdout: "caught\n",
    stderr: "as code\n",
    exit: 1,
  },
  {
    name: "an uncaught subclass of KeyboardInterrupt is an ordinary error (status 1)",
    file: "keyboard_interrupt_subclass.py",
    source: "# an uncaught subclass of KeyboardInterrupt is an ordinary error (status 1)\nclass Stop(KeyboardInterrupt):\n    pass\nraise Stop('sub')\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"keyboard_interrupt_subclass.py\", line 4, in <module>\n    raise Stop('sub')\n__main__.Stop: sub\n",
    exit: 1,
  },
];

describeCpythonCases("uncaught KeyboardInterrupt", CASES);
