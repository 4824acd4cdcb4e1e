// The small-int fast path of >> past 1023 bits (Math.floor over 2**b, which overflows to Infinity there). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a small negative int shifted right by 1024 bits or more is -1, a small positive one 0",
    file: "int_shift_small_far.py",
    source: "# a small negative int shifted right by 1024 bits or more is -1, a small positive one 0\nfor n in (-1, -3, -7144622539144, -(2**52), -(2**53) + 1, 1, 2**53 - 1, 0):\n    print(n, [n >> k for k in (52, 53, 63, 64, 1000, 1023, 1024, 1029, 1074, 1100, 1101, 5000, 2**40)])\nk = 1029\nprint(-5 >> k, (-5).__rshift__(k), int.__rrshift__(k, -5))\nx = -9\nx >>= 1050\nprint(x)\n",
    stdout: "-1 [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]\n-3 [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]\n-7144622539144 [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]\n-4503599627370496 [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]\n-9007199254740991 [-2, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]\n1 [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n9007199254740991 [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n0 [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n-1 -1 -1\n-1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("small int shifted right far", CASES);
