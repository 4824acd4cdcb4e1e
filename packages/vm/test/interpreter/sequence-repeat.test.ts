// A built-in sequence's repetition (sq_repeat, sq_inplace_repeat) is the fallback after both operands' number slots, as PyNumber_Multiply and PyNumber_InPlaceMultiply have it; recorded from CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a sequence's repetition comes after the other operand's __rmul__, as sq_repeat does",
    file: "seq_repeat_reflected.py",
    source: "# a sequence's repetition comes after the other operand's __rmul__, as sq_repeat does\nclass X:\n    def __index__(self): return 2\n    def __rmul__(self, o): return 'rmul'\n    def __mul__(self, o): return 'mul'\nfrom collections import deque\nprint([1] * X(), (1,) * X(), 'a' * X(), b'a' * X(), bytearray(b'a') * X(), deque([1]) * X())\nprint(X() * [1], X() * (1,), X() * 'a')\nl = [1]; l *= X(); print(l)\nt = (1,); t *= X(); print(t)\nd = deque([1]); d *= X(); print(d)\nclass I:\n    def __index__(self): return 3\nprint([0] * I(), I() * 'ab', (1, 2) * I())\nl = [5]; l *= I(); print(l)\nt = (5,); t *= I(); print(t)\nn = 2; n *= [7]; print(n)\nclass N:\n    def __rmul__(self, o): return NotImplemented\nfor f in (lambda: [1] * N(), lambda: N() * [1], lambda: [1] * 1.5, lambda: 'a' * 'b', lambda: (1,) * None):\n    try: print(f())\n    except TypeError as e: print(type(e).__name__, e)\ntry:\n    l = [1]; l *= 2.0\nexcept TypeError as e: print(e)\nclass L(list): pass\nprint(L([1]) * X(), L([2]) * I())\n",
    stdout: "rmul rmul rmul rmul rmul rmul\nmul mul mul\nrmul\nrmul\nrmul\n[0, 0, 0] ababab (1, 2, 1, 2, 1, 2)\n[5, 5, 5]\n(5, 5, 5)\n[7, 7]\nTypeError can't multiply sequence by non-int of type 'N'\nTypeError can't multiply sequence by non-int of type 'N'\nTypeError can't multiply sequence by non-int of type 'float'\nTypeError can't multiply sequence by non-int of type 'str'\nTypeError can't multiply sequence by non-int of type 'NoneType'\ncan't multiply sequence by non-int of type 'float'\nrmul [2, 2, 2]\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sequence repetition after the reflected multiply", CASES, [0, Number.POSITIVE_INFINITY]);
