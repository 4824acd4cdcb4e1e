// Metaclass dicts, pow's arguments, sys.tracebacklimit, the int digit limit in formatting, and messages. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "the int max str digits limit applies to format, f-strings and %d",
    file: "int_digits.py",
    source: "# the int max str digits limit applies to format, f-strings and %d\nimport sys\nx = 10**5000\nfor f in (lambda: f'{x}', lambda: format(x, 'd'), lambda: '%d' % x, lambda: '{:,}'.format(x), lambda: format(x, 'x')[:5], lambda: '%x' % x and 'ok', lambda: str(-x)):\n    try: print(f()[:10])\n    except ValueError as e: print(e)\nsys.set_int_max_str_digits(0)\nprint(len(f'{x}'))\n",
    stdout: "Exceeds the limit (4300) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\nExceeds the limit (4300) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\nExceeds the limit (4300) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\nExceeds the limit (4300) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n31e20\nok\nExceeds the limit (4300) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n5001\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "messages: item deletion, __str__ returning a non-string under format()",
    file: "messages.py",
    source: "# messages: item deletion, __str__ returning a non-string under format()\ntry: del \"abc\"[0]\nexcept TypeError as e: print(e)\nclass S:\n    def __str__(self): return 3\nfor f in (lambda: format(S()), lambda: f\"{S()}\", lambda: \"{}\".format(S())):\n    try: f()\n    except TypeError as e: print(e)\n",
    stdout: "'str' object doesn't support item deletion\n__str__ returned non-string (type int)\n__str__ returned non-string (type int)\n__str__ returned non-string (type int)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "metaclass and module subclasses get no __dict__ of their own; __classcell__ errors name the class's repr; pow keywords",
    file: "meta_dict.py",
    source: "# metaclass and module subclasses get no __dict__ of their own; __classcell__ errors name the class's repr; pow keywords\nimport types\nclass M(type): pass\nclass B(metaclass=M): x = 1\nprint(type(B.__dict__).__name__, '__dict__' in M.__dict__, B.x)\nB.y = 2\nprint(B.y, sorted(k for k in B.__dict__ if not k.startswith('__')))\nclass Mod(types.ModuleType): pass\nm = Mod('mm')\nm.a = 3\nprint(m.a, m.__dict__['a'], '__dict__' in Mod.__dict__, vars(m)['a'])\nclass Meta(type):\n    def __new__(mcls, name, bases, ns):\n        ns.pop('__classcell__', None)\n        return super().__new__(mcls, name, bases, ns)\ntry:\n    class D(metaclass=Meta):\n        def f(self): return __class__\nexcept RuntimeError as e: print('RE', e)\nprint(pow(base=2, exp=3), pow(2, 3, mod=5))\n",
    stdout: "mappingproxy False 1\n2 ['x', 'y']\n3 3 False 3\nRE __class__ not set defining 'D' as <class '__main__.D'>. Was __classcell__ propagated to type.__new__?\n8 3\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "pow(base, exp, mod) argument errors",
    file: "pow_args.py",
    source: "# pow(base, exp, mod) argument errors\nfor call in ['pow()', 'pow(1)', 'pow(1,2,3,4)', 'pow(base=2)', 'pow(2, base=2)', 'pow(2, 3, z=1)', 'pow(2, 3, None)', 'pow(2, -1, 5)']:\n    try: print(eval(call))\n    except (TypeError, ValueError) as e: print(call, e)\n",
    stdout: "pow() pow() missing required argument 'base' (pos 1)\npow(1) pow() missing required argument 'exp' (pos 2)\npow(1,2,3,4) pow() takes at most 3 arguments (4 given)\npow(base=2) pow() missing required argument 'exp' (pos 2)\npow(2, base=2) pow() missing required argument 'exp' (pos 2)\npow(2, 3, z=1) 'z' is an invalid keyword argument for pow()\n8\n3\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "sys.tracebacklimit limits printed tracebacks; 0 or less prints none",
    file: "tb_limit.py",
    source: "# sys.tracebacklimit limits printed tracebacks; 0 or less prints none\nimport sys\ndef a(): b()\ndef b(): c()\ndef c(): 1/0\nfor lim in (2, 1, 0, -1, True, 10**30):\n    sys.tracebacklimit = lim\n    class D:\n        def __del__(self): a()\n    D()\nsys.tracebacklimit = 1\na()\n",
    stdout: "",
    stderr: "Exception ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"tb_limit.py\", line 4, in b\n    def b(): c()\n  File \"tb_limit.py\", line 5, in c\n    def c(): 1/0\nZeroDivisionError: division by zero\nException ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"tb_limit.py\", line 5, in c\n    def c(): 1/0\nZeroDivisionError: division by zero\nException ignored in: <function D.__del__ at 0x?>\nZeroDivisionError: division by zero\nException ignored in: <function D.__del__ at 0x?>\nZeroDivisionError: division by zero\nException ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"tb_limit.py\", line 5, in c\n    def c(): 1/0\nZeroDivisionError: division by zero\nException ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"tb_limit.py\", line 9, in __del__\n    def __del__(self): a()\n  File \"tb_limit.py\", line 3, in a\n    def a(): b()\n  File \"tb_limit.py\", line 4, in b\n    def b(): c()\n  File \"tb_limit.py\", line 5, in c\n    def c(): 1/0\nZeroDivisionError: division by zero\nTraceback (most recent call last):\n  File \"tb_limit.py\", line 5, in c\n    def c(): 1/0\nZeroDivisionError: division by zero\n",
    exit: 1,
  },
];

describeCpythonCases("language edges", CASES);
