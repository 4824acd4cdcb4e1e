// Deleting from a bytearray's front advances its logical start (no bytes move while the buffer keeps its size); pop and remove move the bytes and keep the start. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "bytearray deletions from the front (logical start), pop and remove (moved bytes), with sizes as growth follows",
    file: "bytearray_front.py",
    source: "# bytearray deletions from the front (logical start), pop and remove (moved bytes), with sizes as growth follows\nimport sys\nfor op in ('pop', 'remove', 'del0', 'delslice'):\n    b = bytearray(range(100))\n    sizes = []\n    for i in range(30):\n        if op == 'pop': b.pop(0)\n        elif op == 'remove': b.remove(b[0])\n        elif op == 'del0': del b[0]\n        else: del b[:1]\n        if i % 7 == 0:\n            sizes.append(sys.getsizeof(b))\n    s1 = sys.getsizeof(b)\n    b.extend(b'x' * 25)\n    s2 = sys.getsizeof(b)\n    b.extend(b'y' * 10)\n    print(op, sizes, s1, s2, sys.getsizeof(b), len(b), bytes(b[:5]), bytes(b[-3:]))\nb = bytearray(b'abcdefghij' * 20)\ntrace = []\nwhile len(b) > 3:\n    del b[:7]\n    trace.append((len(b), sys.getsizeof(b), bytes(b[:2])))\n    if len(trace) % 5 == 0:\n        b += b'XYZ'\n        b.insert(0, 33)\nprint(trace[:6], trace[-4:])\nc = bytearray(b'0123456789' * 10)\ndel c[:60]\nprint(sys.getsizeof(c), bytes(c[:4]))\nc[:0] = b'ab'\nprint(sys.getsizeof(c), bytes(c[:6]), len(c))\nc[0:3] = b''\nprint(sys.getsizeof(c), bytes(c[:6]), c.find(b'9'), c.pop(), c.pop(0), bytes(c))\nd = bytearray(b'q' * 50)\nfor k in range(10):\n    del d[:3]\n    d.append(65 + k)\nprint(sys.getsizeof(d), bytes(d), d.count(b'q'))\n",
    stdout: "pop [174, 174, 174, 174, 174] 174 174 174 105 b'\\x1e\\x1f !\"' b'yyy'\nremove [174, 174, 174, 174, 174] 174 174 174 105 b'\\x1e\\x1f !\"' b'yyy'\ndel0 [174, 174, 174, 174, 174] 174 168 168 105 b'\\x1e\\x1f !\"' b'yyy'\ndelslice [174, 174, 174, 174, 174] 174 168 168 105 b'\\x1e\\x1f !\"' b'yyy'\n[(193, 257, b'hi'), (186, 257, b'ef'), (179, 257, b'bc'), (172, 257, b'ij'), (165, 257, b'fg'), (162, 251, b'bc')] [(17, 81, b'ij'), (10, 67, b'ZX'), (7, 64, b'ZX'), (0, 57, b'')]\n97 b'0123'\n109 b'ab0123' 42\n109 b'123456' 8 57 49 b'2345678901234567890123456789012345678'\n95 b'qqqqqqqqqqqqqqqqqqqqABCDEFGHIJ' 20\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("bytearray front deletions", CASES, [0, Number.POSITIVE_INFINITY]);
