// {**m}/f(**m) read keys() as a list with CPython's message; 1 << huge raises too many digits or MemoryError as long_lshift does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "{**m} and f(**m) read m.keys() as PyMapping_Keys does; huge shifts fail as long_lshift does",
    file: "keys_non_iterable.py",
    source: "# {**m} and f(**m) read m.keys() as PyMapping_Keys does; huge shifts fail as long_lshift does\nclass M:\n    def __init__(self, keys):\n        self._keys = keys\n    def keys(self):\n        return self._keys\n    def __getitem__(self, k):\n        return k * 2\n\ndef f(**kw):\n    return sorted(kw.items())\n\nprint({**M(['a', 'b'])}, f(**M(('x',))))\nfor bad in (5, None):\n    for make in (lambda m: {**m}, lambda m: f(**m), lambda m: dict(m), lambda m: {}.update(m)):\n        try:\n            make(M(bad))\n        except TypeError as e:\n            print(e)\nfor b in (2**70, 2**66, 2**65, 2**64 * 30, -1):\n    try:\n        1 << b\n    except (OverflowError, MemoryError, ValueError) as e:\n        print(type(e).__name__, e)\nprint((7 << 100) >> 99, 0 << 2**80)\n",
    stdout: "{'a': 'aa', 'b': 'bb'} [('x', 'xx')]\nM.keys() returned a non-iterable (type int)\nM.keys() returned a non-iterable (type int)\nM.keys() returned a non-iterable (type int)\nM.keys() returned a non-iterable (type int)\nM.keys() returned a non-iterable (type NoneType)\nM.keys() returned a non-iterable (type NoneType)\nM.keys() returned a non-iterable (type NoneType)\nM.keys() returned a non-iterable (type NoneType)\nOverflowError too many digits in integer\nOverflowError too many digits in integer\nMemoryError \nOverflowError too many digits in integer\nValueError negative shift count\n14 0\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("PyMapping_Keys in ** unpacking and long_lshift's limits", CASES);
