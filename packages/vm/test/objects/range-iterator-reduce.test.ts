// __reduce__/__setstate__ of range_iterator and longrange_iterator. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "range iterators reduce to iter(range(...)) and an index, and clip the index they are given",
    file: "range_iter_reduce.py",
    source: "# range iterators reduce to iter(range(...)) and an index, and clip the index they are given\nit = iter(range(1, 10, 3)); next(it); print(it.__reduce__())\nit.__setstate__(-3); print(it.__reduce__()); it.__setstate__(99); print(it.__reduce__(), list(it))\nit = iter(range(5))\nfor b in (2**40, 2**70, 'x', True, 3):\n    try:\n        it.__setstate__(b); print(it.__reduce__(), it.__length_hint__())\n    except Exception as e:\n        print(type(e).__name__, e)\nprint(list(it))\nL = iter(range(2**70, 2**70 + 10, 2)); next(L); print(type(L).__name__, L.__reduce__())\nL.__setstate__(-1); print(L.__reduce__()); L.__setstate__(100); print(L.__reduce__(), list(L)); L.__setstate__(2); print(L.__reduce__(), list(L))\ntry:\n    L.__setstate__('x')\nexcept Exception as e:\n    print(type(e).__name__, e)\nprint(iter(range(0)).__reduce__(), iter(range(3, -5, -2)).__reduce__(), iter(range(-2**64, 0, 2**62)).__reduce__())\n",
    stdout: "(<built-in function iter>, (range(1, 10, 3),), 1)\n(<built-in function iter>, (range(1, 10, 3),), 0)\n(<built-in function iter>, (range(1, 10, 3),), 3) []\n(<built-in function iter>, (range(0, 5),), 5) 0\nOverflowError Python int too large to convert to C long\nTypeError an integer is required (got type str)\n(<built-in function iter>, (range(0, 5),), 1) 4\n(<built-in function iter>, (range(0, 5),), 3) 2\n[3, 4]\nlongrange_iterator (<built-in function iter>, (range(1180591620717411303424, 1180591620717411303434, 2),), 1)\n(<built-in function iter>, (range(1180591620717411303424, 1180591620717411303434, 2),), 0)\n(<built-in function iter>, (range(1180591620717411303424, 1180591620717411303434, 2),), 5) []\n(<built-in function iter>, (range(1180591620717411303424, 1180591620717411303434, 2),), 2) [1180591620717411303428, 1180591620717411303430, 1180591620717411303432]\nTypeError '<' not supported between instances of 'str' and 'int'\n(<built-in function iter>, (range(0, 0),), 0) (<built-in function iter>, (range(3, -5, -2),), 0) (<built-in function iter>, (range(-18446744073709551616, 0, 4611686018427387904),), 0)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("range iterator reduction", CASES);
