// How {*a, *b} adds its items, as CPython 3.8's BUILD_SET_UNPACK (_PySet_Update) does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "{*a, *b} merges sets without their __iter__ and adds other items as they are iterated, as BUILD_SET_UNPACK's _PySet_Update does",
    file: "set_unpack_update.py",
    source: "# {*a, *b} merges sets without their __iter__ and adds other items as they are iterated, as BUILD_SET_UNPACK's _PySet_Update does\nclass S(set):\n    def __iter__(self):\n        print('  S.iter')\n        return iter([99])\nclass K:\n    def __init__(self, n):\n        self.n = n\n    def __hash__(self):\n        print('  hash', self.n)\n        return self.n\n    def __repr__(self):\n        return 'K%d' % self.n\ndef gen(n):\n    for i in range(n):\n        print('  yield', i)\n        yield K(i)\nprint({*S([1, 2]), *frozenset([3])})\nprint(sorted({*gen(2), *[K(5)]}, key=lambda k: k.n))\nprint({*{'a': 1}, *'b'} == {'a', 'b'})\nfor bad in (5, None):\n    try:\n        print({*'x', *bad})\n    except TypeError as e:\n        print(type(e).__name__, e)\ndef broken():\n    yield K(7)\n    raise ValueError('mid')\ntry:\n    {*broken()}\nexcept ValueError as e:\n    print('ValueError', e)\n",
    stdout: "{1, 2, 3}\n  yield 0\n  hash 0\n  yield 1\n  hash 1\n  hash 5\n[K0, K1, K5]\nTrue\nTypeError 'int' object is not iterable\nTypeError 'NoneType' object is not iterable\n  hash 7\nValueError mid\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("set displays with unpacking", CASES, [0, Number.POSITIVE_INFINITY]);
