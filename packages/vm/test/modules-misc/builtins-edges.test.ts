// exit/quit, throw() with a failing constructor, index conversions, blocked imports, inspect's flags. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.exit with a code beyond a C long",
    file: "exit_big.py",
    source: "# sys.exit with a code beyond a C long\nimport sys\nprint(\"before\")\nsys.exit(2**70)\n",
    stdout: "before\n",
    stderr: "",
    exit: 255,
  },
  {
    name: "to_bytes lengths, bin/hex/oct and %f through __index__ with its result checked",
    file: "index_checks.py",
    source: "# to_bytes lengths, bin/hex/oct and %f through __index__ with its result checked\nfor args in [(2**70, 'big'), (0, 'big'), (1, 'little'), (2, 'big', True)]:\n    for v in (0, 1, 255, 256, -1, -128, -129, 127, 128, 2**64):\n        try: print(v, args, v.to_bytes(*args[:2], signed=(len(args) > 2)))\n        except (OverflowError, ValueError, MemoryError) as e: print(v, args, type(e).__name__, e)\nclass B:\n    def __index__(self): return 1.5\nfor f in (bin, hex, oct):\n    try: f(B())\n    except TypeError as e: print(e)\nclass I:\n    def __index__(self): return 10\nprint(bin(I()), hex(I()), oct(I()))\ntry: print('%f' % B())\nexcept TypeError as e: print(e)\nprint('%f' % I())\n",
    stdout: "0 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n1 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n255 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n256 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n-1 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n-128 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n-129 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n127 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n128 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n18446744073709551616 (1180591620717411303424, 'big') OverflowError Python int too large to convert to C ssize_t\n0 (0, 'big') b''\n1 (0, 'big') OverflowError int too big to convert\n255 (0, 'big') OverflowError int too big to convert\n256 (0, 'big') OverflowError int too big to convert\n-1 (0, 'big') OverflowError can't convert negative int to unsigned\n-128 (0, 'big') OverflowError can't convert negative int to unsigned\n-129 (0, 'big') OverflowError can't convert negative int to unsigned\n127 (0, 'big') OverflowError int too big to convert\n128 (0, 'big') OverflowError int too big to convert\n18446744073709551616 (0, 'big') OverflowError int too big to convert\n0 (1, 'little') b'\\x00'\n1 (1, 'little') b'\\x01'\n255 (1, 'little') b'\\xff'\n256 (1, 'little') OverflowError int too big to convert\n-1 (1, 'little') OverflowError can't convert negative int to unsigned\n-128 (1, 'little') OverflowError can't convert negative int to unsigned\n-129 (1, 'little') OverflowError can't convert negative int to unsigned\n127 (1, 'little') b'\\x7f'\n128 (1, 'little') b'\\x80'\n18446744073709551616 (1, 'little') OverflowError int too big to convert\n0 (2, 'big', True) b'\\x00\\x00'\n1 (2, 'big', True) b'\\x00\\x01'\n255 (2, 'big', True) b'\\x00\\xff'\n256 (2, 'big', True) b'\\x01\\x00'\n-1 (2, 'big', True) b'\\xff\\xff'\n-128 (2, 'big', True) b'\\xff\\x80'\n-129 (2, 'big', True) b'\\xff\\x7f'\n127 (2, 'big', True) b'\\x00\\x7f'\n128 (2, 'big', True) b'\\x00\\x80'\n18446744073709551616 (2, 'big', True) OverflowError int too big to convert\n__index__ returned non-int (type float)\n__index__ returned non-int (type float)\n__index__ returned non-int (type float)\n0b1010 0x? 0o12\n__index__ returned non-int (type float)\n10.000000\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "inspect's code-flag tests see through partial; __await__ = None is not awaitable",
    file: "inspect_flags.py",
    source: "# inspect's code-flag tests see through partial; __await__ = None is not awaitable\nimport inspect, functools\ndef gen(a): yield a\nasync def co(a): pass\nprint(inspect.isgeneratorfunction(functools.partial(gen, 1)), inspect.iscoroutinefunction(functools.partial(functools.partial(co, 1))))\nclass N: __await__ = None\nclass Y:\n    def __await__(self): yield\nclass Z(Y): __await__ = None\nprint(inspect.isawaitable(N()), inspect.isawaitable(Y()), inspect.isawaitable(Z()))\n",
    stdout: "True True\nFalse True False\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "None in sys.modules halts an import",
    file: "none_module.py",
    source: "# None in sys.modules halts an import\nimport sys\nsys.modules['m'] = None\ntry: import m\nexcept ImportError as e: print(type(e).__name__, e, e.name)\ntry: from m import x\nexcept ImportError as e: print(type(e).__name__, e, e.name)\nsys.modules['math'] = None\ntry: import math\nexcept ImportError as e: print(type(e).__name__, e)\n",
    stdout: "ModuleNotFoundError import of m halted; None in sys.modules m\nModuleNotFoundError import of m halted; None in sys.modules m\nModuleNotFoundError import of math halted; None in sys.modules\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "exit and quit are site's Quitter objects; SystemExit codes beyond a C long exit 255",
    file: "quitters.py",
    source: "# exit and quit are site's Quitter objects; SystemExit codes beyond a C long exit 255\nprint(exit, quit, type(exit), exit.name, exit.eof)\ntry: exit(3)\nexcept SystemExit as e: print('code', e.code)\ntry: quit()\nexcept SystemExit as e: print('code', e.code)\ntry: exit(code=5)\nexcept SystemExit as e: print('code', e.code)\nimport sys\ntry: sys.exit(2**70)\nexcept SystemExit as e: print('big', e.code)\nexit('bye')\n",
    stdout: "Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit <class '_sitebuiltins.Quitter'> exit Ctrl-D (i.e. EOF)\ncode 3\ncode None\ncode 5\nbig 1180591620717411303424\n",
    stderr: "bye\n",
    exit: 1,
  },
  {
    name: "throw() and athrow() of a class whose constructor raises throw the constructor's error in",
    file: "throw_ctor.py",
    source: "# throw() and athrow() of a class whose constructor raises throw the constructor's error in\nclass Bad(Exception):\n    def __init__(self): raise RuntimeError('ctor failed')\ndef g():\n    try: yield\n    except RuntimeError as e:\n        print('caught in gen', e); yield 'x'\nit = g(); next(it); print(it.throw(Bad))\nasync def ag():\n    try: yield 1\n    except RuntimeError as e: yield 'agen caught %s' % e\na = ag()\ntry: a.asend(None).send(None)\nexcept StopIteration as e: print('first', e.value)\ntry: a.athrow(Bad).send(None)\nexcept StopIteration as e: print('athrow', e.value)\ndef g2():\n    yield\nit2 = g2(); next(it2)\nit2.throw(Bad)\n",
    stdout: "caught in gen ctor failed\nx\nfirst 1\nathrow agen caught ctor failed\n",
    stderr: "Traceback (most recent call last):\n  File \"throw_ctor.py\", line 20, in <module>\n    it2.throw(Bad)\n  File \"throw_ctor.py\", line 18, in g2\n    yield\n  File \"throw_ctor.py\", line 3, in __init__\n    def __init__(self): raise RuntimeError('ctor failed')\nRuntimeError: ctor failed\n",
    exit: 1,
  },
];

describeCpythonCases("builtins and runtime edges", CASES);
