// Argument Clinic int/ssize_t conversions (chr, str padding, list.sort/sorted keywords) and the ternary pow path of **=. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "chr() converts its argument with Argument Clinic's C int converter before the range check",
    file: "chr_c_int.py",
    source: "# chr() converts its argument with Argument Clinic's C int converter before the range check\nclass I:\n    def __index__(self):\n        return 65\nfor v in (65, 0x10ffff, 0x110000, -1, 2**31, -2**31 - 1, 2**31 - 1, 2**64, True, 1.5, 'a', I(), None):\n    try:\n        print(repr(chr(v)))\n    except Exception as e:\n        print(type(e).__name__, e)\n",
    stdout: "'A'\n'\\U0010ffff'\nValueError chr() arg not in range(0x?)\nValueError chr() arg not in range(0x?)\nOverflowError Python int too large to convert to C int\nOverflowError Python int too large to convert to C int\nValueError chr() arg not in range(0x?)\nOverflowError Python int too large to convert to C int\n'\\x01'\nTypeError integer argument expected, got float\nTypeError an integer is required (got type str)\n'A'\nTypeError an integer is required (got type NoneType)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "**= builds its error in the ternary pow path and never falls back from __ipow__ to __pow__",
    file: "ipow_fallback.py",
    source: "# **= builds its error in the ternary pow path and never falls back from __ipow__ to __pow__\nclass A:\n    def __ipow__(self, o):\n        print('ipow', o)\n        return NotImplemented\n    def __pow__(self, o):\n        return 'pow'\n    def __rpow__(self, o):\n        return 'rpow'\nclass B:\n    def __rpow__(self, o):\n        return 'B.rpow'\nclass C:\n    def __pow__(self, o, m=None):\n        return ('C.pow', o, m)\nfor make in (lambda: A(), lambda: C()):\n    x = make()\n    for y in (2, B()):\n        try:\n            x **= y\n            print(x)\n        except TypeError as e:\n            print('TypeError', e)\nx = 2\nx **= B()\nprint(x)\nfor a, b in (('a', 'b'), ([], 1), (1, 'x')):\n    try:\n        a **= b\n    except TypeError as e:\n        print(e)\ntry:\n    pow('a', 'b', 'c')\nexcept TypeError as e:\n    print(e)\ntry:\n    'a' ** 2\nexcept TypeError as e:\n    print(e)\n",
    stdout: "ipow 2\nTypeError unsupported operand type(s) for ** or pow(): 'A' and 'int'\nipow <__main__.B object at 0x?>\nTypeError unsupported operand type(s) for ** or pow(): 'A' and 'B'\n('C.pow', 2, None)\nB.rpow\nB.rpow\nunsupported operand type(s) for ** or pow(): 'str' and 'str'\nunsupported operand type(s) for ** or pow(): 'list' and 'int'\nunsupported operand type(s) for ** or pow(): 'int' and 'str'\nunsupported operand type(s) for pow(): 'str', 'str', 'str'\nunsupported operand type(s) for ** or pow(): 'str' and 'int'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "list.sort and sorted() parse key/reverse like Argument Clinic, with sort() in the messages",
    file: "sort_keywords.py",
    source: "# list.sort and sorted() parse key/reverse like Argument Clinic, with sort() in the messages\ncalls = [\n    lambda: [3, 1].sort(lambda x: x),\n    lambda: [3, 1].sort(1, 2, 3),\n    lambda: [3, 1].sort(key=None, reverse=False, extra=1),\n    lambda: [3, 1].sort(extra=1),\n    lambda: [3, 1].sort(reverse=1.5),\n    lambda: [3, 1].sort(reverse='x'),\n    lambda: [3, 1].sort(reverse=2**40),\n    lambda: sorted([1], key=None, reverse=False, extra=1),\n    lambda: sorted([1], 2),\n    lambda: sorted(),\n    lambda: sorted(key=len),\n    lambda: sorted(5, extra=1),\n    lambda: sorted([2, 1], bogus=1),\n    lambda: sorted([2, 1, 3], reverse=True),\n    lambda: sorted(['bb', 'a'], key=len),\n]\nfor i, f in enumerate(calls):\n    try:\n        print(i, f())\n    except Exception as e:\n        print(i, type(e).__name__, e)\nl = [3, 1, 2]\nprint(l.sort(reverse=True), l)\n",
    stdout: "0 TypeError sort() takes no positional arguments\n1 TypeError sort() takes at most 2 arguments (3 given)\n2 TypeError sort() takes at most 2 keyword arguments (3 given)\n3 TypeError 'extra' is an invalid keyword argument for sort()\n4 TypeError integer argument expected, got float\n5 TypeError an integer is required (got type str)\n6 OverflowError Python int too large to convert to C int\n7 TypeError sort() takes at most 2 keyword arguments (3 given)\n8 TypeError sorted expected 1 argument, got 2\n9 TypeError sorted expected 1 argument, got 0\n10 TypeError sorted expected 1 argument, got 0\n11 TypeError 'int' object is not iterable\n12 TypeError 'bogus' is an invalid keyword argument for sort()\n13 [3, 2, 1]\n14 ['a', 'bb']\nNone [3, 2, 1]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "str padding widths convert like Argument Clinic's Py_ssize_t, expandtabs' tabsize like a C int",
    file: "str_width_args.py",
    source: "# str padding widths convert like Argument Clinic's Py_ssize_t, expandtabs' tabsize like a C int\nclass I:\n    def __index__(self):\n        return 5\ncalls = [\n    lambda: 'x'.center(2**63), lambda: 'x'.ljust(-2**63 - 1), lambda: 'x'.rjust(1.5), lambda: 'x'.zfill(2**64),\n    lambda: 'x'.zfill(2.0), lambda: 'x'.center('a'), lambda: 'x'.rjust(I()), lambda: 'x'.center(I(), '*'),\n    lambda: 'a\\tb'.expandtabs(2**31), lambda: 'a\\tb'.expandtabs(1.0), lambda: 'a\\tb'.expandtabs('x'),\n    lambda: 'a\\tb'.expandtabs(I()), lambda: 'a\\tb'.expandtabs(tabsize=3), lambda: 'a\\tb'.expandtabs(-1),\n]\nfor i, f in enumerate(calls):\n    try:\n        print(i, repr(f()))\n    except Exception as e:\n        print(i, type(e).__name__, e)\n",
    stdout: "0 OverflowError Python int too large to convert to C ssize_t\n1 OverflowError Python int too large to convert to C ssize_t\n2 TypeError integer argument expected, got float\n3 OverflowError Python int too large to convert to C ssize_t\n4 TypeError integer argument expected, got float\n5 TypeError 'str' object cannot be interpreted as an integer\n6 '    x'\n7 '**x**'\n8 OverflowError Python int too large to convert to C int\n9 TypeError integer argument expected, got float\n10 TypeError an integer is required (got type str)\n11 'a    b'\n12 'a  b'\n13 'ab'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("argument conversion and operator messages", CASES);
