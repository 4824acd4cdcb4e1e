// How list.extend sizes itself from a length hint, as CPython 3.8's list_extend does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "list.extend ignores a length hint that would overflow Py_ssize_t with the current length, as list_extend does",
    file: "list_extend_hint.py",
    source: "# list.extend ignores a length hint that would overflow Py_ssize_t with the current length, as list_extend does\nimport sys\nclass Hinted:\n    def __init__(self, hint): self.hint = hint\n    def __iter__(self): return self\n    def __next__(self): raise StopIteration\n    def __length_hint__(self): return self.hint\nfor start in ([], [1], [1, 2, 3, 4]):\n    for hint in (sys.maxsize, sys.maxsize - 1, sys.maxsize - 3, sys.maxsize - 4, 2**40, 10**6):\n        a = list(start)\n        try:\n            a.extend(Hinted(hint))\n            print(len(start), hint, 'ok', a)\n        except MemoryError as e:\n            print(len(start), hint, 'MemoryError', e)\ntry:\n    list(Hinted(sys.maxsize))\nexcept MemoryError:\n    print('list() MemoryError')\n",
    stdout: "0 9223372036854775807 MemoryError \n0 9223372036854775806 MemoryError \n0 9223372036854775804 MemoryError \n0 9223372036854775803 MemoryError \n0 1099511627776 MemoryError \n0 1000000 ok []\n1 9223372036854775807 ok [1]\n1 9223372036854775806 MemoryError \n1 9223372036854775804 MemoryError \n1 9223372036854775803 MemoryError \n1 1099511627776 MemoryError \n1 1000000 ok [1]\n4 9223372036854775807 ok [1, 2, 3, 4]\n4 9223372036854775806 ok [1, 2, 3, 4]\n4 9223372036854775804 ok [1, 2, 3, 4]\n4 9223372036854775803 MemoryError \n4 1099511627776 MemoryError \n4 1000000 ok [1, 2, 3, 4]\nlist() MemoryError\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("list.extend length hints", CASES, [0, Number.POSITIVE_INFINITY]);
