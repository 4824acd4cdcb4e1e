// A concatenation is sized from its operands' storage classes (str.ts concatStr), not a scan of the whole text. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Concatenated strs are sized from their parts' storage classes: ASCII, Latin-1, BMP and astral text",
    file: "str_concat_sizes.py",
    source: "# Concatenated strs are sized from their parts' storage classes: ASCII, Latin-1, BMP and astral text\nimport sys\nparts = ['abc', '\u00e9', '\u0100\u0102', '\u20ac', '\ud83d\ude00', '', 'x' * 600]\nfor a in parts:\n    for b in parts:\n        s = a + b\n        t = a\n        t += b\n        print(repr(s)[:12], len(s), sys.getsizeof(s), sys.getsizeof(t), s == t)\ns = ''\nfor i in range(3000):\n    s += chr(32 + i % 300)\nprint(len(s), sys.getsizeof(s), sys.getsizeof(s + '\ud83d\ude00'), sys.getsizeof('\ud83d\ude00' + s))\n",
    stdout: "'abcabc' 6 55 55 True\n'abc\u00e9' 4 77 77 True\n'abc\u0100\u0102' 5 84 84 True\n'abc\u20ac' 4 82 82 True\n'abc\ud83d\ude00' 4 92 92 True\n'abc' 3 52 52 True\n'abcxxxxxxxx 603 652 652 True\n'\u00e9abc' 4 77 77 True\n'\u00e9\u00e9' 2 75 75 True\n'\u00e9\u0100\u0102' 3 80 80 True\n'\u00e9\u20ac' 2 78 78 True\n'\u00e9\ud83d\ude00' 2 84 84 True\n'\u00e9' 1 74 74 True\n'\u00e9xxxxxxxxxx 601 674 674 True\n'\u0100\u0102abc' 5 84 84 True\n'\u0100\u0102\u00e9' 3 80 80 True\n'\u0100\u0102\u0100\u0102' 4 82 82 True\n'\u0100\u0102\u20ac' 3 80 80 True\n'\u0100\u0102\ud83d\ude00' 3 88 88 True\n'\u0100\u0102' 2 78 78 True\n'\u0100\u0102xxxxxxxxx 602 1278 1278 True\n'\u20acabc' 4 82 82 True\n'\u20ac\u00e9' 2 78 78 True\n'\u20ac\u0100\u0102' 3 80 80 True\n'\u20ac\u20ac' 2 78 78 True\n'\u20ac\ud83d\ude00' 2 84 84 True\n'\u20ac' 1 76 76 True\n'\u20acxxxxxxxxxx 601 1276 1276 True\n'\ud83d\ude00abc' 4 92 92 True\n'\ud83d\ude00\u00e9' 2 84 84 True\n'\ud83d\ude00\u0100\u0102' 3 88 88 True\n'\ud83d\ude00\u20ac' 2 84 84 True\n'\ud83d\ude00\ud83d\ude00' 2 84 84 True\n'\ud83d\ude00' 1 80 80 True\n'\ud83d\ude00xxxxxxxxxx 601 2480 2480 True\n'abc' 3 52 52 True\n'\u00e9' 1 74 74 True\n'\u0100\u0102' 2 78 78 True\n'\u20ac' 1 76 76 True\n'\ud83d\ude00' 1 80 80 True\n'' 0 49 49 True\n'xxxxxxxxxxx 600 649 649 True\n'xxxxxxxxxxx 603 652 652 True\n'xxxxxxxxxxx 601 674 674 True\n'xxxxxxxxxxx 602 1278 1278 True\n'xxxxxxxxxxx 601 1276 1276 True\n'xxxxxxxxxxx 601 2480 2480 True\n'xxxxxxxxxxx 600 649 649 True\n'xxxxxxxxxxx 1200 1249 1249 True\n3000 6074 12080 12080\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("str concatenation sizes", CASES);
