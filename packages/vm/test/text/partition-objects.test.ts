// Which objects str, bytes and bytearray partition/rpartition put in their result, as stringlib partition.h does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "partition and rpartition hand back the object itself when the separator is missing, and the separator object itself (not for bytearray)",
    file: "partition_objects.py",
    source: "# partition and rpartition hand back the object itself when the separator is missing, and the separator object itself (not for bytearray)\nclass S(str): pass\nclass B(bytes): pass\nclass BA(bytearray): pass\nfor o in [S('ab'), B(b'ab'), BA(b'ab'), 'ab' * 3, b'ab' * 3]:\n    sep = 'x' if isinstance(o, str) else b'x'\n    p = o.partition(sep)\n    r = o.rpartition(sep)\n    print([type(x).__name__ for x in p + r], p[0] is o, r[2] is o, p[1] is r[1])\nm = memoryview(b'.')\nsep = bytearray(b'.')\nr = b'a.b'.partition(sep)\nprint(r, r[1] is sep)\nr = b'a.b'.rpartition(m)\nprint(r[0], r[2], r[1] is m)\nr = bytearray(b'a.b').partition(B(b'.'))\nprint(r, [type(x).__name__ for x in r])\nr = BA(b'a.b').rpartition(sep)\nprint(r, r[1] is sep, [type(x).__name__ for x in r])\ns = S('.')\nfor r in ['a.b'.partition(s), 'a.b'.rpartition(s), S('a.b').partition(s)]:\n    print(r, r[1] is s, [type(x).__name__ for x in r])\n",
    stdout: "['S', 'str', 'str', 'str', 'str', 'S'] True True True\n['B', 'bytes', 'bytes', 'bytes', 'bytes', 'B'] True True True\n['bytearray', 'bytearray', 'bytearray', 'bytearray', 'bytearray', 'bytearray'] False False False\n['str', 'str', 'str', 'str', 'str', 'str'] True True True\n['bytes', 'bytes', 'bytes', 'bytes', 'bytes', 'bytes'] True True True\n(b'a', bytearray(b'.'), b'b') True\nb'a' b'b' True\n(bytearray(b'a'), bytearray(b'.'), bytearray(b'b')) ['bytearray', 'bytearray', 'bytearray']\n(bytearray(b'a'), bytearray(b'.'), bytearray(b'b')) False ['bytearray', 'bytearray', 'bytearray']\n('a', '.', 'b') True ['str', 'S', 'str']\n('a', '.', 'b') True ['str', 'S', 'str']\n('a', '.', 'b') True ['str', 'S', 'str']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("partition results", CASES, [0, Number.POSITIVE_INFINITY]);
