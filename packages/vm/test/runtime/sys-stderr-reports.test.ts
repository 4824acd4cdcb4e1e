// Tracebacks, unraisable reports, atexit errors and exit messages go to whatever sys.stderr is, one write per piece CPython writes, then flush; the standard streams are flushed at the end of the run. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.__excepthook__ and sys.excepthook write to a replaced sys.stderr, one write per piece, then flush",
    file: "excls_01.py",
    source: "# sys.__excepthook__ and sys.excepthook write to a replaced sys.stderr, one write per piece, then flush\nimport sys\n\nclass Cap:\n    def __init__(self):\n        self.parts = []\n    def write(self, s):\n        self.parts.append(s)\n        return len(s)\n    def flush(self):\n        self.parts.append('<flush>')\n\ndef f():\n    raise ValueError('x')\n\nold = sys.stderr\nsys.stderr = c = Cap()\ntry:\n    f()\nexcept ValueError:\n    sys.__excepthook__(*sys.exc_info())\ntry:\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise KeyError('k') from e\nexcept KeyError:\n    sys.excepthook(*sys.exc_info())\nclass Quiet(Exception):\n    def __str__(self):\n        return ''\nclass Bad(Exception):\n    def __str__(self):\n        raise TypeError\nfor exc in (Quiet(), Bad('b')):\n    try:\n        raise exc\n    except Exception:\n        sys.excepthook(*sys.exc_info())\n# not an exception: print_exception says so\nsys.excepthook(int, 5, None)\ne = ValueError('no tb')\nsys.excepthook(ValueError, e, None)\nsys.stderr = old\nfor p in c.parts:\n    print(repr(p).replace(hex(id(f)), 'ADDR'))\nsys.stderr = None\nsys.excepthook(ValueError, e, None)\nprint('done')\n",
    stdout: "'Traceback (most recent call last):\\n'\n'  File \"excls_01.py\", line 19, in <module>\\n'\n'    '\n'f()'\n'\\n'\n'  File \"excls_01.py\", line 14, in f\\n'\n'    '\n\"raise ValueError('x')\"\n'\\n'\n'ValueError'\n': '\n'x'\n'\\n'\n'<flush>'\n'Traceback (most recent call last):\\n'\n'  File \"excls_01.py\", line 24, in <module>\\n'\n'    '\n'1 / 0'\n'\\n'\n'ZeroDivisionError'\n': '\n'division by zero'\n'\\n'\n'\\nThe above exception was the direct cause of the following exception:\\n\\n'\n'Traceback (most recent call last):\\n'\n'  File \"excls_01.py\", line 26, in <module>\\n'\n'    '\n\"raise KeyError('k') from e\"\n'\\n'\n'KeyError'\n': '\n\"'k'\"\n'\\n'\n'<flush>'\n'Traceback (most recent call last):\\n'\n'  File \"excls_01.py\", line 37, in <module>\\n'\n'    '\n'raise exc'\n'\\n'\n'__main__'\n'.'\n'Quiet'\n''\n'\\n'\n'<flush>'\n'Traceback (most recent call last):\\n'\n'  File \"excls_01.py\", line 37, in <module>\\n'\n'    '\n'raise exc'\n'\\n'\n'__main__'\n'.'\n'Bad'\n': <exception str() failed>'\n'\\n'\n'<flush>'\n'TypeError: print_exception(): Exception expected for value, '\n'int'\n' found\\n'\n'<flush>'\n'ValueError'\n': '\n'no tb'\n'\\n'\n'<flush>'\ndone\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "unraisable reports go to the current sys.stderr piece by piece; nothing when it is None; the class name is tp_name",
    file: "excls_02.py",
    source: "# unraisable reports go to the current sys.stderr piece by piece; nothing when it is None; the class name is tp_name\nimport sys, gc\n\nclass Cap:\n    def __init__(self):\n        self.parts = []\n    def write(self, s):\n        self.parts.append(s)\n    def flush(self):\n        self.parts.append('<flush>')\n\nclass A:\n    class Err(Exception):\n        pass\n\nclass D:\n    def __del__(self):\n        raise A.Err('boom')\n\nclass Q(Exception):\n    pass\nQ.__qualname__ = 'Other.Q'\n\nclass E:\n    def __del__(self):\n        raise Q('')\n\nold = sys.stderr\nsys.stderr = c = Cap()\nD()\nE()\nsys.stderr = None\nD()\nsys.stderr = old\nfor p in c.parts:\n    if ' at 0x' in p:\n        p = p[:p.index(' at 0x')]\n    print(repr(p))\nD()\nE()\n",
    stdout: "'Exception ignored in: '\n'<function D.__del__'\n'\\n'\n'Traceback (most recent call last):\\n'\n'  File \"excls_02.py\", line 18, in __del__\\n'\n'    '\n\"raise A.Err('boom')\"\n'\\n'\n'__main__'\n'.'\n'Err'\n': '\n'boom'\n'\\n'\n'<flush>'\n'Exception ignored in: '\n'<function E.__del__'\n'\\n'\n'Traceback (most recent call last):\\n'\n'  File \"excls_02.py\", line 26, in __del__\\n'\n'    '\n\"raise Q('')\"\n'\\n'\n'__main__'\n'.'\n'Q'\n': '\n''\n'\\n'\n'<flush>'\n",
    stderr: "Exception ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"excls_02.py\", line 18, in __del__\n    raise A.Err('boom')\n__main__.Err: boom\nException ignored in: <function E.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"excls_02.py\", line 26, in __del__\n    raise Q('')\n__main__.Q: \n",
    exit: 0,
  },
  {
    name: "an atexit error and a late __del__ error go to a replaced sys.stderr piece by piece; the flushes of the end of the run",
    file: "excls_03.py",
    source: "# an atexit error and a late __del__ error go to a replaced sys.stderr piece by piece; the flushes of the end of the run\nimport sys, atexit\n\nclass Cap:\n    def __init__(self, tag):\n        self.tag = tag\n    def write(self, s):\n        sys.__stdout__.write('[%s write %r]\\n' % (self.tag, s))\n        return len(s)\n    def flush(self):\n        sys.__stdout__.write('[%s flush]\\n' % self.tag)\n\nclass D:\n    def __del__(self):\n        raise RuntimeError('late')\n\ndef bad():\n    raise RuntimeError('exit')\n\ndef restore():\n    # runs last: the oracle's logging.shutdown (asyncio is imported there) flushes sys.stderr after it\n    sys.stderr = sys.__stderr__\n\natexit.register(restore)\natexit.register(bad)\nsys.stdout = Cap('out')\nsys.stderr = Cap('err')\nkeep = D()\nprint('end of main')\n",
    stdout: "[out write 'end of main']\n[out write '\\n']\n[err flush]\n[out flush]\n[err write 'Error in atexit._run_exitfuncs:\\n']\n[err write 'Traceback (most recent call last):\\n']\n[err write '  File \"excls_03.py\", line 18, in bad\\n']\n[err write '    ']\n[err write \"raise RuntimeError('exit')\"]\n[err write '\\n']\n[err write 'RuntimeError']\n[err write ': ']\n[err write 'exit']\n[err write '\\n']\n[err flush]\n[out flush]\n",
    stderr: "Exception ignored in: <function D.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"excls_03.py\", line 15, in __del__\nRuntimeError: late\n",
    exit: 0,
  },
  {
    name: "a sys.stdout whose flush fails at exit is reported as unraisable and the exit status is 120",
    file: "excls_05.py",
    source: "# a sys.stdout whose flush fails at exit is reported as unraisable and the exit status is 120\nimport sys\n\nclass W:\n    def write(self, s):\n        sys.__stdout__.write(repr(s) + '\\n')\n        return len(s)\n    def flush(self):\n        raise OSError('cannot flush')\n\nsys.stdout = W()\nprint('hi')\n",
    stdout: "'hi'\n'\\n'\n",
    stderr: "Exception ignored in: <__main__.W object at 0x?>\nTraceback (most recent call last):\n  File \"excls_05.py\", line 9, in flush\n    raise OSError('cannot flush')\nOSError: cannot flush\n",
    exit: 120,
  },
  {
    name: "SystemExit with a message writes str(code) to sys.stderr then a newline; a stderr without flush makes the status 120",
    file: "excls_06.py",
    source: "# SystemExit with a message writes str(code) to sys.stderr then a newline; a stderr without flush makes the status 120\nimport sys\n\nclass W:\n    def write(self, s):\n        sys.__stdout__.write('write %r\\n' % s)\n        return len(s)\n\nsys.stderr = W()\nraise SystemExit(['bye', 1])\n",
    stdout: "write \"['bye', 1]\"\nwrite '\\n'\n",
    stderr: "",
    exit: 120,
  },
  {
    name: "a SyntaxError's file, source and caret lines reach a replaced sys.stderr in print_error_text's pieces",
    file: "excls_11.py",
    source: "# a SyntaxError's file, source and caret lines reach a replaced sys.stderr in print_error_text's pieces\nimport sys\n\nclass Cap:\n    def __init__(self):\n        self.parts = []\n    def write(self, s):\n        self.parts.append(s)\n    def flush(self):\n        self.parts.append('<flush>')\n\ndef report(e):\n    c = Cap()\n    old, sys.stderr = sys.stderr, c\n    try:\n        sys.excepthook(type(e), e, None)\n    finally:\n        sys.stderr = old\n    print(c.parts)\n\ntry:\n    compile('x = (1 +\\n', 'f.py', 'exec')\nexcept SyntaxError as e:\n    report(e)\nreport(SyntaxError('m', ('g.py', 2, 4, '    a b c\\n')))\nreport(SyntaxError('m', ('g.py', 2, None, 'a b c')))\nreport(SyntaxError('m', ('g.py', 2, 7, 'ab\\ncd\\nef')))\nreport(SyntaxError('m', (None, 1, 1, '')))\nreport(SyntaxError('only a message'))\n",
    stdout: "['Traceback (most recent call last):\\n', '  File \"excls_11.py\", line 22, in <module>\\n', '    ', \"compile('x = (1 +\\\\n', 'f.py', 'exec')\", '\\n', '  File \"f.py\", line 1\\n', '    ', 'x = (1 +\\n', '    ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '^\\n', 'SyntaxError', ': ', 'unexpected EOF while parsing', '\\n', '<flush>']\n['  File \"g.py\", line 2\\n', '    ', 'a b c\\n', '    ', '^\\n', 'SyntaxError', ': ', 'm', '\\n', '<flush>']\n['  File \"g.py\", line 2\\n', '    ', 'a b c', '\\n', 'SyntaxError', ': ', 'm', '\\n', '<flush>']\n['  File \"g.py\", line 2\\n', '    ', 'ef', '\\n', '    ', '^\\n', 'SyntaxError', ': ', 'm', '\\n', '<flush>']\n['  File \"<string>\", line 1\\n', '    ', '', '\\n', '    ', '^\\n', 'SyntaxError', ': ', 'm', '\\n', '<flush>']\n['SyntaxError', ': ', 'only a message', '\\n', '<flush>']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("reports written to sys.stderr", CASES);
