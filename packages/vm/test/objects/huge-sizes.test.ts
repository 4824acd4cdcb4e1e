// Sizes no allocation could give raise CPython 3.8's MemoryError or OverflowError instead of a host error or a hang. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Huge bytes/bytearray sizes: OverflowError or MemoryError as CPython, never a host error",
    file: "robust_05.py",
    source: "# Huge bytes/bytearray sizes: OverflowError or MemoryError as CPython, never a host error\nimport sys\nM = sys.maxsize\ndef report(label, fn):\n    try:\n        fn()\n        print(label, 'ok')\n    except (MemoryError, OverflowError, ValueError) as e:\n        print(label, type(e).__name__, e)\nreport('bytes * maxsize', lambda: b'ab' * M)\nreport('bytearray * maxsize', lambda: bytearray(b'ab') * M)\ndef irepeat():\n    b = bytearray(b'ab')\n    b *= M\nreport('bytearray *= maxsize', irepeat)\nreport('bytes(maxsize)', lambda: bytes(M))\nreport('bytes(maxsize // 2)', lambda: bytes(M // 2))\nreport('bytearray(maxsize)', lambda: bytearray(M))\nreport('bytes(-1)', lambda: bytes(-1))\nreport('bytes.ljust', lambda: b'a'.ljust(M))\nreport('bytes.center', lambda: b'a'.center(M))\nreport('bytes * 3', lambda: print(b'ab' * 3, bytearray(b'x') * 2))\n",
    stdout: "bytes * maxsize OverflowError repeated bytes are too long\nbytearray * maxsize MemoryError \nbytearray *= maxsize MemoryError \nbytes(maxsize) OverflowError byte string is too large\nbytes(maxsize // 2) MemoryError \nbytearray(maxsize) MemoryError \nbytes(-1) ValueError negative count\nbytes.ljust OverflowError byte string is too large\nbytes.center OverflowError byte string is too large\nb'ababab' bytearray(b'xx')\nbytes * 3 ok\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "Huge str and list sizes from builtins and operators: MemoryError, OverflowError, never a hang",
    file: "robust_06.py",
    source: "# Huge str and list sizes from builtins and operators: MemoryError, OverflowError, never a hang\nimport sys\nM = sys.maxsize\ndef report(label, fn):\n    try:\n        fn()\n        print(label, 'ok')\n    except (MemoryError, OverflowError, ValueError) as e:\n        print(label, type(e).__name__, e)\nreport('str.ljust', lambda: 'a'.ljust(M))\nreport('str.rjust', lambda: 'a'.rjust(M // 2))\nreport('str.zfill', lambda: 'a'.zfill(M))\nreport('str.center', lambda: 'a'.center(2**63))\nreport('format width', lambda: format(1, '%d' % M))\nreport('%*d', lambda: '%*d' % (M, 1))\nreport('%*s', lambda: '%*s' % (M // 4, 'x'))\nreport('list(range(maxsize))', lambda: list(range(M)))\nreport('tuple(range(maxsize))', lambda: tuple(range(M)))\nreport('[None] * maxsize', lambda: [None] * M)\nreport('list(range(3))', lambda: print(list(range(3)), tuple(range(3))))\n",
    stdout: "str.ljust MemoryError \nstr.rjust MemoryError \nstr.zfill MemoryError \nstr.center OverflowError Python int too large to convert to C ssize_t\nformat width MemoryError \n%*d MemoryError \n%*s MemoryError \nlist(range(maxsize)) MemoryError \ntuple(range(maxsize)) MemoryError \n[None] * maxsize MemoryError \n[0, 1, 2] (0, 1, 2)\nlist(range(3)) ok\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("huge sizes", CASES);
