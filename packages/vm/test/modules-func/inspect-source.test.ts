// inspect.getsource, getsourcelines, findsource, getblock, getcomments, getfile, getmodule, getmodulename and indentsize, recorded from CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "inspect.getsource and friends on functions, methods, classes, lambdas, frames and tracebacks",
    file: "getsource.py",
    source: "# inspect.getsource and friends on functions, methods, classes, lambdas, frames and tracebacks\nimport inspect, sys\n\ndef plain(a, b):\n    # a comment inside\n    return a + b\n    # trailing comment at body indent\n\n  # a comment less indented than the body\ndef decorated_target():\n    pass\n\ndef deco(f):\n    return f\n\n@deco\ndef with_deco(x,\n              y):\n    \"\"\"Doc.\"\"\"\n    s = '''a string\nwith lines'''\n    return (x +\n            y)\n\nclass Outer:\n    class Inner:\n        def method(self):\n            return 1\n    async def am(self):\n        pass\n\nsquare = lambda n: n * n\n\ndef gen():\n    yield inspect.currentframe()\n\nfor obj in (plain, with_deco, Outer, Outer.Inner, Outer.Inner.method, Outer().am, square):\n    lines, start = inspect.getsourcelines(obj)\n    print(start, len(lines), repr(lines[0]), repr(lines[-1]))\nprint(inspect.getsource(with_deco), end='')\nf = next(gen())\nprint(inspect.getsourcelines(f)[1], inspect.getsource(f.f_code) == inspect.getsource(gen))\nprint(inspect.getsourcelines(sys._getframe())[1], len(inspect.getsourcelines(sys._getframe())[0]))\ntry:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(inspect.getsourcelines(e.__traceback__)[1])\nprint(inspect.getfile(plain) == __file__, inspect.getsourcefile(Outer) == __file__, inspect.getmodule(plain).__name__, inspect.getmodule(plain.__code__).__name__)\nprint(inspect.getblock(['def f():\\n', '    return 1\\n', 'x = 2\\n']), inspect.indentsize('\\t  x'))\nprint(inspect.findsource(Outer.Inner)[1], len(inspect.findsource(sys.modules[__name__])[0]))\nfor bad in (len, 1, sys, int):\n    try:\n        print(inspect.getsource(bad))\n    except (TypeError, OSError) as e:\n        print(type(e).__name__, e)\nprint(inspect.getmodule(len).__name__, inspect.getmodule(1))\n",
    stdout: "4 4 'def plain(a, b):\\n' '    # trailing comment at body indent\\n'\n16 8 '@deco\\n' '            y)\\n'\n25 6 'class Outer:\\n' '        pass\\n'\n26 3 '    class Inner:\\n' '            return 1\\n'\n27 2 '        def method(self):\\n' '            return 1\\n'\n29 2 '    async def am(self):\\n' '        pass\\n'\n32 1 'square = lambda n: n * n\\n' 'square = lambda n: n * n\\n'\n@deco\ndef with_deco(x,\n              y):\n    \"\"\"Doc.\"\"\"\n    s = '''a string\nwith lines'''\n    return (x +\n            y)\n34 True\n0 56\n0\nTrue True __main__ __main__\n['def f():\\n', '    return 1\\n'] 10\n25 56\nTypeError module, class, method, function, traceback, frame, or code object was expected, got builtin_function_or_method\nTypeError module, class, method, function, traceback, frame, or code object was expected, got int\nTypeError <module 'sys' (built-in)> is a built-in module\nTypeError <class 'int'> is a built-in class\nbuiltins None\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "inspect.getblock over the block-ending rules: dedents, comments, decorators, lambdas, strings and brackets",
    file: "getblock.py",
    source: "# inspect.getblock over the block-ending rules: dedents, comments, decorators, lambdas, strings and brackets\nimport inspect\ncases = [\n    ['def f():\\n', '    return 1\\n', '\\n', '# after\\n', 'x = 2\\n'],\n    ['@d(1,\\n', '   2)\\n', '@e\\n', 'class C:\\n', '    a = \"\"\"\\n', 'def not_code():\\n', '\"\"\"\\n', '    b = [1,\\n', '2]\\n', '  # shallow\\n', '        # deep\\n', 'y = 3\\n'],\n    ['f = lambda: (1,\\n', '  2)\\n', 'g = 3\\n'],\n    ['def h():\\n', '\\tif x:\\n', '\\t\\treturn 1\\n', '  bad\\n'],\n    ['def k(): return 1\\n', 'z = 1\\n'],\n    ['async def a():\\n', '    await b \\\\\\n', '        + 1\\n', 'pass\\n'],\n    ['def e():\\n', '    pass'],\n]\nfor lines in cases:\n    print(len(inspect.getblock(lines)), inspect.getblock(lines)[-1:])\nprint([inspect.indentsize(s) for s in ['', 'x', '    x', '\\tx', ' \\t x', '\\x0cx']])\n",
    stdout: "2 ['    return 1\\n']\n11 ['        # deep\\n']\n2 ['  2)\\n']\n3 ['\\t\\treturn 1\\n']\n1 ['def k(): return 1\\n']\n3 ['        + 1\\n']\n2 ['    pass']\n[0, 0, 4, 8, 9, 1]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "inspect.getcomments of a module, functions, classes and methods, and inspect.getmodulename",
    file: "getcomments.py",
    source: "# inspect.getcomments of a module, functions, classes and methods, and inspect.getmodulename\nimport inspect, sys\n\n#\n# The comment block above f.\n#\twith a tab\n#\ndef f():\n    pass\n\n    # Not f's: indented differently.\ndef g():\n    pass\n\nclass C:\n    # method comment\n    def m(self):\n        pass\n    def n(self):\n        pass\n\nx = 1\n# not directly above\ndef h(): pass\n\nfor obj in (sys.modules[__name__], f, g, C, C.m, C.n, h, len, 1):\n    print(repr(inspect.getcomments(obj)))\nfor path in ('a/b/mod.py', 'mod.pyc', 'x.cpython-38-x86_64-linux-gnu.so', 'lib.abi3.so', 'c.so', 'README', 'dir/'):\n    print(path, inspect.getmodulename(path))\n",
    stdout: "'# inspect.getcomments of a module, functions, classes and methods, and inspect.getmodulename\\n'\n'# The comment block above f.\\n#       with a tab\\n'\nNone\nNone\n'# method comment\\n'\nNone\n'# not directly above\\n'\nNone\nNone\na/b/mod.py mod\nmod.pyc mod\nx.cpython-38-x86_64-linux-gnu.so x\nlib.abi3.so lib\nc.so c\nREADME None\ndir/ None\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect source functions", CASES);
