// Slices of ASCII, Latin-1, BMP, astral and lone-surrogate text: len and sys.getsizeof (an ASCII parent's pieces are sized without a scan). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Sizes and lengths of str slices cut from ASCII, Latin-1, BMP and astral text",
    file: "str_slices.py",
    source: "# Sizes and lengths of str slices cut from ASCII, Latin-1, BMP and astral text\nimport sys\nparents = ['abcdefghij' * 3, 'caf\\xe9 au lait', 'na\\u00efve \\u4e2d\\u6587 text', 'emoji \\U0001F600 and \\U0001F680!', '\\ud800 lone', 'x']\nfor p in parents:\n    cuts = [p[2:], p[:5], p[1:-1], p[::2], p[-3:], p[5:6], p[3:3], p[:]]\n    print(len(p), sys.getsizeof(p), [(len(c), sys.getsizeof(c)) for c in cuts])\ns = 'abc' * 1000\nn = 0\nwhile s:\n    s = s[7:]\n    n += 1\n    if n % 100 == 0:\n        print(n, len(s), sys.getsizeof(s))\nt = '\\xe9' + 'abc' * 10\nprint(sys.getsizeof(t[1:]), sys.getsizeof(t[:4]), len(t[1:]), t[1:] == 'abc' * 10)\nu = 'ab\\U0001F600cd' * 3\nprint([len(u[i:]) for i in range(0, 15, 3)], [sys.getsizeof(u[i:i + 2]) for i in range(0, 15, 2)])\n",
    stdout: "30 79 [(28, 77), (5, 54), (28, 77), (15, 64), (3, 52), (1, 50), (0, 49), (30, 79)]\n12 85 [(10, 83), (5, 78), (10, 83), (6, 55), (3, 52), (1, 50), (0, 49), (12, 85)]\n13 100 [(11, 96), (5, 78), (11, 96), (7, 88), (3, 52), (1, 50), (0, 49), (13, 100)]\n14 132 [(12, 124), (5, 54), (12, 124), (7, 104), (3, 88), (1, 50), (0, 49), (14, 132)]\n6 86 [(4, 53), (5, 84), (4, 53), (3, 80), (3, 52), (1, 50), (0, 49), (6, 86)]\n1 50 [(0, 49), (1, 50), (0, 49), (1, 50), (1, 50), (0, 49), (0, 49), (1, 50)]\n100 2300 2349\n200 1600 1649\n300 900 949\n400 200 249\n79 77 30 True\n[15, 12, 9, 6, 3] [51, 84, 51, 84, 51, 51, 84, 50]\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("str slice sizes", CASES, [0, Number.POSITIVE_INFINITY]);
