// bytes() of an iterable asks its length hint as CPython 3.8's _PyBytes_FromIterator does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "bytes() of an iterable that is no exact list or tuple asks its length hint first (_PyBytes_FromIterator): its errors propagate; bytearray() asks none",
    file: "bytes_iterable_length_hint.py",
    source: "# bytes() of an iterable that is no exact list or tuple asks its length hint first (_PyBytes_FromIterator): its errors propagate; bytearray() asks none\nimport sys\nclass BadHint:\n    def __init__(self, h): self.h = h\n    def __iter__(self): return iter([1, 2])\n    def __length_hint__(self):\n        print('hint')\n        if isinstance(self.h, Exception): raise self.h\n        return self.h\nfor h in (-1, 'a', NotImplemented, TypeError('x'), ValueError('v'), 2**100, sys.maxsize, 3, 1000):\n    for f in (bytes, bytearray):\n        try: print(f(BadHint(h)))\n        except Exception as e: print(type(e).__name__, e)\nclass It:\n    def __iter__(self): print('iter'); return iter([65])\n    def __length_hint__(self): print('hint'); return 1\nprint(bytes(It()), bytearray(It()))\nclass L(list):\n    def __length_hint__(self): print('L hint'); return 1\n    def __len__(self): print('L len'); return 1\nprint(bytes(L([66])), bytes((67,)), bytes([68]), int.from_bytes(BadHint(0), 'big'))\n",
    stdout: "hint\nValueError __length_hint__() should return >= 0\nbytearray(b'\\x01\\x02')\nhint\nTypeError __length_hint__ must be an integer, not str\nbytearray(b'\\x01\\x02')\nhint\nb'\\x01\\x02'\nbytearray(b'\\x01\\x02')\nhint\nb'\\x01\\x02'\nbytearray(b'\\x01\\x02')\nhint\nValueError v\nbytearray(b'\\x01\\x02')\nhint\nOverflowError Python int too large to convert to C ssize_t\nbytearray(b'\\x01\\x02')\nhint\nOverflowError byte string is too large\nbytearray(b'\\x01\\x02')\nhint\nb'\\x01\\x02'\nbytearray(b'\\x01\\x02')\nhint\nb'\\x01\\x02'\nbytearray(b'\\x01\\x02')\niter\nhint\niter\nb'A' bytearray(b'A')\nL len\nhint\nb'B' b'C' b'D' 258\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("bytes from an iterable", CASES);
