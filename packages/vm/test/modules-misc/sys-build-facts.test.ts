// sys.prefix and the other facts of the build, getallocatedblocks Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys: the installation prefixes, abiflags, copyright, _git, _framework, _xoptions, pycache_prefix and getallocatedblocks",
    file: "sys_build_facts.py",
    source: "# sys: the installation prefixes, abiflags, copyright, _git, _framework, _xoptions, pycache_prefix and getallocatedblocks\nimport sys, gc\nprint(sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix, type(sys.prefix).__name__)\nprint(sys.prefix != sys.base_prefix)\nprint(repr(sys.abiflags), sys._git, repr(sys._framework), sys._xoptions, sys.pycache_prefix)\nprint(sys.copyright)\na = sys.getallocatedblocks()\nprint(type(a).__name__, a > 0)\ngc.collect()\nb = sys.getallocatedblocks()\nprint(b <= a + 5)\nprint(sys.getallocatedblocks.__text_signature__, sys.getallocatedblocks.__doc__)\ntry:\n    sys.getallocatedblocks(1)\nexcept TypeError as e:\n    print('TypeError', e)\nprint(all(name in dir(sys) for name in ('prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix', 'copyright', 'abiflags')))\n",
    stdout: "True str\nFalse\n'' ('CPython', '', '') '' {} None\nCopyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.\nint True\nTrue\n($module, /) Return the number of memory blocks currently allocated.\nTypeError getallocatedblocks() takes no arguments (1 given)\nTrue\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sys build facts", CASES);
