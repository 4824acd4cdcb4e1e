// print writes through a bound built-in method (PyFile_WriteObject's getattr of write), whose block comes off the built-in methods' free list: after gc.collect() empties it, the first one counts as a GC allocation. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "print's file.write is a bound built-in method taken off its free list: the first print after gc.collect() counts one allocation",
    file: "print_bound_write.py",
    source: "# print's file.write is a bound built-in method taken off its free list: the first print after gc.collect() counts one allocation\nimport gc, sys\ns = repr([1])\ngc.collect()\na = gc.get_count()\ns = repr(a)\nb = gc.get_count()\nprint(a)\nc = gc.get_count()\nprint(a, a)\nd = gc.get_count()\nsys.stdout.write('x\\n')\ne = gc.get_count()\nprint(a, b, c, d, e)\ngc.collect()\nsys.stdout.write('y\\n')\nf = gc.get_count()\nprint()\ng = gc.get_count()\nprint(f, g)\n",
    stdout: "(0, 0, 0)\n(0, 0, 0) (0, 0, 0)\nx\n(0, 0, 0) (1, 0, 0) (3, 0, 0) (4, 0, 0) (5, 0, 0)\ny\n\n(0, 0, 0) (2, 0, 0)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("print's bound write method", CASES);
