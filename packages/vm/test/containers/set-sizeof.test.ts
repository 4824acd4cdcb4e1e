// sys.getsizeof of sets counts the table once it is no longer the 8 entries inside the object (set_sizeof). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.getsizeof of sets: the 8-entry table inside the object, a separate table once it grows",
    file: "a_set_sizes.py",
    source: "# sys.getsizeof of sets: the 8-entry table inside the object, a separate table once it grows\nimport sys\ns = set()\nsizes = []\nfor i in range(40):\n    sizes.append(sys.getsizeof(s))\n    s.add(i)\nprint(sizes)\nclass S(set): pass\nprint(sys.getsizeof(S()), sys.getsizeof(frozenset(range(10))), sys.getsizeof(set(range(100))), S.__sizeof__(S(range(5))), frozenset().__sizeof__())\ns = set(range(50)); s.clear(); print(sys.getsizeof(s))\ns = set(range(50))\nfor i in range(45):\n    s.discard(i)\nprint(sys.getsizeof(s), sys.getsizeof(s.copy()), sys.getsizeof({1, 2, 3} | {4, 5, 6}), sys.getsizeof({x for x in range(20)}))\n",
    stdout: "[216, 216, 216, 216, 216, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 728, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264, 2264]\n224 728 8408 720 200\n216\n2264 472 472 2264\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("set sizes", CASES);
