// Argument Clinic's checks of int.to_bytes and int.from_bytes, in its order and words. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "int.to_bytes/from_bytes argument errors follow Argument Clinic's order and wording",
    file: "excls_09.py",
    source: "# int.to_bytes/from_bytes argument errors follow Argument Clinic's order and wording\ndef show(f):\n    try:\n        print('ok', repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nshow(lambda: (1).to_bytes())\nshow(lambda: (1).to_bytes(1))\nshow(lambda: (1).to_bytes(1, 'little', True))\nshow(lambda: (1).to_bytes(1, 'big', 1, 2))\nshow(lambda: (1).to_bytes(1, byteorder='big', signed=True))\nshow(lambda: (1).to_bytes(length=1, byteorder='big'))\nshow(lambda: (1).to_bytes(1, 'big', length=2))\nshow(lambda: (1).to_bytes(1, 'big', sign=True))\nshow(lambda: (1).to_bytes(1, signed=True))\nshow(lambda: (-1).to_bytes(1, 'big', signed=0))\nshow(lambda: int.from_bytes())\nshow(lambda: int.from_bytes(b'\\x01'))\nshow(lambda: int.from_bytes(b'\\x01', 'big', False))\nshow(lambda: int.from_bytes(bytes=b'\\xff', byteorder='little', signed=True))\nshow(lambda: int.from_bytes(b'\\xff', 'little', bytes=b''))\nshow(lambda: int.from_bytes(b'\\xff', 'little', x=1))\n",
    stdout: "TypeError to_bytes() missing required argument 'length' (pos 1)\nTypeError to_bytes() missing required argument 'byteorder' (pos 2)\nTypeError to_bytes() takes exactly 2 positional arguments (3 given)\nTypeError to_bytes() takes at most 3 arguments (4 given)\nok b'\\x01'\nok b'\\x01'\nTypeError argument for to_bytes() given by name ('length') and position (1)\nTypeError 'sign' is an invalid keyword argument for to_bytes()\nTypeError to_bytes() missing required argument 'byteorder' (pos 2)\nOverflowError can't convert negative int to unsigned\nTypeError from_bytes() missing required argument 'bytes' (pos 1)\nTypeError from_bytes() missing required argument 'byteorder' (pos 2)\nTypeError from_bytes() takes exactly 2 positional arguments (3 given)\nok -1\nTypeError argument for from_bytes() given by name ('bytes') and position (1)\nTypeError 'x' is an invalid keyword argument for from_bytes()\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("int.to_bytes and int.from_bytes arguments", CASES);
