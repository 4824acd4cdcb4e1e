// BINARY_ADD/INPLACE_ADD of two exact strs as unicode_concatenate and PyUnicode_Append do them (the variable lets go, the str grows in place), and the paths that make one-character strs of their own; recorded from CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "s += t grows a str nobody else holds in place, as unicode_concatenate does",
    file: "concat_in_place.py",
    source: "# s += t grows a str nobody else holds in place, as unicode_concatenate does\ndef ids_while_growing():\n    t = str(12345)\n    first = id(t)\n    same = []\n    for i in range(14):\n        t += \"y\"\n        same.append(id(t) == first)\n    print(same)\n    print(len(t), t)\n\nids_while_growing()\n\ndef held_elsewhere():\n    v = str(99)\n    w = v\n    v += \"q\"\n    print(v, w, v is w)\n    h = str(777)\n    hash(h)\n    ih = id(h)\n    h += \"k\"\n    print(\"hashed moves\", id(h) != ih)\n    u = str(8)\n    iu = id(u)\n    u = u + \"z\"\n    print(\"plain add grows too\", id(u) == iu)\n    e = \"\"\n    e += str(5)\n    print(repr(e))\n    x = str(3)\n    x += \"\"\n    print(repr(x))\n\nheld_elsewhere()\n\ndef closure_cell():\n    c = str(55)\n    def inner():\n        nonlocal c\n        ic = id(c)\n        c += \"x\"\n        return id(c) == ic\n    print(\"cell\", inner(), c)\n\nclosure_cell()\n\ndef temporaries():\n    a = str(10)\n    b = a + \"b\" + \"c\"\n    print(b, a)\n    wide = \"\\u20ac\" + str(1)\n    iw = id(wide)\n    wide += \"a\"\n    print(\"ascii onto wide\", id(wide) == iw, wide)\n    narrow = str(2)\n    inn = id(narrow)\n    narrow += \"\\u20ac\"\n    print(\"wide onto ascii\", id(narrow) == inn, narrow)\n\ntemporaries()\n\ns = \"ab\" + str(1)\na = 1\nb = 2\ns += \"x\"\nprint([k for k in globals() if not k.startswith(\"__\")])\ns = s + \"y\"\nprint([k for k in globals() if not k.startswith(\"__\")])\n",
    stdout: "[True, True, True, True, True, True, True, True, True, True, False, False, False, False]\n19 12345yyyyyyyyyyyyyy\n99q 99 False\nhashed moves True\nplain add grows too True\n'5'\n'3'\ncell True 55x\n10bc 10\nascii onto wide True \u20ac1a\nwide onto ascii False 2\u20ac\n['ids_while_growing', 'held_elsewhere', 'closure_cell', 'temporaries', 'a', 'b', 's']\n['ids_while_growing', 'held_elsewhere', 'closure_cell', 'temporaries', 'a', 'b', 's']\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "str(int) and the case methods make strs of their own, even of one character",
    file: "fresh_digits.py",
    source: "# str(int) and the case methods make strs of their own, even of one character\nprint(str(5) is str(5), repr(5) is repr(5), format(5) is format(5), f\"{5}\" is f\"{5}\")\nprint(\"5\".lower() is \"5\".lower(), \"x\".upper() is \"x\".upper(), \"a\".title() is \"a\".title())\nprint(\"%d\" % 5 is \"%d\" % 5, \"{}\".format(5) is \"{}\".format(5), \"{:d}\".format(5) is \"{:d}\".format(5), format(5, \"d\") is format(5, \"d\"))\nprint(\"ab\"[0] is \"ab\"[0], chr(97) is chr(97), \"ab\"[:1] is \"ab\"[:1])\nd = str(7)\ni = id(d)\nd += \"7\"\nprint(\"grew\", id(d) == i)\n",
    stdout: "False False False False\nFalse False False\nTrue True True True\nTrue True True\ngrew True\n",
    stderr: "fresh_digits.py:5: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(\"ab\"[0] is \"ab\"[0], chr(97) is chr(97), \"ab\"[:1] is \"ab\"[:1])\n",
    exit: 0,
  },
];

describeCpythonCases("str concatenation in place and strs of their own", CASES, [0, Number.POSITIVE_INFINITY]);
